// What a user pastes without any log ("This is what I see"): the side panel's sentence, raw labels, a
// long paste. The diagnosis shows the side panel it read, its status and cause, as the report does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  diagnose,
  labelText,
  LogInputError,
  readSymptom,
  registerAllSidePanelLabels,
  registerSidePanelLabels,
  SALESFORCE_LANGUAGES,
  SIDE_PANEL_DETAIL_KEYS,
  scanBytes,
  type Diagnosis,
} from "../../../src/engine";
import { FIXTURES } from "./fixtures";

const real = (name: string) => readFileSync(join(FIXTURES, "real", name), "utf8");

/** The diagnosis of a pasted text, or null when the doctor refuses it (nothing known in it). */
function pasted(text: string): Diagnosis | null {
  try {
    return diagnose([scanBytes("seen.txt", new TextEncoder().encode(text))]);
  } catch (e) {
    if (e instanceof LogInputError) return null;
    throw e;
  }
}

const EN_HEADING = "You've been logged out of Salesforce";

describe("the side panel read from a pasted sentence", () => {
  it("reads the seed's English sentence as the oauthPolicy panel, heading and detail shown as SFO words them", () => {
    const d = pasted(real("side-panel-sentence-en.txt"))!;
    expect(d.status).toBe("logged-out");
    expect(d.sidePanel).toEqual({
      labels: { loggedOut: EN_HEADING, detail: labelText("oauthPolicy", "en_US"), button: "" },
      keys: { loggedOut: "loggedOut", detail: "oauthPolicy" },
      detailKey: "oauthPolicy",
      unresolved: [],
    });
  });

  it("picks the longest detail the sentence holds, not the short one every detail ends with", () => {
    // connectionFailed ends with "click this message to log in again", the sessionEnded text, which comes later in the catalog.
    const d = pasted(`${EN_HEADING} ${labelText("connectionFailed", "en_US")}`)!;
    expect(d.sidePanel?.detailKey).toBe("connectionFailed");
    expect(d.sidePanel?.labels.detail).toBe(labelText("connectionFailed", "en_US"));
  });

  it("reads the heading with the short detail as the sessionEnded panel", () => {
    const d = pasted(`${EN_HEADING}. Click this message to log in again.`)!;
    expect(d.status).toBe("logged-out");
    expect(d.sidePanel?.detailKey).toBe("sessionEnded");
    expect(d.sidePanel?.labels).toEqual({ loggedOut: EN_HEADING, detail: "Click this message to log in again.", button: "" });
  });

  it("reads the heading alone as a logged-out panel without detail, the seed's cause at the simulated cap", () => {
    const d = pasted(`${EN_HEADING}.`)!;
    expect(d.status).toBe("logged-out");
    expect(d.sidePanel).toEqual({
      labels: { loggedOut: EN_HEADING, detail: "", button: "" },
      keys: { loggedOut: "loggedOut" },
      detailKey: null,
      unresolved: [],
    });
    expect(d.notes.map((n) => n.key)).toContain("cause.note.panelWithoutDetail");
  });

  it("reads a long detail without its heading, and names the heading SFO shows with it", () => {
    const d = pasted(labelText("oauthPolicy", "en_US")!)!;
    expect(d.sidePanel?.detailKey).toBe("oauthPolicy");
    expect(d.sidePanel?.labels.loggedOut).toBe(EN_HEADING);
    expect(d.sidePanel?.keys).toEqual({ loggedOut: "loggedOut", detail: "oauthPolicy" });
  });

  it("does not take the short line every detail ends with for a logged-out panel", () => {
    expect(pasted("Click this message to log in again.")).toBeNull();
  });
});

describe("raw labels pasted", () => {
  it("reads a raw detail label into the detail slot, the other slots empty", () => {
    const d = pasted(real("raw-label-oauthPolicy.txt"))!;
    expect(d.sidePanel).toEqual({
      labels: { loggedOut: "", detail: "<<Unknown Label:oauthPolicy>>", button: "" },
      keys: { detail: "oauthPolicy" },
      detailKey: "oauthPolicy",
      unresolved: ["detail"],
    });
  });

  it("reads a raw heading and button into their own slots", () => {
    const d = pasted(`${real("raw-label-loggedOut.txt")}\n${real("raw-label-loginButton.txt")}`)!;
    expect(d.sidePanel).toEqual({
      labels: { loggedOut: "<<Unknown Label:loggedOut>>", detail: "", button: "<<Unknown Label:loginButton>>" },
      keys: { loggedOut: "loggedOut", button: "loginButton" },
      detailKey: null,
      unresolved: ["loggedOut", "button"],
    });
  });

  it("keeps the first detail label when a paste holds two", () => {
    const d = pasted("<<Unknown Label:ipRestricted>>\n<<Unknown Label:oauthPolicy>>")!;
    expect(d.sidePanel?.detailKey).toBe("ipRestricted");
    expect(d.sidePanel?.labels.detail).toBe("<<Unknown Label:ipRestricted>>");
  });
});

describe("a long paste", () => {
  it("reads the first 64 KiB of what is pasted, and nothing after", () => {
    const filler = "x".repeat(64 * 1024 - 200) + "\n";
    expect(readSymptom(`${filler}${EN_HEADING}.`)?.panel?.labels.loggedOut).toBe(EN_HEADING);
    expect(readSymptom(`${filler}${"y".repeat(400)}\n${EN_HEADING}.`)).toBeNull();
  });
});

describe("side-panel languages registered later", () => {
  const DE_SENTENCE = "Sie wurden von Salesforce abgemeldet aufgrund der Sicherheitseinstellungen Ihrer Organisation.";

  it("reads a German sentence once every language is registered, though an English one was read before", () => {
    expect(pasted(real("side-panel-sentence-en.txt"))?.sidePanel?.detailKey).toBe("oauthPolicy");
    expect(readSymptom(DE_SENTENCE)).toBeNull();
    registerAllSidePanelLabels();
    const d = pasted(`${labelText("loggedOut", "de")} ${labelText("tokenRevoked", "de")}`)!;
    expect(d.sidePanel?.detailKey).toBe("tokenRevoked");
    expect(d.sidePanel?.labels.loggedOut).toBe("Sie wurden von Salesforce abgemeldet");
  });

  it("keeps a language's labels when an empty set is registered for it", () => {
    registerAllSidePanelLabels();
    registerSidePanelLabels("de", {});
    expect(labelText("loginButton", "de")).toBe("Anmelden");
    expect(pasted(`${labelText("loggedOut", "de")} ${labelText("tokenRevoked", "de")}`)?.sidePanel?.detailKey).toBe("tokenRevoked");
  });

  it("in every language, takes a detail pasted alone for its state, but never the short line other details end with", () => {
    registerAllSidePanelLabels();
    const wrong: string[] = [];
    for (const lang of SALESFORCE_LANGUAGES) {
      const ended = readSymptom(labelText("sessionEnded", lang)!);
      if (ended?.panel) wrong.push(`${lang} sessionEnded read as ${ended.panel.detailKey}`);
      for (const { key } of SIDE_PANEL_DETAIL_KEYS.filter((k) => k.key !== "sessionEnded")) {
        const got = readSymptom(labelText(key, lang)!)?.panel?.detailKey;
        if (got !== key) wrong.push(`${lang} ${key} read as ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("shows the heading as pasted, in its own language, though another language words the detail the same", () => {
    registerAllSidePanelLabels();
    // Spanish (Spain) and Spanish (Mexico) share their detail texts but not their headings.
    const mx = pasted(`${labelText("loggedOut", "es_MX")} ${labelText("oauthPolicy", "es_MX")}`)!;
    expect(mx.sidePanel?.labels.loggedOut).toBe("Se cerró su sesión de Salesforce");
    expect(mx.sidePanel?.detailKey).toBe("oauthPolicy");
    // The shared detail alone: the first language that has it names the heading.
    expect(pasted(labelText("oauthPolicy", "es_MX")!)?.sidePanel?.labels.loggedOut).toBe(labelText("loggedOut", "es"));
  });

  it("reads a language only partly translated for what it has, and every other language as before", () => {
    // Thai with a heading and one detail only; Japanese with a detail but no heading.
    registerSidePanelLabels("th", { loggedOut: "คุณออกจากระบบ Salesforce แล้ว", oauthPolicy: "เนื่องจากการตั้งค่าความปลอดภัยขององค์กรของคุณ" });
    registerSidePanelLabels("ja", { tokenRevoked: "Salesforce for Outlook へのアクセス権が取り消されました。" });
    expect(pasted("คุณออกจากระบบ Salesforce แล้ว เนื่องจากการตั้งค่าความปลอดภัยขององค์กรของคุณ")?.sidePanel?.detailKey).toBe("oauthPolicy");
    expect(pasted(real("side-panel-sentence-en.txt"))?.sidePanel?.detailKey).toBe("oauthPolicy");
  });
});
