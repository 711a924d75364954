import { textsFor } from "../../../src/engine/i18n/catalogs";
// The corpus of test/fixtures/redaction: every kind of data an SFO log can carry, planted into a real
// log4net entry (the seed's failure line) at its start, its end, inside and on a continuation line, then
// carried through the diagnosis into the admin report and the redacted diagnosis (`diagnose --json`).
// None may come out; what the admin needs to read the failure must.
import { readFileSync } from "fs";
import { join } from "path";
import { diagnoseFiles } from "../../../src/engine/diagnose";
import { buildAdminReport } from "../../../src/engine/report";
import { redact, CREDENTIAL_KINDS, REDACTION_KINDS, REDACTION_PLACEHOLDERS } from "../../../src/engine/redact";
import { redactDiagnosis } from "../../../src/engine/redact/diagnosis";

interface Kind {
  kind: string;
  text: string;
  secrets: string[];
  keep?: string[];
}
const { kinds } = JSON.parse(readFileSync(join(__dirname, "../../fixtures/redaction/kinds.json"), "utf8")) as { kinds: Kind[] };
const lines = readFileSync(join(__dirname, "../../fixtures/redaction/real-lines.log"), "utf8");

const FAILURE = "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired";
const STATUS =
  "2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const logOf = (...entryLines: string[]) => new TextEncoder().encode([...entryLines, STATUS, ""].join("\r\n"));
const diagnosisOf = (bytes: Uint8Array) =>
  diagnoseFiles([{ path: "C:\\Users\\jane.doe\\AppData\\Roaming\\salesforce.com\\Salesforce for Outlook\\Trace.log", bytes }]);

/** The places a value sits in a log4net entry. */
const PLACES: [string, (text: string) => string[]][] = [
  ["at the start of the message", (t) => [FAILURE.replace("LogOn failed", `${t} LogOn failed`)]],
  ["at the end of the line", (t) => [`${FAILURE} ${t}`]],
  ["inside the line", (t) => [FAILURE.replace("with exception", `with exception (${t})`)]],
  ["on a continuation line", (t) => [FAILURE, `   at Sync.Run() ${t}`]],
  ["alone on a continuation line", (t) => [FAILURE, t]],
];

describe("redaction corpus: each kind, each place, through the report and diagnose --json", () => {
  it.each(kinds.map((k) => [k.kind, k] as const))("%s", (_name, k) => {
    for (const [where, place] of PLACES) {
      const d = diagnosisOf(logOf(...place(k.text)));
      expect([where, d.cause]).toEqual([where, "refresh-token-expired"]);
      const report = buildAdminReport(d, { texts: textsFor("en") }).body;
      const json = JSON.stringify(redactDiagnosis(d).diagnosis);
      for (const s of k.secrets) {
        expect([where, "report", s, report.includes(s)]).toEqual([where, "report", s, false]);
        expect([where, "json", s, json.includes(s)]).toEqual([where, "json", s, false]);
      }
      for (const s of k.keep ?? []) expect([where, s, report.includes(s)]).toEqual([where, s, true]);
      // What the failure says stays.
      expect(report).toContain("token validity expired");
    }
  });

  it("all kinds in one entry: none leaves, and stderr-style counts cover every kind planted", () => {
    const d = diagnosisOf(logOf(FAILURE, ...kinds.map((k) => `   ${k.text}`)));
    const r = buildAdminReport(d, { texts: textsFor("en") });
    for (const k of kinds) for (const s of k.secrets) expect([k.kind, r.body.includes(s)]).toEqual([k.kind, false]);
    const counted = new Set(r.removed.map((x) => x.kind));
    for (const kind of [
      "refresh-token",
      "auth-code",
      "secret",
      "display-name",
      "windows-account",
      "sid",
      "machine-name",
      "mail-file",
      "outlook-profile",
      "phone",
      "contact-name",
      "item-text",
      "org-host",
      "host",
    ]) {
      expect([kind, counted.has(kind as never)]).toEqual([kind, true]);
    }
  });

  it("the same value gets the same placeholder everywhere in a report", () => {
    const host = "acmecorp-prod.my.salesforce.com";
    const d = diagnosisOf(logOf(`${FAILURE} at https://${host}/services/oauth2/token`, `   retry https://${host}/id and ${host}`));
    const body = buildAdminReport(d, { texts: textsFor("en") }).body;
    expect(body.match(/\[org\]\.my\.salesforce\.com/g)).toHaveLength(3);
    expect(body).not.toContain("acmecorp");
  });
});

describe("redaction keeps what the diagnosis needs", () => {
  it("real-looking lines keep their error texts, codes, statuses, times, threads and .NET texts", () => {
    const out = redact(lines).text;
    for (const kept of [
      "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired",
      "Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
      '{"error":"invalid_grant","error_description":"expired access/refresh token"}',
      '{"error":"invalid_grant","error_description":"ip restricted or invalid login hours"}',
      "user is not admin approved to access this app",
      "OAUTH_APP_ACCESS_DENIED",
      "UNSUPPORTED_CLIENT: TLS 1.0 has been disabled in this organization. Please use TLS 1.1 or higher",
      "System.Net.WebException: The remote server returned an error: (407) Proxy Authentication Required.",
      "System.Net.WebException: The remote name could not be resolved: 'login.salesforce.com'",
      "Could not create SSL/TLS secure channel",
      "at System.Net.HttpWebRequest.GetResponse()",
      "Salesforce.Outlook.Sync, Version=3.4.7.112, Culture=neutral, PublicKeyToken=b77a5c561934e089",
      "https://login.salesforce.com/services/oauth2/token",
      "https://na123.salesforce.com/services/data/v58.0/sobjects/Contact/",
      "Not running Synchronize: cannot sync now Status:SalesforceNotConnected, SalesforceCredentialsInvalid",
      "<<Unknown Label:oauthPolicy>>",
      "NT AUTHORITY\\SYSTEM",
      "S-1-5-18",
      "HTTP/1.1 400 Bad Request",
      "code=401",
    ]) {
      expect([kept, out.includes(kept)]).toEqual([kept, true]);
    }
  });

  it("real-looking lines lose every personal value and credential they hold", () => {
    const out = redact(lines).text;
    for (const gone of [
      "jane.doe",
      "Jane Doe",
      "Doe, Jane",
      "ACMECORP",
      "S-1-5-21-1004336348",
      "DESKTOP-7H2K9QJ",
      "acmecorp",
      "FS01",
      "5Aep861",
      "AQgAQH0Yd9M51BU",
      "1955279925675241571",
      "aPrxsmIEeqM9",
      "Summer2024",
      "555-0132",
      "Globex",
      "10.20.30.40",
    ]) {
      expect([gone, out.includes(gone)]).toEqual([gone, false]);
    }
  });
});

describe("--no-redact: names and hosts stay, credentials still go", () => {
  it("a report with redaction off keeps the org host and the user folder but removes every credential", () => {
    const credentials = kinds.filter((k) => /token|secret|code|password|bearer|entropy/.test(k.kind));
    const d = diagnosisOf(logOf(`${FAILURE} https://acmecorp-prod.my.salesforce.com/x`, ...credentials.map((k) => `   ${k.text}`)));
    const r = buildAdminReport(d, { texts: textsFor("en"), redact: false });
    expect(r.body).toContain("acmecorp-prod.my.salesforce.com");
    expect(r.body).toContain("Personal data was NOT removed from this report (passwords and tokens were).");
    for (const k of credentials) for (const s of k.secrets) expect([k.kind, r.body.includes(s)]).toEqual([k.kind, false]);
    expect(r.removed.length).toBeGreaterThan(0);
    for (const { kind } of r.removed) expect(CREDENTIAL_KINDS).toContain(kind);
  });

  it("every kind has a placeholder, and credentials are a subset of the kinds", () => {
    expect(new Set(REDACTION_KINDS)).toEqual(new Set(Object.keys(REDACTION_PLACEHOLDERS)));
    for (const k of CREDENTIAL_KINDS) expect(REDACTION_KINDS).toContain(k);
  });
});
