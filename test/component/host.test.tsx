import userEvent from "@testing-library/user-event";
import { createOutlookHost, toHtml } from "../../src/host/outlook";
import { createStandaloneHost } from "../../src/host/standalone";
import { detectHost } from "../../src/host/detect";
import { createLadder, MAILTO_MAX, mailtoFit, mailtoUrl } from "../../src/host/ladder";
import type { OutgoingReport } from "../../src/host/types";
import { outlookMock } from "./outlook-mock";

/** Outlook on the web, in Danish, with a dark Office theme. */
const DANISH_ONLINE_DARK = { displayLanguage: "da-DK", platform: "OfficeOnline", bodyBackgroundColor: "#1f1f1f" };

describe("Outlook host (office-addin-mock)", () => {
  it("takes the display language and a dark theme from Office", () => {
    const { office } = outlookMock(DANISH_ONLINE_DARK);
    const host = createOutlookHost(office, window);
    expect(host.kind).toBe("outlook");
    expect(host.displayLanguage).toBe("da-DK");
    expect(host.theme).toBe("dark");
    expect(host.platform).toBe("OfficeOnline");
  });

  it("remembers the admin's address in roaming settings", async () => {
    const { office, saved } = outlookMock(DANISH_ONLINE_DARK);
    const host = createOutlookHost(office, window);
    await host.setSetting("adminAddress", "admin@example.com");
    expect(saved.adminAddress).toBe("admin@example.com");
    expect(host.getSetting("adminAddress")).toBe("admin@example.com");
  });

  it("opens Outlook's new-message form with to, subject and an escaped body", async () => {
    const { office, sent } = outlookMock(DANISH_ONLINE_DARK);
    const host = createOutlookHost(office, window);
    const ok = await host.openNewMessage({ to: ["admin@example.com"], subject: "SFO logs us out", body: "Line 1\n<b>not bold</b>" });
    expect(ok).toBe(true);
    expect(sent).toEqual([
      { toRecipients: ["admin@example.com"], subject: "SFO logs us out", htmlBody: toHtml("Line 1\n<b>not bold</b>") },
    ]);
    expect(toHtml("<b>x</b>\ny")).toContain("&lt;b&gt;x&lt;/b&gt;<br>y");
  });
});

describe("standalone host", () => {
  it("uses the browser's language and localStorage, and cannot open a message form", async () => {
    const host = createStandaloneHost(window);
    expect(host.kind).toBe("standalone");
    expect(host.displayLanguage).toBe(navigator.language);
    await host.setSetting("adminAddress", "it@example.org");
    expect(host.getSetting("adminAddress")).toBe("it@example.org");
    expect(await host.openNewMessage({ to: [], subject: "", body: "" })).toBe(false);
  });

  it("is chosen when Office.js did not load", async () => {
    const host = await detectHost(window);
    expect(host.kind).toBe("standalone");
  });
});

describe("the escalation ladder behind one host call", () => {
  const report = (body = "The fix: Refresh token is valid until revoked.\n"): OutgoingReport => ({
    to: ["admin@example.com"],
    subject: "SFO logs us out",
    body,
    shortBody: (copied) => (copied ? "Paste the full report here." : "Attach the file."),
    fileText: `SFO logs us out\n\n${body}`,
    fileName: "sfo-sign-in-report.txt",
  });
  const links: { href: string; download: string }[] = [];
  beforeEach(() => {
    userEvent.setup(); // gives jsdom a clipboard, as a browser has
    links.length = 0;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      links.push({ href: this.href, download: this.download });
    });
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => "blob:report";
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
  });
  afterEach(() => jest.restoreAllMocks());

  it("in Outlook (office-addin-mock): the new-message form first, then mailto:, copy, download", async () => {
    const { office, sent } = outlookMock({ displayLanguage: "en-US" });
    const host = createOutlookHost(office, window);
    expect(host.deliveryWays).toEqual(["outlook", "mailto", "copy", "download"]);
    expect(await host.deliver(report())).toEqual({ way: "outlook", ok: true });
    expect(sent).toHaveLength(1);
    expect(sent[0].toRecipients).toEqual(["admin@example.com"]);
    expect(links).toEqual([]);
  });

  it("in Outlook, when the form cannot open, the same call falls to mailto:", async () => {
    const { office } = outlookMock({ displayLanguage: "en-US" });
    (office.context.mailbox as unknown as { displayNewMessageForm: () => void }).displayNewMessageForm = () => {
      throw new Error("not in this client");
    };
    const host = createOutlookHost(office, window);
    expect(await host.deliver(report())).toEqual({ way: "mailto", ok: true });
    expect(links).toHaveLength(1);
    expect(links[0].href).toBe(mailtoUrl(["admin@example.com"], "SFO logs us out", report().body));
  });

  it("standalone: no form; mailto:, copy and download are what a browser can do", async () => {
    const host = createStandaloneHost(window);
    expect(host.deliveryWays).toEqual(["mailto", "copy", "download"]);
    expect(await host.deliver(report())).toEqual({ way: "mailto", ok: true });
    expect(links[0].href).toMatch(/^mailto:admin%40example\.com\?subject=SFO%20logs%20us%20out&body=The%20fix/);
  });

  it("standalone, a report too long for a link: copies it, then opens a short mailto: that says to paste", async () => {
    const host = createStandaloneHost(window);
    const long = report("x ".repeat(MAILTO_MAX));
    expect(mailtoFit(long)).toBe("short");
    expect(await host.deliver(long)).toEqual({ way: "mailto", ok: true, note: "pasteIntoMail" });
    expect(await navigator.clipboard.readText()).toBe(`${long.subject}\n\n${long.body}`);
    expect(decodeURIComponent(links[0].href)).toContain("Paste the full report here.");
  });

  it("standalone, clipboard blocked: Copy falls to Download of the text file", async () => {
    const host = createStandaloneHost(window);
    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("blocked", "NotAllowedError"));
    const execCommand = Object.getOwnPropertyDescriptor(document, "execCommand");
    Object.defineProperty(document, "execCommand", { configurable: true, value: () => false });
    try {
      expect(await host.deliver(report(), "copy")).toEqual({ way: "download", ok: true });
      expect(links).toEqual([{ href: "blob:report", download: "sfo-sign-in-report.txt" }]);
    } finally {
      if (execCommand) Object.defineProperty(document, "execCommand", execCommand);
      else delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it("says so when no rung works", async () => {
    const ladder = createLadder({});
    expect(ladder.ways).toEqual([]);
    expect(await ladder.send(report())).toEqual({ way: null, ok: false });
  });
});
