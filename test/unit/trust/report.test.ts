import { textsFor } from "../../../src/engine/i18n/catalogs";
import { seedLogs, userFixture } from "../engine/fixtures";
import { diagnoseFiles } from "../../../src/engine/diagnose";
import {
  buildAdminReport,
  buildReportForCause,
  selectReportEvidence,
  wrapReportBody,
  wrapReportText,
  MAX_REPORT_EVIDENCE,
} from "../../../src/engine/report";
import { CAUSE_IDS, type Diagnosis, type Evidence } from "../../../src/engine/types";

const fixture = userFixture;
const seed = (): Diagnosis => diagnoseFiles(seedLogs(userFixture));

describe("admin report for the seed logs", () => {
  const d = seed();
  const en = buildAdminReport(d, { texts: textsFor("en") });

  it("names the exact setting, both Setup paths, Edit Policies, the metadata value and the restart step", () => {
    expect(d.cause).toBe("refresh-token-expired");
    expect(en.body).toContain('"Refresh token is valid until revoked"');
    expect(en.body).toContain("Classic: Setup > Administer > Manage Apps > Connected Apps");
    expect(en.body).toContain("Lightning: Gear Icon > Setup > Apps > Connected Apps > Manage Connected Apps");
    expect(en.body).toContain("Edit Policies");
    expect(en.body).toContain("refreshTokenPolicy = infinite");
    expect(en.body).toMatch(/Exit Salesforce for Outlook from the system tray.*start it again/s);
    expect(en.subject).toMatch(/^Salesforce for Outlook keeps logging me out: /);
  });

  it("tells the admin how to read the setting: Setup is the authority, Manage App Policies when SFO is not listed", () => {
    // Setup is the authority: no metadata retrieve for SFO's managed app, and no SOQL field names the policy.
    expect(en.body).toContain("Manage App Policies");
    expect(en.body).toContain("Setup is the authority");
    expect(en.body).toContain("FROM OauthToken");
    expect(en.body.replace(/\s+/g, " ")).toContain("A metadata retrieve does not work for SFO's app");
  });

  it("quotes the evidence lines with file:line and time, and the side panel's state", () => {
    expect(en.body).toContain("- Trace.log:1, 2015-04-24 15:17:11.290, ERROR sfdcsession");
    expect(en.body).toContain("LogOn failed with exception - token validity expired");
    expect(en.body).toContain("Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid");
    expect(en.body).toContain("Detail: <<Unknown Label:oauthPolicy>>");
    expect(en.body).toContain("Detail label key: oauthPolicy");
  });

  it("ends with a diagnostics block for the ticket", () => {
    const diag = en.body.slice(en.body.indexOf("DIAGNOSTICS (for the ticket)"));
    expect(diag).toContain("Status: logged-out");
    expect(diag).toContain("Cause: refresh-token-expired (confidence 1.00)");
    expect(diag).toContain("Policy guess: -");
    expect(diag).toContain("File: Trace.log; log entries: 3; encoding: utf-8");
    expect(diag).toContain("File: AddinTrace.log; log entries: 1; encoding: utf-8");
    expect(diag).toContain("Removed for privacy: Windows user names (1)");
  });

  it("writes the confidence score in the report language's number format", () => {
    const fi = buildAdminReport(d, { texts: textsFor("fi") }).body;
    expect(fi).toContain("1,00");
    expect(fi).not.toContain("1.00");
  });

  it("removes the Windows user name and says so", () => {
    expect(en.body).toContain("file:///C:/Users/[user]/AppData");
    expect(en.body).not.toContain("xxxx");
    expect(en.body).not.toContain("jdoe");
    expect(en.removed).toEqual([{ kind: "windows-user", count: 1 }]);
  });

  it("is plain text with \\n line ends and no hard wraps: every paragraph and item is one line", () => {
    for (const report of [
      en,
      buildAdminReport(d, { texts: textsFor("da") }),
      ...CAUSE_IDS.map((c) => buildReportForCause(c, { texts: textsFor("en") })),
    ]) {
      expect(report.body).not.toContain("\r");
      expect(report.body).not.toContain("\t");
      // a wrapped paragraph would leave a line starting in lower case right after a non-blank line
      const lines = report.body.split("\n");
      const continued = lines.filter((l, i) => i > 0 && lines[i - 1] !== "" && /^[a-zæøå(]/.test(l));
      expect(continued).toEqual([]);
    }
    expect(en.body).toContain(en.body.match(/^Salesforce for Outlook \(SFO\) on my computer.*Could you please take a look\?$/m)![0]);
  });
});

describe("admin report: short lines for targets that need them", () => {
  const tokens = (text: string) => text.match(/(?:<<[^<>\n]*>>|[^\s<]|<(?!<[^<>\n]*>>))+/g) ?? [];
  const d = seed();

  it.each([40, 78])("wraps at %i without splitting a word, URL or placeholder", (width) => {
    for (const body of [
      buildAdminReport(d, { texts: textsFor("en") }).body,
      buildAdminReport(d, { texts: textsFor("da") }).body,
      buildReportForCause("unknown", { texts: textsFor("en") }).body,
    ]) {
      const wrapped = wrapReportBody(body, width);
      expect(tokens(wrapped)).toEqual(tokens(body));
      for (const line of wrapped.split("\n")) if (line.length > width) expect(tokens(line)).toHaveLength(line.startsWith("- ") ? 2 : 1);
    }
    const wrapped = wrapReportBody(buildAdminReport(d, { texts: textsFor("en") }).body, width);
    expect(wrapped).toContain("file:///C:/Users/[user]/AppData/Roaming/salesforce.com/Salesforce");
    expect(wrapped).toContain("<<Unknown Label:oauthPolicy>>");
  });
});

describe("admin report: redaction", () => {
  const planted = (): Diagnosis => {
    const d = seed();
    d.evidence.push({
      file: "Trace.log",
      line: 9,
      time: "2015-04-24T15:30:00.000",
      level: "ERROR",
      logger: "sfdcsession",
      message: "LogOn failed for jane.doe@acme.com from 10.1.2.3 token validity expired",
    });
    return d;
  };

  it("a planted e-mail never appears when redaction is on, and does when it is off", () => {
    const on = buildAdminReport(planted(), { texts: textsFor("en") });
    expect(on.body).not.toContain("jane.doe@acme.com");
    expect(on.body).not.toContain("10.1.2.3");
    expect(on.body).toContain("LogOn failed for [email] from [ip] token validity expired");
    expect(on.removed).toEqual([
      { kind: "email", count: 1 },
      { kind: "windows-user", count: 1 },
      { kind: "ipv4", count: 1 },
    ]);
    const off = buildAdminReport(planted(), { texts: textsFor("en"), redact: false });
    expect(off.body).toContain("jane.doe@acme.com");
    expect(off.body).toContain("Personal data was NOT removed from this report (passwords and tokens were).");
    expect(off.removed).toEqual([]);
  });

  it("keeps the admin's address as given", () => {
    expect(buildAdminReport(seed(), { texts: textsFor("en"), to: " admin@acme.com " }).to).toBe("admin@acme.com");
  });
});

describe("admin report in Danish", () => {
  const d = seed();
  const en = buildAdminReport(d, { texts: textsFor("en") });
  const da = buildAdminReport(d, { texts: textsFor("da") });

  it("is written in Danish", () => {
    expect(da.subject).toMatch(/^Salesforce for Outlook logger mig ud igen og igen: /);
    for (const word of ["Hej,", "HVAD DER SKETE", "HVAD DER SKAL ÆNDRES", "Afslut Salesforce for Outlook", "logfiler", "På forhånd tak."]) {
      expect(da.body).toContain(word);
    }
    expect(da.body).not.toContain("WHAT HAPPENED");
  });

  it("has the same structure, setting and paths as the English one", () => {
    const shape = (body: string) => body.split("\n").filter((l) => /^[A-ZÆØÅ ()-]{8,}/.test(l) && l === l.toUpperCase()).length;
    expect(shape(da.body)).toBe(shape(en.body));
    for (const same of [
      "Refresh token is valid until revoked",
      "Setup > Administer > Manage Apps > Connected Apps",
      "Setup > Apps > Connected Apps > Manage Connected Apps",
      "refreshTokenPolicy = infinite",
      "FROM OauthToken",
      "LogOn failed with exception - token validity expired",
      "Cause: refresh-token-expired".replace("Cause", "Årsag"),
    ]) {
      expect(da.body).toContain(same);
    }
    expect(da.removed).toEqual(en.removed);
  });
});

describe("report for a cause picked from the side panel", () => {
  it("gives the refresh-token fix without any logs", () => {
    const r = buildReportForCause("refresh-token-expired", { texts: textsFor("en") });
    expect(r.body).toContain("Refresh token is valid until revoked");
    expect(r.body).toContain("Source: the side panel only (no log files)");
    expect(r.body).not.toContain("EVIDENCE");
    expect(r.removed).toEqual([]);
  });

  it("uses the cause catalog's steps and checks for other causes, never raw keys", () => {
    for (const cause of CAUSE_IDS) {
      for (const lang of ["en", "da"] as const) {
        const r = buildReportForCause(cause, { texts: textsFor(lang) });
        expect([cause, lang, r.body.match(/\b(?:cause|report)\.[\w.-]+/g)]).toEqual([cause, lang, null]);
      }
    }
    const ip = buildReportForCause("ip-restricted", { texts: textsFor("en") });
    expect(ip.body).toContain("IP Relaxation");
    expect(ip.body).toContain("HOW TO CHECK THE FIX");
  });
});

describe("the report only quotes log lines the logs hold (review #2, #4, #8)", () => {
  const addinOnly = (): Diagnosis => diagnoseFiles([fixture("seed-AddinTrace.log")]);

  it("for a cause picked from the side panel, says it rests on the side panel, not on logs, and quotes no log line", () => {
    for (const lang of ["en", "da"] as const) {
      const r = buildReportForCause("refresh-token-expired", { texts: textsFor(lang) });
      expect(r.body).not.toContain("LogOn failed with exception");
      expect(r.body).not.toMatch(/SFO logged|SFO loggede/);
    }
    const en = buildReportForCause("refresh-token-expired", { texts: textsFor("en") });
    expect(en.body).toContain("based on what I see in SFO's side panel, not on its log files");
    // The side panel cannot tell which expiring setting is chosen either.
    expect(en.body).toContain("The side panel does not say which of the three expiring settings is chosen");
    expect(en.body).not.toContain("The logs cannot tell");
  });

  it('from AddinTrace.log alone, says the "token validity expired" line is not among the logs sent', () => {
    const d = addinOnly();
    const r = buildAdminReport(d, { texts: textsFor("en") });
    expect(d.evidence.some((e) => e.message.includes("token validity expired"))).toBe(false);
    expect(r.body).not.toContain("LogOn failed with exception");
    expect(r.body).toContain('The logs I sent do not contain SFO\'s "token validity expired" line');
  });

  it("with the seed's Trace.log, still quotes SFO's line and does not say it is missing", () => {
    const r = buildAdminReport(seed(), { texts: textsFor("en") });
    expect(r.body).toContain("LogOn failed with exception - token validity expired");
    expect(r.body).not.toContain("do not contain SFO's");
  });

  it("lists only ways to read the current setting under that heading; the check of the fix has its own", () => {
    for (const r of [
      buildAdminReport(seed(), { texts: textsFor("en") }),
      buildReportForCause("refresh-token-expired", { texts: textsFor("en") }),
    ]) {
      const read = r.body.indexOf("HOW TO READ THE CURRENT SETTING");
      const fix = r.body.indexOf("HOW TO CHECK THE FIX");
      expect(read).toBeGreaterThan(0);
      expect(fix).toBeGreaterThan(read);
      const readSection = r.body.slice(read, fix);
      expect(readSection).toContain("FROM OauthToken");
      expect(readSection).not.toContain("after one more login");
      expect(r.body.slice(fix)).toContain("after one more login Trace.log shows no new");
    }
  });

  it("gives no confidence for the cause unknown", () => {
    const d = seed();
    d.cause = "unknown";
    d.candidates = [{ id: "unknown", confidence: 1 }];
    expect(buildAdminReport(d, { texts: textsFor("en") }).body).toContain("Cause: unknown (confidence -)");
  });

  it("tells users in Danish to exit from the notification area and choose Afslut", () => {
    const da = buildAdminReport(seed(), { texts: textsFor("da") });
    expect(da.body).toContain("fra meddelelsesområdet (højreklik på ikonet, vælg Afslut)");
    expect(da.body).not.toMatch(/proceslinje|vælg Exit/);
  });
});

describe("evidence selection", () => {
  const line = (n: number, message: string, level = "DEBUG"): Evidence => ({
    file: "Trace.log",
    line: n,
    time: `2015-04-24T15:${String(n).padStart(2, "0")}:00.000`,
    level,
    logger: "general",
    message,
  });

  it(`keeps at most ${MAX_REPORT_EVIDENCE} lines, the cause's own words first, in file order`, () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      line(i + 1, `Not running Synchronize: cannot sync now Status:SalesforceNotConnected (${i})`),
    );
    many[25] = line(26, "LogOn failed with exception - token validity expired", "ERROR");
    const picked = selectReportEvidence(many, "refresh-token-expired");
    expect(picked).toHaveLength(MAX_REPORT_EVIDENCE);
    expect(picked.map((e) => e.line)).toContain(26);
    expect(picked.map((e) => e.line)).toEqual([...picked.map((e) => e.line)].sort((a, b) => a - b));
  });

  it("says how many lines were left out", () => {
    const d = seed();
    d.evidence = Array.from({ length: 20 }, (_, i) => line(i + 1, `Application status changed to SalesforceNotConnected (${i})`));
    expect(buildAdminReport(d, { texts: textsFor("en") }).body).toContain("(8 more log lines are not shown.)");
  });

  it("keeps a word longer than the line (a URL) whole, on a line of its own", () => {
    const url = "file:///C:/Users/[user]/AppData/Roaming/salesforce.com/sidepanelcontainer.htm?loggedOutLabel=x";
    const lines = wrapReportText(`see ${url} and [email] here`, "- ", "  ", 40);
    expect(lines).toEqual(["- see", "  " + url, "  and [email] here"]);
  });
});
