import { textsFor } from "../../src/engine/i18n/catalogs";
// Ask my admin: the address is remembered, the preview is redacted and says what was removed, and
// the message goes the best way the host allows: Outlook's form, then mailto:, copy, download.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { asExample, buildAdminReport, diagnoseFiles, type AdminReport, type CauseId, type Diagnosis } from "../../src/engine";
import { createOutlookHost } from "../../src/host/outlook";
import type { Host } from "../../src/host/types";
import { MAILTO_MAX, mailtoUrl as hostMailtoUrl } from "../../src/host/ladder";
import { AskAdminView, REPORT_FILE_NAME } from "../../src/taskpane/views/AskAdminView";

const mailtoUrl = (to: string, r: { subject: string; body: string }) => hostMailtoUrl(to ? [to] : [], r.subject, r.body);
import { outlookMock } from "./outlook-mock";
import { fakeHost } from "./pane-fake-host";

(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

// Every cause's real report is longer than a mailto: link allows; a test that needs one that fits
// sets this and the view gets it instead (the view's choice of delivery is what is under test).
let mockShortReport: AdminReport | null = null;
jest.mock("../../src/engine/report", () => {
  const actual = jest.requireActual("../../src/engine/report");
  return { ...actual, buildReportForCause: (...args: unknown[]) => mockShortReport ?? actual.buildReportForCause(...args) };
});

const bytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));
const PLANTED = "jane.doe@example.com";
/** The seed logs with the user's address planted in the failing line, as real logs sometimes have. */
function plantedDiagnosis(): Diagnosis {
  const trace = readFileSync(join(__dirname, "..", "fixtures", "seed-Trace.log"), "utf8").replace(
    "token validity expired",
    `token validity expired for ${PLANTED}`,
  );
  return diagnoseFiles([
    { path: "Trace.log", bytes: new TextEncoder().encode(trace) },
    { path: "AddinTrace.log", bytes: bytes("seed-AddinTrace.log") },
  ]);
}

const clicked: { href: string; download: string }[] = [];
beforeEach(() => {
  clicked.length = 0;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => "blob:report";
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
});
afterEach(() => {
  jest.restoreAllMocks();
  mockShortReport = null;
});

/** The parts of a mailto: URL as the mail app reads them. */
function readMailto(href: string) {
  const [to, query] = href.slice("mailto:".length).split("?");
  const params = new URLSearchParams(query);
  return { to: decodeURIComponent(to), subject: params.get("subject") ?? "", body: params.get("body") ?? "" };
}
const CAUSE_TITLE = "The Refresh Token Policy expired Salesforce for Outlook's sign-in";
const PASTE_LINE = "The full report is on your clipboard: paste it here (Ctrl+V).";

function renderAsk(host: Host, diagnosis: Diagnosis | null = plantedDiagnosis(), cause: CauseId | null = "refresh-token-expired") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AskAdminView host={host} diagnosis={diagnosis} cause={cause} onBack={() => undefined} />
    </FluentProvider>,
  );
}

describe("Ask my admin", () => {
  it("previews the message redacted and says what was removed", () => {
    renderAsk(fakeHost());
    const preview = screen.getByTestId("report-preview");
    expect(preview).toHaveTextContent("Refresh token is valid until revoked");
    expect(preview).not.toHaveTextContent(PLANTED);
    expect(screen.getByTestId("report-removed")).toHaveTextContent(/Email addresses: \d/);
  });

  it("remembers the admin's address in the host's settings", async () => {
    const user = userEvent.setup();
    const host = fakeHost();
    const { unmount } = renderAsk(host);
    await user.type(screen.getByRole("textbox", { name: "Your admin's email address" }), "it-admin@contoso.com");
    await user.tab();
    expect(host.settings.get("adminAddress")).toBe("it-admin@contoso.com");
    unmount();
    renderAsk(host);
    expect(screen.getByRole("textbox", { name: "Your admin's email address" })).toHaveValue("it-admin@contoso.com");
  }, 20_000); // twenty keystrokes through Fluent in jsdom on a shared 2-core machine; no speed is asserted

  it("refuses an address that is not one, and sends nothing", async () => {
    const user = userEvent.setup();
    const host = fakeHost("en-US", "light", { kind: "outlook", opensMessages: true });
    renderAsk(host);
    await user.type(screen.getByRole("textbox", { name: "Your admin's email address" }), "not an address");
    await user.click(screen.getByRole("button", { name: "Create email in Outlook" }));
    expect(screen.getByText(/This is not an email address/)).toBeInTheDocument();
    expect(host.sent).toHaveLength(0);
    expect(host.settings.has("adminAddress")).toBe(false);
  });

  it("in Outlook, Create email opens the new-message form with to, subject and body (office-addin-mock)", async () => {
    const user = userEvent.setup();
    const { office, sent: forms, saved } = outlookMock({ displayLanguage: "en-US" });
    const d = plantedDiagnosis();
    renderAsk(createOutlookHost(office, window), d);
    await user.type(screen.getByRole("textbox", { name: "Your admin's email address" }), "it-admin@contoso.com");
    await user.click(screen.getByRole("button", { name: "Create email in Outlook" }));
    expect(forms).toHaveLength(1);
    const report = buildAdminReport(d, { texts: textsFor("en"), to: "it-admin@contoso.com" });
    expect(forms[0].toRecipients).toEqual(["it-admin@contoso.com"]);
    expect(forms[0].subject).toBe(report.subject);
    expect(forms[0].htmlBody).toContain("Refresh token is valid until revoked");
    expect(forms[0].htmlBody).not.toContain(PLANTED);
    expect(saved.adminAddress).toBe("it-admin@contoso.com");
    expect(await screen.findByText(/A new message is open in Outlook/)).toBeInTheDocument();
  });

  it("when Outlook cannot open a form, falls back in order and shows every other way", async () => {
    const user = userEvent.setup();
    const host = fakeHost("en-US", "light", { kind: "outlook", opensMessages: false });
    const d = plantedDiagnosis();
    renderAsk(host, d);
    const fits = mailtoUrl("", buildAdminReport(d, { texts: textsFor("en") })).length <= MAILTO_MAX;
    // the mail-app button says when it will also copy the report (the whole one is too long for a link)
    for (const name of [
      fits ? "Open in my mail app" : "Copy the report and open my mail app",
      "Copy the message",
      "Download as a text file",
    ]) {
      expect(screen.getByRole("button", { name })).toBeEnabled();
    }
    await user.click(screen.getByRole("button", { name: "Create email in Outlook" }));
    expect(host.sent).toHaveLength(1);
    if (fits) {
      expect(clicked[0].href).toMatch(/^mailto:/);
      expect(await screen.findByText(/Your mail app should open/)).toBeInTheDocument();
    } else {
      // too long for a mailto: link: the full report goes to the clipboard and a short mailto: opens
      expect(clicked).toHaveLength(1);
      expect(clicked[0].href.length).toBeLessThanOrEqual(MAILTO_MAX);
      expect(readMailto(clicked[0].href).body).toContain(PASTE_LINE);
      expect(await navigator.clipboard.readText()).toContain("Refresh token is valid until revoked");
      expect(await screen.findByText(/We copied the full report; paste it into the email that opened/)).toBeInTheDocument();
    }
  });

  it("standalone, long report: copies the full report and opens a short mailto: that says to paste it", async () => {
    const user = userEvent.setup();
    const d = plantedDiagnosis();
    renderAsk(fakeHost(), d);
    const full = buildAdminReport(d, { texts: textsFor("en"), to: "it-admin@contoso.com" });
    expect(mailtoUrl("it-admin@contoso.com", full).length).toBeGreaterThan(MAILTO_MAX); // the case this is about
    await user.type(screen.getByRole("textbox", { name: "Your admin's email address" }), "it-admin@contoso.com");
    // the label says both things the button does; copy and download stay offered
    await user.click(screen.getByRole("button", { name: "Copy the report and create email in my mail app" }));
    expect(screen.getByRole("button", { name: "Copy the message" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download as a text file" })).toBeInTheDocument();

    const pasted = await navigator.clipboard.readText();
    expect(pasted).toBe(`${full.subject}\n\n${full.body}`);
    expect(pasted).not.toContain(PLANTED);

    expect(clicked).toHaveLength(1);
    expect(clicked[0].href.length).toBeLessThanOrEqual(MAILTO_MAX);
    const mail = readMailto(clicked[0].href);
    expect(mail.to).toBe("it-admin@contoso.com");
    expect(mail.subject).toBe(full.subject);
    expect(mail.body).toContain(CAUSE_TITLE);
    expect(mail.body).toContain("Refresh token is valid until revoked");
    expect(mail.body).toContain(PASTE_LINE);
    expect(mail.body).not.toContain(PLANTED);
    expect(mail.body.length).toBeLessThan(600); // a few lines, not the report
    expect(await screen.findByText(/We copied the full report; paste it into the email that opened/)).toBeInTheDocument();
  });

  it("standalone, long report, clipboard blocked: still opens the short mailto: but says to use Download or Copy", async () => {
    const user = userEvent.setup();
    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("blocked", "NotAllowedError"));
    const execCommand = Object.getOwnPropertyDescriptor(document, "execCommand");
    Object.defineProperty(document, "execCommand", { configurable: true, value: () => false });
    try {
      renderAsk(fakeHost());
      await user.click(screen.getByRole("button", { name: "Copy the report and create email in my mail app" }));
      expect(clicked).toHaveLength(1);
      expect(clicked[0].href.length).toBeLessThanOrEqual(MAILTO_MAX);
      const mail = readMailto(clicked[0].href);
      expect(mail.body).toContain(CAUSE_TITLE);
      expect(mail.body).not.toContain(PASTE_LINE); // it is not on the clipboard, so the email must not say so
      expect(await screen.findByText(/could not copy the full report/)).toHaveTextContent(/Download as a text file/);
      expect(screen.getByRole("button", { name: "Copy the message" })).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Download as a text file" })).toBeInTheDocument();
    } finally {
      if (execCommand) Object.defineProperty(document, "execCommand", execCommand);
      else delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it("standalone, report that fits: the mailto: carries the whole report, as before", async () => {
    const user = userEvent.setup();
    mockShortReport = { subject: "SFO sign-in", body: "Refresh token is valid until revoked\nline 2\n", removed: [] };
    renderAsk(fakeHost(), null);
    await user.click(screen.getByRole("button", { name: "Create email in my mail app" }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].href).toBe(mailtoUrl("", mockShortReport));
    expect(readMailto(clicked[0].href).body).toBe(mockShortReport.body);
    expect(await screen.findByText(/Your mail app should open a new message now/)).toBeInTheDocument();
  });

  it("downloads the message as a text file on request", async () => {
    const user = userEvent.setup();
    renderAsk(fakeHost(), null);
    await user.click(screen.getByRole("button", { name: "Download as a text file" }));
    expect(clicked).toEqual([{ href: "blob:report", download: REPORT_FILE_NAME }]);
    expect(screen.getByText(`Saved as ${REPORT_FILE_NAME}. Attach it to an email to your admin.`)).toBeInTheDocument();
  });

  it("builds a short mailto: link when the message fits, with everything percent-encoded", () => {
    const url = mailtoUrl("a@b.dk", { subject: "SFO & sign-in", body: "line 1\nline 2" });
    expect(url).toBe("mailto:a%40b.dk?subject=SFO%20%26%20sign-in&body=line%201%0Aline%202");
  });

  it("opened with nothing chosen, asks which message the side panel shows, and starts from the last one next time", async () => {
    const user = userEvent.setup();
    const host = fakeHost();
    const { unmount } = renderAsk(host, null, null);
    expect(screen.queryByTestId("report-preview")).toBeNull(); // no email about "a reason the logs do not name"
    expect(screen.queryByRole("button", { name: /Create email/ })).toBeNull();
    const chooser = screen.getByRole("combobox", { name: /Which message does the Salesforce for Outlook side panel show/ });
    await user.selectOptions(chooser, "ip-restricted");
    expect(screen.getByTestId("report-preview")).toHaveTextContent("ip restricted");
    expect(host.settings.get("lastCause")).toBe("ip-restricted");
    unmount();
    renderAsk(host, null, null);
    expect(screen.getByRole("combobox", { name: /Which message/ })).toHaveValue("ip-restricted");
    expect(screen.getByTestId("report-preview")).toHaveTextContent("ip restricted");
  });

  it("a report from the example logs is marked as one, says so in its actions and is addressed to no one", async () => {
    const user = userEvent.setup();
    const host = fakeHost("en-US", "light", { kind: "outlook", opensMessages: true });
    host.settings.set("adminAddress", "it-admin@contoso.com");
    renderAsk(host, asExample(plantedDiagnosis()));
    expect(screen.getByTestId("ask-example-mark")).toHaveTextContent("Example, not your logs.");
    expect(screen.getByTestId("report-preview").textContent).toMatch(/^EXAMPLE, NOT YOUR LOGS: /);
    expect(screen.getByText(/\[Example, not my logs\] Salesforce for Outlook keeps logging me out/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy the example" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Create example email (not a real report)" }));
    expect(host.sent).toHaveLength(1);
    expect(host.sent[0].to).toEqual([]); // the remembered address is not used for an example
    expect(host.sent[0].subject).toMatch(/^\[Example, not my logs\]/);
    expect(host.sent[0].body).toMatch(/^EXAMPLE, NOT YOUR LOGS: /);
  });
});
