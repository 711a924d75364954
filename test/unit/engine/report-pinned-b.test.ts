// The admin report's second half, pinned line by line: the fix steps for causes without a Refresh Token
// Policy, the side panel's part, which log lines are quoted, the diagnostics block for the ticket, the
// blank lines between parts, and the short lines of the downloaded text file. Every report is built
// inside its test, so a mutation run counts the test for the code it reads.
import { seedLogs, userFixture } from "./fixtures";
import { textsFor } from "../../../src/engine/i18n/catalogs";
import { diagnoseFiles } from "../../../src/engine/diagnose";
import {
  buildAdminReport,
  buildReportForCause,
  selectReportEvidence,
  wrapReportBody,
  wrapReportText,
  MAX_REPORT_EVIDENCE,
  REPORT_LINE_WIDTH,
} from "../../../src/engine/report";
import { CAUSE_IDS, type CauseId, type Diagnosis, type Evidence } from "../../../src/engine/types";

const seed = (): Diagnosis => diagnoseFiles(seedLogs(userFixture));
const en = () => ({ texts: textsFor("en") });
const forCause = (cause: CauseId) => buildReportForCause(cause, en()).body;

/** The lines of `body` from the line `first` up to (not including) the next blank line. */
function block(body: string, first: string): string[] {
  const lines = body.split("\n");
  const start = lines.indexOf(first);
  expect([first, start >= 0]).toEqual([first, true]);
  const end = lines.indexOf("", start);
  return lines.slice(start, end < 0 ? undefined : end);
}

const evidenceLine = (n: number, message: string, level = "DEBUG"): Evidence => ({
  file: "Trace.log",
  line: n,
  time: `2015-04-24T15:${String(n).padStart(2, "0")}:00.000`,
  level,
  logger: "general",
  message,
});
/** `count` lines that say nothing in particular (no signature, no status, DEBUG). */
const filler = (count: number): Evidence[] => Array.from({ length: count }, (_, i) => evidenceLine(i + 1, `Checking for new items (${i})`));
const quoted = (evidence: readonly Evidence[], cause: CauseId | null = null) => selectReportEvidence(evidence, cause).map((e) => e.line);

describe("the fix for a cause without a Refresh Token Policy", () => {
  it("lists the Classic, Lightning and user steps, each numbered from 1 under its own label", () => {
    const body = forCause("token-revoked");
    expect(block(body, "WHAT FIXES IT (on the user's computer)")).toEqual([
      "WHAT FIXES IT (on the user's computer)",
      "Salesforce Classic:",
      "1. Go to Setup > Administer > Manage Apps > Connected Apps OAuth Usage.",
      "2. Find Salesforce for Outlook; if it is blocked, click Unblock.",
      "3. Ask the user to log in again from the side panel.",
      "Lightning Experience:",
      "1. Go to Setup > Apps > Connected Apps > Connected Apps OAuth Usage.",
      "2. Find Salesforce for Outlook; if it is blocked, click Unblock.",
      "3. Ask the user to log in again from the side panel.",
      "On the user's computer:",
      "1. Click the message in the side panel and log in to Salesforce again.",
      expect.stringMatching(/^2\. If it happens again, check in Salesforce under your personal settings/),
      "3. If login is refused, ask your Salesforce administrator whether Salesforce for Outlook is blocked.",
    ]);
  });

  it("gives a cause the user fixes alone only the user's steps, and no general checks", () => {
    const body = forCause("client-update-required");
    expect(block(body, "WHAT FIXES IT (on the user's computer)")).toEqual([
      "WHAT FIXES IT (on the user's computer)",
      "On the user's computer:",
      "1. In Salesforce, open your personal settings and search for Salesforce for Outlook, or ask IT for the current installer.",
      "2. Install the new version (you may need to close Outlook first).",
      "3. Start Outlook and log in from the side panel.",
    ]);
    expect(body).not.toContain("Salesforce Classic:");
    expect(body).not.toContain("Where the connected apps are:");
    expect(body).not.toContain("Open the user's Login History");
  });

  it("leaves the user's own steps out of the admin's list when the admin fixes it", () => {
    const body = forCause("ip-restricted");
    expect(body).toContain("Salesforce Classic:");
    expect(body).toContain("Lightning Experience:");
    expect(body).not.toContain("On the user's computer:");
    expect(body).not.toContain("Where the connected apps are:");
  });

  it("gives the admin the general checks, with both Setup paths indented, when the cause has no admin steps", () => {
    expect(block(forCause("unknown"), "WHAT TO CHECK (Salesforce administrator, with Salesforce Support if needed)")).toEqual([
      "WHAT TO CHECK (Salesforce administrator, with Salesforce Support if needed)",
      "Where the connected apps are:",
      "  Classic: Setup > Administer > Manage Apps > Connected Apps",
      "  Lightning: Gear Icon > Setup > Apps > Connected Apps > Manage Connected Apps",
      "1. Open the user's Login History and read the Status of the Salesforce for Outlook logins around the time of the logout (for example Restricted IP, Restricted time, User is frozen).",
      "2. On the Connected Apps page, open Edit Policies for Salesforce for Outlook and read the OAuth Policies: Refresh Token Policy, IP Relaxation and Permitted Users.",
      "3. If neither explains it, open a case with Salesforce Support and attach this report.",
    ]);
  });

  it("says how to check the fix for each cause", () => {
    expect(block(forCause("client-update-required"), "HOW TO CHECK THE FIX")).toEqual([
      "HOW TO CHECK THE FIX",
      "The installed version matches the one Salesforce offers, and Trace.log shows Status:Connected.",
    ]);
    expect(block(forCause("unknown"), "HOW TO CHECK THE FIX")).toEqual([
      "HOW TO CHECK THE FIX",
      "After the next login, Trace.log shows Status:Connected and stays that way.",
    ]);
  });
});

describe("what the side panel shows", () => {
  it("quotes the three labels and the detail key, and explains the raw <<Unknown Label:…>> keys", () => {
    expect(block(buildAdminReport(seed(), en()).body, "WHAT THE SIDE PANEL SHOWS")).toEqual([
      "WHAT THE SIDE PANEL SHOWS",
      "Heading: <<Unknown Label:loggedOut>>",
      "Detail: <<Unknown Label:oauthPolicy>>",
      "Button: <<Unknown Label:loginButton>>",
      "Detail label key: oauthPolicy",
      "SFO shows raw label keys (<<Unknown Label:...>>), probably because its language resources have no text for them. That part is most likely cosmetic; the logout above is the real problem.",
    ]);
  });

  it("says nothing about raw label keys when SFO showed its texts", () => {
    const d = seed();
    d.sidePanel = {
      labels: {
        loggedOut: "You've been logged out of Salesforce",
        detail: "You've been logged out of Salesforce based on your organization's security settings.",
        button: "Log In",
      },
      keys: { detail: "oauthPolicy" },
      detailKey: "oauthPolicy",
      unresolved: [],
    };
    expect(block(buildAdminReport(d, en()).body, "WHAT THE SIDE PANEL SHOWS")).toEqual([
      "WHAT THE SIDE PANEL SHOWS",
      "Heading: You've been logged out of Salesforce",
      "Detail: You've been logged out of Salesforce based on your organization's security settings.",
      "Button: Log In",
      "Detail label key: oauthPolicy",
    ]);
  });
});

describe("which log lines the report quotes", () => {
  it("keeps the cause's own words over any number of errors", () => {
    const lines = [...Array.from({ length: 13 }, (_, i) => evidenceLine(i + 1, `Sync failed (${i})`, "ERROR"))];
    lines.push(evidenceLine(14, "LogOn failed with exception - token validity expired"));
    const picked = quoted(lines, "refresh-token-expired");
    expect(picked).toHaveLength(MAX_REPORT_EVIDENCE);
    expect(picked).toContain(14);
    expect(picked).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14]);
  });

  it("matches the cause's words whatever their case in the log", () => {
    const lines = [...Array.from({ length: 13 }, (_, i) => evidenceLine(i + 1, `Sync failed (${i})`, "ERROR"))];
    lines.push(evidenceLine(14, "LogOn failed with exception - TOKEN VALIDITY EXPIRED"));
    expect(quoted(lines, "refresh-token-expired")).toContain(14);
  });

  it("ranks a stronger signature of the cause above a weaker one", () => {
    // Login History's "Restricted IP" (weight 10) says more than the token endpoint's "ip restricted" (7).
    const lines = Array.from({ length: 12 }, (_, i) => evidenceLine(i + 1, `error=invalid_grant error_description=ip restricted (${i})`));
    lines.push(evidenceLine(13, "Login History: Restricted IP"));
    expect(quoted(lines, "ip-restricted")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
  });

  it.each([
    ["ERROR", "ERROR"],
    ["FATAL", "FATAL"],
    ["an error written in lower case", "error"],
    ["WARN", "WARN"],
  ])("keeps a %s line over plain lines", (_name, level) => {
    const lines = [...filler(12), evidenceLine(13, "Sync stopped", level)];
    expect(quoted(lines)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
  });

  it("keeps errors over warnings", () => {
    const lines = [
      ...Array.from({ length: 12 }, (_, i) => evidenceLine(i + 1, `Slow sync (${i})`, "WARN")),
      evidenceLine(13, "Sync stopped", "ERROR"),
    ];
    expect(quoted(lines)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
  });

  it.each([
    ["the side panel's NavigateTo line", "NavigateTo: url= file:///C:/Users/[user]/sidepanelcontainer.htm?loggedOutLabel=x"],
    ["a status change", "Application status changed to SalesforceNotConnected"],
    ["a sync line's Status:", "Not running Synchronize: Status:SalesforceNotConnected"],
  ])("keeps %s over plain lines", (_name, message) => {
    const lines = [...filler(12), evidenceLine(13, message)];
    expect(quoted(lines)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
  });

  it("keeps the side panel's NavigateTo line over a status line, and a warning over both", () => {
    const status = Array.from({ length: 11 }, (_, i) => evidenceLine(i + 1, `Application status changed to SalesforceNotConnected (${i})`));
    expect(quoted([...status, evidenceLine(12, "NavigateTo: sidepanelcontainer.htm"), evidenceLine(13, "Sync stopped", "WARN")])).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13,
    ]);
  });

  it("among lines that say as much, keeps the earliest ones", () => {
    expect(quoted(filler(20))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("says there are no log lines when none were found", () => {
    const d = seed();
    d.evidence = [];
    const body = buildAdminReport(d, en()).body;
    expect(block(body, "EVIDENCE FROM THE LOGS (personal data removed)")).toEqual([
      "EVIDENCE FROM THE LOGS (personal data removed)",
      "No log lines are attached.",
    ]);
  });

  it("indents each log message under its bullet, on one tidy line", () => {
    const d = seed();
    d.evidence = [evidenceLine(7, "  LogOn failed\twith   exception - token validity expired  ", "ERROR")];
    expect(block(buildAdminReport(d, en()).body, "EVIDENCE FROM THE LOGS (personal data removed)")).toEqual([
      "EVIDENCE FROM THE LOGS (personal data removed)",
      "- Trace.log:7, 2015-04-24 15:07:00.000, ERROR general",
      "  LogOn failed with exception - token validity expired",
    ]);
  });

  it("keeps a message's second line indented under its bullet too", () => {
    const d = seed();
    d.evidence = [evidenceLine(7, "LogOn failed with exception\nSystem.Net.WebException: token validity expired", "ERROR")];
    const body = buildAdminReport(d, en()).body;
    expect(body).toContain("\n  LogOn failed with exception\n  System.Net.WebException: token validity expired\n");
  });
});

describe("the diagnostics block for the ticket", () => {
  const diagnostics = (d: Diagnosis, redact = true) => block(buildAdminReport(d, { ...en(), redact }).body, "DIAGNOSTICS (for the ticket)");

  it("gives the status, the cause with its own confidence, the other candidates and the policy guess", () => {
    const d = seed();
    d.candidates = [
      { id: "token-revoked", confidence: 0.6 },
      { id: "refresh-token-expired", confidence: 0.9 },
      { id: "proxy-or-network", confidence: 0.25 },
    ];
    d.policy = "immediately";
    expect(diagnostics(d).slice(0, 5)).toEqual([
      "DIAGNOSTICS (for the ticket)",
      "Status: logged-out",
      "Cause: refresh-token-expired (confidence 0.90)",
      "Other candidates: token-revoked 0.60, proxy-or-network 0.25",
      "Policy guess: immediately",
    ]);
  });

  it("lists no other candidates when there are none, and a dash for no policy guess", () => {
    expect(diagnostics(seed()).slice(0, 4)).toEqual([
      "DIAGNOSTICS (for the ticket)",
      "Status: logged-out",
      "Cause: refresh-token-expired (confidence 1.00)",
      "Policy guess: -",
    ]);
  });

  it("says no cause was found when there is none", () => {
    const d = seed();
    d.status = "connected";
    d.cause = null;
    d.candidates = [];
    expect(diagnostics(d).slice(0, 4)).toEqual([
      "DIAGNOSTICS (for the ticket)",
      "Status: connected",
      "Cause: none found",
      "Policy guess: -",
    ]);
  });

  it("names each kind of personal data removed, with its count", () => {
    const d = seed();
    d.evidence.push(evidenceLine(9, "LogOn failed for jane.doe@acme.com: token validity expired", "ERROR"));
    expect(diagnostics(d).slice(-2)).toEqual([
      "Removed for privacy: e-mail addresses (1), Windows user names (1)",
      "Made by SFO Sign-in Doctor on the user's computer; nothing was sent anywhere by the tool.",
    ]);
  });

  it("says when redaction found nothing to remove", () => {
    const d = seed();
    d.evidence = [evidenceLine(1, "LogOn failed with exception - token validity expired", "ERROR")];
    d.files = [];
    expect(diagnostics(d).slice(-2)).toEqual([
      "Removed for privacy: nothing found to remove",
      "Made by SFO Sign-in Doctor on the user's computer; nothing was sent anywhere by the tool.",
    ]);
  });

  it("with redaction off, says personal data stayed in, and lists only the credentials removed", () => {
    const d = seed();
    d.evidence.push(evidenceLine(9, "POST /services/oauth2/token password=Hunter2Secret9 for jane.doe@acme.com", "ERROR"));
    const diag = diagnostics(d, false);
    expect(diag).toContain("Personal data was NOT removed from this report (passwords and tokens were).");
    expect(diag.filter((l) => l.startsWith("Removed for privacy"))).toEqual(["Removed for privacy: passwords (1)"]);
  });

  it("with redaction off and no credentials, claims no removal at all", () => {
    const diag = diagnostics(seed(), false);
    expect(diag.slice(-2)).toEqual([
      "Personal data was NOT removed from this report (passwords and tokens were).",
      "Made by SFO Sign-in Doctor on the user's computer; nothing was sent anywhere by the tool.",
    ]);
  });

  it("with redaction on, never says personal data stayed in", () => {
    expect(buildAdminReport(seed(), en()).body).not.toContain("NOT removed");
  });
});

describe("blank lines between the parts", () => {
  it("puts one blank line before each paragraph and each heading, none at the start", () => {
    const body = buildAdminReport(seed(), en()).body;
    expect(body.startsWith("Hello,\n\nSalesforce for Outlook (SFO) on my computer")).toBe(true);
    expect(body).toContain("Could you please take a look?\n\nWHAT HAPPENED\n");
    expect(body).toContain("\n\nDIAGNOSTICS (for the ticket)\nStatus: logged-out\n");
  });

  it("never leaves two blank lines in a row, in any cause or language", () => {
    const bodies = [
      buildAdminReport(seed(), en()).body,
      buildAdminReport(seed(), { texts: textsFor("fr") }).body,
      ...CAUSE_IDS.map((c) => forCause(c)),
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(/\n\n\n/);
      expect(body).not.toMatch(/^\n/);
      expect(body.endsWith(".\n")).toBe(true);
    }
  });
});

describe("short lines for the downloaded text file", () => {
  const visible = (text: string) => text.replace(/\s+/g, "");

  it("fills a line up to the width exactly, not one character less", () => {
    expect(wrapReportText("aaaa bbbb cc", "", "", 9)).toEqual(["aaaa bbbb", "cc"]);
  });

  it("uses no indent unless asked, on the first line or the next ones", () => {
    expect(wrapReportText("Status changed to SalesforceNotConnected")).toEqual(["Status changed to SalesforceNotConnected"]);
    expect(wrapReportText("Status changed to SalesforceNotConnected", undefined, undefined, 20)).toEqual([
      "Status changed to",
      "SalesforceNotConnected",
    ]);
  });

  it("keeps an empty item's marker, without a trailing space", () => {
    expect(wrapReportText("", "  - ", "    ")).toEqual(["  -"]);
    expect(wrapReportText("   ")).toEqual([""]);
  });

  it("gives bullets and numbered items a hanging indent, also from item 10 on", () => {
    const item = "SFO logged the same refresh failure again after the next scheduled sync";
    expect(wrapReportBody(`- ${item}`, 30)).toBe(
      ["- SFO logged the same refresh", "  failure again after the next", "  scheduled sync"].join("\n"),
    );
    expect(wrapReportBody(`12. ${item}`, 30)).toBe(
      ["12. SFO logged the same", "    refresh failure again", "    after the next scheduled", "    sync"].join("\n"),
    );
    expect(wrapReportBody(`  ${item}`, 30)).toBe(
      ["  SFO logged the same refresh", "  failure again after the next", "  scheduled sync"].join("\n"),
    );
  });

  it("leaves a line that fits as it is, its spacing included", () => {
    const body = ["Heading: Déconnecté", "  SELECT UserId,  CreatedDate", "- one  two", "  SELECT UserId,  CreatedDate,"].join("\n");
    expect(body.split("\n").map((l) => l.length)).toEqual([19, 29, 10, 30]);
    expect(wrapReportBody(body, 30)).toBe(body);
  });

  it("never cuts SFO's <<Unknown Label:KEY>> placeholder in two", () => {
    expect(wrapReportText("Detail: <<Unknown Label:oauthPolicy>> shown", "", "", 20)).toEqual([
      "Detail:",
      "<<Unknown Label:oauthPolicy>>",
      "shown",
    ]);
  });

  it.each([
    "Fault: <faultcode>sf:INVALID_SESSION_ID</faultcode> at line 3 < 4",
    "odd brackets <<<Unknown Label:x>>> and <<<>> and << and >> and a<b",
    "<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=<<Unknown Label:loginButton>>",
  ])("never drops a character of a log line: %s", (line) => {
    for (const width of [10, 20, 40]) expect(visible(wrapReportText(line, "", "", width).join("\n"))).toBe(visible(line));
  });

  it("wraps a real report at its line width without losing a word", () => {
    const body = buildAdminReport(seed(), en()).body;
    const wrapped = wrapReportBody(body);
    expect(visible(wrapped)).toBe(visible(body));
    const long = wrapped.split("\n").filter((l) => l.length > REPORT_LINE_WIDTH);
    // Only a word longer than a line stays long: the side panel's URL with its three placeholders.
    expect(long).toEqual([
      expect.stringMatching(/^ {2}Outlook\/sidepanelcontainer\.htm\?loggedOutLabel=<<Unknown Label:loggedOut>>&.*>>$/),
    ]);
  });

  const noBreak = (text: string) => text.match(/[\u00a0\u202f]/g)?.length ?? 0;

  it("never breaks a French line at a no-break space, and keeps every one", () => {
    const d = seed();
    d.files[0]!.entries = 12345;
    const body = buildAdminReport(d, { texts: textsFor("fr") }).body;
    expect(body).toContain("12\u202f345");
    expect(noBreak(body)).toBeGreaterThan(20);
    for (const width of [40, REPORT_LINE_WIDTH]) {
      const wrapped = wrapReportBody(body, width);
      expect(noBreak(wrapped)).toBe(noBreak(body));
      // French puts a no-break space before : ; ? ! and », so that none of them starts a line.
      expect(wrapped.split("\n").filter((l) => /^\s*[:;?!»]/.test(l))).toEqual([]);
      expect(wrapped).toContain("12\u202f345");
    }
  });

  it.each([
    ["a no-break space", "\u00a0"],
    ["a narrow no-break space", "\u202f"],
  ])("keeps words joined by %s on one line", (_name, space) => {
    expect(wrapReportText(`Fichier${space}: Trace.log ; entrées${space}: 12${space}345`, "", "", 14)).toEqual([
      `Fichier${space}:`,
      "Trace.log ;",
      `entrées${space}:`,
      `12${space}345`,
    ]);
  });
});
