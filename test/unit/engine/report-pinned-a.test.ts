// The admin e-mail, line by line where the admin reads it: how it starts and ends, the example marking, the
// subject, the cause and fix sections per kind of cause, the policy guess and the notes. Every report is
// built inside its test, from the seed logs and the generated cause logs (test/fixtures).
import { diagnoseFiles } from "../../../src/engine/diagnose";
import { getCause } from "../../../src/engine/causes";
import { textsFor } from "../../../src/engine/i18n/catalogs";
import type { MessageKey } from "../../../src/engine/i18n";
import { buildAdminReport, buildReportForCause, type ReportTexts } from "../../../src/engine/report";
import type { CauseId, Diagnosis } from "../../../src/engine/types";
import { fixture, seedLogs } from "./fixtures";

const en = textsFor("en");
const t = (key: string) => en.t(key as MessageKey);
const enc = (s: string) => new TextEncoder().encode(s);
const seed = (): Diagnosis => diagnoseFiles(seedLogs());
const causeLog = (name: string): Diagnosis => diagnoseFiles([fixture(`causes/${name}`)]);
const lines = (body: string) => body.split("\n");
/** The lines of the section under `heading`, up to the next blank line. */
const section = (body: string, heading: string): string[] => {
  const all = lines(body);
  const at = all.indexOf(heading);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = all.indexOf("", at);
  return all.slice(at + 1, end < 0 ? undefined : end);
};
const subjectFor = (cause: CauseId) => `Salesforce for Outlook keeps logging me out: ${t(getCause(cause).titleKey)}`;

describe("admin report: how the e-mail starts and ends", () => {
  it("starts with the greeting and one blank line, and ends with the tool's line and one line end", () => {
    for (const r of [buildAdminReport(seed(), { texts: en }), buildReportForCause("ip-restricted", { texts: en })]) {
      expect(r.body.startsWith("Hello,\n\nSalesforce for Outlook (SFO) on my computer logged me out")).toBe(true);
      expect(r.body.endsWith("\nMade by SFO Sign-in Doctor on the user's computer; nothing was sent anywhere by the tool.\n")).toBe(true);
      // Paragraphs apart by exactly one blank line, a heading right above its first line.
      expect(r.body).toContain("\n\nWHAT HAPPENED\n");
      expect(r.body).not.toContain("\n\n\n");
    }
  });

  it("a translation with stray line breaks leaves no blank start and no runs of blank lines", () => {
    const texts: ReportTexts = {
      lang: "en",
      t: (key, params) =>
        key === "report.greeting" ? "\n" : key === "report.introForCause" ? "First part.\n\n\n\nSecond part." : en.t(key, params),
    };
    const body = buildReportForCause("ip-restricted", { texts }).body;
    expect(body.startsWith("\n")).toBe(false);
    expect(body).toContain("First part.\n\nSecond part.");
    expect(body).not.toContain("\n\n\n");
  });
});

describe("admin report: the cause section", () => {
  it("names the cause under WHAT HAPPENED, then explains it to the admin", () => {
    for (const cause of ["ip-restricted", "refresh-token-expired"] as const) {
      const body = buildReportForCause(cause, { texts: en }).body;
      const def = getCause(cause);
      expect(section(body, "WHAT HAPPENED").slice(0, 2)).toEqual([t(def.titleKey), t(def.adminKey)]);
    }
  });

  it("says nothing of the Refresh Token Policy's expiring settings for a cause the policy does not explain", () => {
    const r = buildAdminReport(causeLog("ip-restricted-padded.log"), { texts: en });
    expect(r.body).not.toContain("expiring settings");
    expect(r.body).not.toContain("token validity expired");
    expect(buildReportForCause("ip-restricted", { texts: en }).body).not.toContain("expiring settings");
  });

  it("names the policy the timing suggests, with the reason, as one paragraph", () => {
    const d = diagnoseFiles([fixture("episodes/policy-immediately-Trace.log")]);
    expect(d.policy).toBe("immediately");
    const body = buildAdminReport(d, { texts: en }).body;
    expect(lines(body)).toContain(
      'The timing suggests the policy is now "Immediately expire refresh token". The logout came 90 minutes after a fresh login, while Salesforce for Outlook was in use (1 such logouts seen).',
    );
    expect(body).not.toContain("The logs cannot tell which");
  });

  it("a policy guess without a reason ends with the policy's name", () => {
    const d = diagnoseFiles([fixture("episodes/policy-immediately-Trace.log")]);
    d.policyReason = null;
    expect(lines(buildAdminReport(d, { texts: en }).body)).toContain(
      'The timing suggests the policy is now "Immediately expire refresh token".',
    );
  });

  it("passes on the diagnosis' notes: what tells two causes with one wording apart", () => {
    const d = causeLog("ip-restricted-padded.log");
    expect(d.notes).toEqual([{ key: "cause.tellApart.ipHours" }]);
    expect(lines(buildAdminReport(d, { texts: en }).body)).toContain(t("cause.tellApart.ipHours"));
  });

  it("quotes what the side panel shows under its own heading", () => {
    const body = buildAdminReport(seed(), { texts: en }).body;
    const panel = section(body, "WHAT THE SIDE PANEL SHOWS");
    expect(panel).toContain("Detail: <<Unknown Label:oauthPolicy>>");
    expect(panel).toContain("Detail label key: oauthPolicy");
  });
});

describe("admin report: when the logs show no logout", () => {
  const connected = () =>
    diagnoseFiles([
      { path: "Trace.log", bytes: enc("2024-03-04 07:00:00,000 [3364] DEBUG general Running Synchronize Status:Connected\r\n") },
    ]);
  const NO_LOGOUT = "The logs do not show a logout; the lines below are what was found.";

  it("says so when the logs show SFO connected and no cause", () => {
    const d = connected();
    expect([d.status, d.cause]).toEqual(["connected", null]);
    expect(lines(buildAdminReport(d, { texts: en }).body)).toContain(NO_LOGOUT);
  });

  it("does not say so for a logout, nor for a logout SFO recovered from", () => {
    expect(buildAdminReport(seed(), { texts: en }).body).not.toContain(NO_LOGOUT);
    const recovered = diagnoseFiles([fixture("episodes/recovered-Trace.log")]);
    expect([recovered.status, recovered.cause]).toEqual(["connected", "refresh-token-expired"]);
    expect(buildAdminReport(recovered, { texts: en }).body).not.toContain(NO_LOGOUT);
  });
});

describe("admin report: the refresh-token fix, spelled out", () => {
  it("indents the Setup paths, the metadata value and the read-only query under their items", () => {
    for (const r of [buildAdminReport(seed(), { texts: en }), buildReportForCause("refresh-token-expired", { texts: en })]) {
      const all = lines(r.body);
      expect(all).toContain("  Classic: Setup > Administer > Manage Apps > Connected Apps");
      expect(all).toContain("  Lightning: Gear Icon > Setup > Apps > Connected Apps > Manage Connected Apps");
      expect(all).toContain('2. Under OAuth Policies, next to Refresh Token Policy, select "Refresh token is valid until revoked".');
      expect(all).toContain("   In the Metadata API this is ConnectedAppOauthPolicy refreshTokenPolicy = infinite.");
      expect(all).toContain("    SELECT UserId, CreatedDate, LastUsedDate, UseCount");
      expect(all).toContain("    FROM OauthToken WHERE AppName = 'Salesforce for Outlook' ORDER BY CreatedDate DESC");
      expect(r.body).not.toContain("{");
    }
  });

  it("tells the admin how to read the setting when SFO is not listed", () => {
    const read = section(buildReportForCause("refresh-token-expired", { texts: en }).body, "HOW TO READ THE CURRENT SETTING");
    expect(read[1]).toMatch(/^- If Salesforce for Outlook is not listed under Manage Connected Apps: .*Manage App Policies/);
    expect(read.join("\n")).not.toContain("{metadata}");
  });
});

describe("admin report: the fix steps for other causes", () => {
  const USER_STEPS = "On the user's computer:";

  it("an admin's fix lists the Classic and Lightning steps, and not the user's own steps", () => {
    for (const r of [
      buildReportForCause("ip-restricted", { texts: en }),
      buildAdminReport(causeLog("ip-restricted-padded.log"), { texts: en }),
    ]) {
      const fix = section(r.body, "WHAT TO CHANGE (Salesforce administrator)");
      expect(fix[0]).toBe("Salesforce Classic:");
      expect(fix[1]).toBe(`1. ${t("cause.ip-restricted.steps.classic.1")}`);
      expect(fix).toContain("Lightning Experience:");
      expect(fix).not.toContain(USER_STEPS);
      expect(r.body).not.toContain(t("cause.ip-restricted.steps.user.1"));
      expect(r.body).not.toContain(t("report.check.loginHistory"));
    }
  });

  it("a fix on the user's computer lists the user's steps after the admin's", () => {
    const fix = section(buildReportForCause("token-revoked", { texts: en }).body, "WHAT FIXES IT (on the user's computer)");
    const at = fix.indexOf(USER_STEPS);
    expect(at).toBeGreaterThan(0);
    expect(fix[at + 1]).toBe(`1. ${t("cause.token-revoked.steps.user.1")}`);
  });

  it("an unexplained logout gives the admin the general checks, not the user's steps", () => {
    const fix = section(
      buildReportForCause("unknown", { texts: en }).body,
      "WHAT TO CHECK (Salesforce administrator, with Salesforce Support if needed)",
    );
    expect(fix).not.toContain(USER_STEPS);
    expect(fix).toContain(`1. ${t("report.check.loginHistory")}`);
    expect(buildReportForCause("unknown", { texts: en }).body).not.toContain(t("cause.unknown.steps.user.1"));
  });
});

describe("admin report: subject, address and the example marking", () => {
  it("a report from the user's logs has the cause in its subject, no example mark, and the given address", () => {
    const r = buildAdminReport(seed(), { texts: en, to: "admin@acme.com" });
    expect(r.subject).toBe(subjectFor("refresh-token-expired"));
    expect(r.example).toBeUndefined();
    expect(r.to).toBe("admin@acme.com");
    expect(r.body).not.toContain("EXAMPLE, NOT YOUR LOGS");
  });

  it("a report made from the example logs says so first, in the subject too, and goes to no one", () => {
    const d = seed();
    d.example = true;
    const r = buildAdminReport(d, { texts: en, to: "admin@acme.com" });
    expect(r.body.startsWith("EXAMPLE, NOT YOUR LOGS: this report was made from the example logs")).toBe(true);
    expect(r.subject).toBe(`[Example, not my logs] ${subjectFor("refresh-token-expired")}`);
    expect(r.example).toBe(true);
    expect(Object.keys(r)).not.toContain("to");
  });

  it("a report for a cause picked from the side panel has a plain subject and an address only when one is given", () => {
    const plain = buildReportForCause("ip-restricted", { texts: en });
    expect(plain.subject).toBe(subjectFor("ip-restricted"));
    expect(Object.keys(plain).sort()).toEqual(["body", "removed", "subject"]);
    expect(Object.keys(buildReportForCause("ip-restricted", { texts: en, to: "   " }))).not.toContain("to");
    expect(buildReportForCause("ip-restricted", { texts: en, to: " it@acme.com" }).to).toBe("it@acme.com");
  });

  it("its diagnostics name the cause without a confidence: no log was weighed", () => {
    expect(section(buildReportForCause("ip-restricted", { texts: en }).body, "DIAGNOSTICS (for the ticket)")).toEqual([
      "Source: the side panel only (no log files)",
      "Cause: ip-restricted (confidence -)",
      "Made by SFO Sign-in Doctor on the user's computer; nothing was sent anywhere by the tool.",
    ]);
  });
});
