import { createOutlookHost, toHtml } from "../../src/host/outlook";
import { createStandaloneHost } from "../../src/host/standalone";
import { detectHost } from "../../src/host/detect";
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
