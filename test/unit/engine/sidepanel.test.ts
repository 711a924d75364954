import {
  decodeSidePanelUrl,
  labelText,
  resolveLabel,
  sidePanelStateFor,
  SIDE_PANEL_DETAIL_KEYS,
  DOCUMENTED_LABEL_KEYS,
  CAUSES,
  SALESFORCE_LANGUAGES,
  detailKeyForText,
  registerSidePanelLabels,
} from "../../../src/engine";

const SEED_LINE =
  "2015-04-24 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/Users/xxxx/AppData/Roaming/salesforce.com/Salesforce for Outlook/sidepanelcontainer.htm?loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=<<Unknown Label:loginButton>>";
const SEED_SENTENCE =
  "You've been logged out of Salesforce based on your organization's security settings. Click this message to log in again.";

describe("side panel decoder", () => {
  it("reads the seed's raw NavigateTo line: three unresolved labels, detail key oauthPolicy", () => {
    expect(decodeSidePanelUrl(SEED_LINE)).toEqual({
      labels: {
        loggedOut: "<<Unknown Label:loggedOut>>",
        detail: "<<Unknown Label:oauthPolicy>>",
        button: "<<Unknown Label:loginButton>>",
      },
      keys: { loggedOut: "loggedOut", detail: "oauthPolicy", button: "loginButton" },
      detailKey: "oauthPolicy",
      unresolved: ["loggedOut", "detail", "button"],
    });
  });

  it("reads the same URL percent-encoded, with %20 and with + for spaces", () => {
    const url =
      "file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=%3C%3CUnknown%20Label%3AloggedOut%3E%3E&loggedOutDetailLabel=%3C%3CUnknown+Label%3AoauthPolicy%3E%3E&buttonLabel=%3c%3cUnknown%20Label%3aloginButton%3e%3e";
    expect(decodeSidePanelUrl(url)?.labels.detail).toBe("<<Unknown Label:oauthPolicy>>");
    expect(decodeSidePanelUrl(url)?.unresolved).toEqual(["loggedOut", "detail", "button"]);
    const twice =
      "NavigateTo: url=" +
      encodeURIComponent(
        "file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:ipRestricted>>&buttonLabel=<<Unknown Label:loginButton>>",
      );
    expect(decodeSidePanelUrl(twice)?.detailKey).toBe("ipRestricted");
  });

  it("maps resolved English text back to its keys", () => {
    const q = (s: string) => s.replace(/ /g, "+");
    const url = `sidepanelcontainer.htm?loggedOutLabel=${q("You've been logged out of Salesforce")}&loggedOutDetailLabel=${q(labelText("oauthPolicy", "en_US")!)}&buttonLabel=Log%20In`;
    const s = decodeSidePanelUrl(url)!;
    expect(s.keys).toEqual({ loggedOut: "loggedOut", detail: "oauthPolicy", button: "loginButton" });
    expect(s.unresolved).toEqual([]);
    expect(`${s.labels.loggedOut} ${s.labels.detail}`).toBe(SEED_SENTENCE);
  });

  it("maps resolved Danish text (UTF-8, percent-encoded) back to its keys", () => {
    const enc = encodeURIComponent;
    const url = `NavigateTo: url= file:///C:/Users/s%C3%B8ren/sidepanelcontainer.htm?loggedOutLabel=${enc("Du er blevet logget ud af Salesforce")}&loggedOutDetailLabel=${enc(labelText("tokenRevoked", "da")!)}&buttonLabel=${enc("Log på")}`;
    const s = decodeSidePanelUrl(url)!;
    expect(s.detailKey).toBe("tokenRevoked");
    expect(s.labels.button).toBe("Log på");
    expect(s.keys.button).toBe("loginButton");
  });

  it("mixes resolved and unresolved labels, and leaves unknown text without a key", () => {
    const s = decodeSidePanelUrl(
      "sidepanelcontainer.htm?loggedOutLabel=Logged+out&loggedOutDetailLabel=<<Unknown Label:somethingNew>>&buttonLabel=Log In",
    )!;
    expect(s.keys).toEqual({ detail: "somethingNew", button: "loginButton" });
    expect(s.detailKey).toBe("somethingNew");
    expect(s.unresolved).toEqual(["detail"]);
  });

  it("never guesses a key from resolved text that is not exactly one of our states", () => {
    const url = (heading: string, detail: string, button = "Log In") =>
      `sidepanelcontainer.htm?loggedOutLabel=${encodeURIComponent(heading)}&loggedOutDetailLabel=${encodeURIComponent(detail)}&buttonLabel=${encodeURIComponent(button)}`;
    // The seed sentence in the heading and "Click this message…" as detail: no such state, so no key (it was "sessionEnded").
    const seedInHeading = decodeSidePanelUrl(url(SEED_SENTENCE, "Click this message to log in again."))!;
    expect(seedInHeading.detailKey).toBeNull();
    expect(seedInHeading.keys).toEqual({ button: "loginButton" });
    // The same sentence split after "settings.": the whole sentence is the oauthPolicy state.
    const otherSplit = decodeSidePanelUrl(
      url("You've been logged out of Salesforce based on your organization's security settings.", "Click this message to log in again."),
    )!;
    expect(otherSplit.detailKey).toBe("oauthPolicy");
    // Danish worded differently from our (simulated) texts: no key, so no guessed cause.
    const da = decodeSidePanelUrl(
      url(
        "Du er blevet logget af Salesforce",
        "på grund af organisationens sikkerhedsindstillinger. Klik her for at logge på igen.",
        "Log på",
      ),
    )!;
    expect(da.detailKey).toBeNull();
    expect(da.keys).toEqual({ button: "loginButton" });
    // A detail text that is only part of other states' texts is ambiguous when the heading is unresolved.
    expect(decodeSidePanelUrl(url("<<Unknown Label:loggedOut>>", "Click this message to log in again."))!.detailKey).toBeNull();
    expect(decodeSidePanelUrl(url("<<Unknown Label:loggedOut>>", labelText("ipRestricted", "da")!))!.detailKey).toBe("ipRestricted");
  });

  it("ends each label at the next parameter, known or not, and never shows an unknown one", () => {
    const url =
      "file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=You've been logged out&sessionId=00D5e000001N2xq!AQ4AQ&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=Log In&user=jane.doe@example.com&v=2.7";
    const state = decodeSidePanelUrl(url)!;
    expect(state.labels).toEqual({ loggedOut: "You've been logged out", detail: "<<Unknown Label:oauthPolicy>>", button: "Log In" });
    expect(JSON.stringify(state)).not.toMatch(/jane|sessionId|00D5e/);
    // percent-encoded the same way
    const encoded = decodeSidePanelUrl("sidepanelcontainer.htm?buttonLabel=Log%20In&user=jane.doe%40example.com");
    expect(encoded?.labels.button).toBe("Log In");
  });

  it("reads the labels pasted one a line, without the page's address, keeping a # inside a label that another follows", () => {
    const s = decodeSidePanelUrl(
      "loggedOutLabel=Logged out (code #401)\nloggedOutDetailLabel=<<Unknown Label:oauthPolicy>>\nbuttonLabel=Log In\n",
    )!;
    expect(s.labels).toEqual({ loggedOut: "Logged out (code #401)", detail: "<<Unknown Label:oauthPolicy>>", button: "Log In" });
    expect(s.detailKey).toBe("oauthPolicy");
  });

  it("ends the last label at a closing quote or a fragment, and the address at a trailing &", () => {
    const quoted = decodeSidePanelUrl(
      `NavigateTo: url="file:///C:/x/sidepanelcontainer.htm?loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=Log In" ok\n2015-04-24 15:18:51,001 [4816] DEBUG next line`,
    )!;
    expect(quoted.labels).toEqual({ loggedOut: "", detail: "<<Unknown Label:oauthPolicy>>", button: "Log In" });
    expect(decodeSidePanelUrl("sidepanelcontainer.htm?buttonLabel=Log+In#top")!.labels.button).toBe("Log In");
    const trailing = decodeSidePanelUrl("sidepanelcontainer.htm?loggedOutLabel=Sales & Service&buttonLabel=Log In&\r\n")!;
    expect(trailing.labels).toEqual({ loggedOut: "Sales & Service", detail: "", button: "Log In" });
  });

  it("reads no label from a parameter whose name only ends like one", () => {
    const s = decodeSidePanelUrl(
      "sidepanelcontainer.htm?loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&legacyButtonLabel=Sign in&oldloggedOutLabel=x",
    )!;
    expect(s.labels).toEqual({ loggedOut: "", detail: "<<Unknown Label:oauthPolicy>>", button: "" });
  });

  it("decodes UTF-8 in a raw label that also holds a lone %", () => {
    expect(decodeSidePanelUrl("sidepanelcontainer.htm?loggedOutLabel=100% sikker, S%C3%B8ren&buttonLabel=x")!.labels.loggedOut).toBe(
      "100% sikker, Søren",
    );
  });

  it("returns null for a NavigateTo that is not the logged-out page", () => {
    expect(decodeSidePanelUrl("NavigateTo: url= file:///C:/x/sidepanel.htm")).toBeNull();
    expect(decodeSidePanelUrl("")).toBeNull();
  });

  it("survives a stray % in raw text", () => {
    expect(decodeSidePanelUrl("sidepanelcontainer.htm?loggedOutLabel=100% sure&loggedOutDetailLabel=a%20b&buttonLabel=x")!.labels).toEqual({
      loggedOut: "100% sure",
      detail: "a b",
      button: "x",
    });
  });
});

describe("side panel labels (SFO's simulated resources)", () => {
  it("the oauthPolicy state reads as the seed's sentence in English, with a Log In button", () => {
    const s = sidePanelStateFor("oauthPolicy", "en_US");
    expect(`${s.labels.loggedOut} ${s.labels.detail}`).toBe(SEED_SENTENCE);
    expect(s.labels.button).toBe("Log In");
    expect(s.unresolved).toEqual([]);
  });

  it("has Danish texts for every key English has", () => {
    for (const key of ["loggedOut", "loginButton", ...SIDE_PANEL_DETAIL_KEYS.map((d) => d.key)]) {
      expect([key, typeof labelText(key, "da")]).toEqual([key, "string"]);
      expect([key, typeof labelText(key, "en_US")]).toEqual([key, "string"]);
    }
  });

  it("resolves to <<Unknown Label:KEY>> for a missing key or a language without texts, as SFO does", () => {
    expect(resolveLabel("loginButton", "ja")).toBe("<<Unknown Label:loginButton>>");
    expect(resolveLabel("noSuchKey", "en_US")).toBe("<<Unknown Label:noSuchKey>>");
    expect(resolveLabel("loginButton", null)).toBe("<<Unknown Label:loginButton>>");
    expect(sidePanelStateFor("oauthPolicy", "th").unresolved).toEqual(["loggedOut", "detail", "button"]);
    expect(sidePanelStateFor("oauthPolicy", "en_US", true).labels.button).toBe("<<Unknown Label:loginButton>>");
  });

  it("marks which detail keys are documented (only oauthPolicy, from the seed) and which are simulated", () => {
    expect(SIDE_PANEL_DETAIL_KEYS.filter((d) => d.documented).map((d) => d.key)).toEqual(["oauthPolicy"]);
    expect(DOCUMENTED_LABEL_KEYS).toEqual(["loggedOut", "oauthPolicy", "loginButton"]);
  });

  it("has a place for all 18 Salesforce languages and a detail key for every cause", () => {
    expect(SALESFORCE_LANGUAGES.every((l) => resolveLabel("loggedOut", l).length > 0)).toBe(true);
    expect(CAUSES.map((c) => c.detailKey).sort()).toEqual(SIDE_PANEL_DETAIL_KEYS.map((d) => d.key).sort());
    for (const c of CAUSES) expect(SIDE_PANEL_DETAIL_KEYS.find((d) => d.key === c.detailKey)?.cause).toBe(c.id);
  });

  it("round-trips: every simulated state decodes back to its detail key, in both languages and raw", () => {
    for (const { key } of SIDE_PANEL_DETAIL_KEYS) {
      for (const [lang, raw] of [
        ["en_US", false],
        ["da", false],
        [null, true],
      ] as const) {
        const s = sidePanelStateFor(key, lang, raw);
        const url = `sidepanelcontainer.htm?loggedOutLabel=${encodeURIComponent(s.labels.loggedOut)}&loggedOutDetailLabel=${encodeURIComponent(s.labels.detail)}&buttonLabel=${encodeURIComponent(s.labels.button)}`;
        expect(decodeSidePanelUrl(url)?.detailKey).toBe(key);
      }
    }
  });
});

describe("side panel labels, odd keys and texts", () => {
  it("resolves a key named like a built-in property (constructor, toString) to <<Unknown Label:KEY>>, as any unknown key", () => {
    for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(resolveLabel(key, "en_US")).toBe(`<<Unknown Label:${key}>>`);
      expect(sidePanelStateFor(key, "da").labels.detail).toBe(`<<Unknown Label:${key}>>`);
    }
  });

  it("maps resolved text with doubled spaces back to its keys", () => {
    const url = `sidepanelcontainer.htm?loggedOutLabel=You've++been+logged+out+of+Salesforce&loggedOutDetailLabel=${encodeURIComponent(
      labelText("oauthPolicy", "en_US")!.replace(/ /g, "  "),
    )}&buttonLabel=Log%20%20In`;
    expect(decodeSidePanelUrl(url)?.keys).toEqual({ loggedOut: "loggedOut", detail: "oauthPolicy", button: "loginButton" });
  });

  it("maps resolved text in another letter case back to its keys, but not text with its words run together", () => {
    const url = (heading: string, detail: string, button: string) =>
      `sidepanelcontainer.htm?loggedOutLabel=${encodeURIComponent(heading)}&loggedOutDetailLabel=${encodeURIComponent(detail)}&buttonLabel=${encodeURIComponent(button)}`;
    const upper = decodeSidePanelUrl(
      url("YOU'VE BEEN LOGGED OUT OF SALESFORCE", labelText("oauthPolicy", "en_US")!.toUpperCase(), "LOG IN"),
    )!;
    expect(upper.keys).toEqual({ loggedOut: "loggedOut", detail: "oauthPolicy", button: "loginButton" });
    const runTogether = decodeSidePanelUrl(url("You'vebeenloggedoutofSalesforce", "<<Unknown Label:oauthPolicy>>", "LogIn"))!;
    expect(runTogether.keys).toEqual({ detail: "oauthPolicy" });
  });

  it("says null, not a guess, for a detail it does not know, with or without a heading", () => {
    expect(detailKeyForText("You've been logged out of Salesforce", "because of the weather.", false)).toBeNull();
    expect(detailKeyForText("<<Unknown Label:loggedOut>>", "because of the weather.", true)).toBeNull();
    expect(detailKeyForText("", "", false)).toBeNull();
  });

  it("reads every state as before once a language only partly translated is registered", () => {
    // Thai with a heading and one detail only; Japanese with a detail but no heading.
    registerSidePanelLabels("th", { loggedOut: "คุณออกจากระบบ Salesforce แล้ว", oauthPolicy: "เนื่องจากการตั้งค่าความปลอดภัยขององค์กรของคุณ" });
    registerSidePanelLabels("ja", { tokenRevoked: "Salesforce for Outlook へのアクセス権が取り消されました。" });
    const url = (lang: "en_US" | "th", key: string) =>
      `sidepanelcontainer.htm?loggedOutLabel=${encodeURIComponent(labelText("loggedOut", lang)!)}&loggedOutDetailLabel=${encodeURIComponent(labelText(key, lang)!)}`;
    expect(decodeSidePanelUrl(url("th", "oauthPolicy"))?.detailKey).toBe("oauthPolicy");
    expect(decodeSidePanelUrl(url("en_US", "ipRestricted"))?.detailKey).toBe("ipRestricted");
  });
});
