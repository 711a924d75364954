// The admin report goes to someone else. Personal data can sit in the parts of a log line that are not
// its message: the file's name (users rename logs after themselves) and the logger column. Redaction
// must reach them too; without redaction they stay, which shows these tests can see them.
import { textsFor } from "../../../src/engine/i18n/catalogs";
import { buildAdminReport } from "../../../src/engine/report";
import { diagnoseFiles } from "../../../src/engine/diagnose";

const EMAIL = "jane.doe@contoso.com";
const enc = (s: string) => new TextEncoder().encode(s);

// The seed's failure, with an address in the logger column; the file renamed after its owner.
const TRACE = [
  `2015-04-24 15:17:11,290 [13152] ERROR sfdcsession.${EMAIL} LogOn failed with exception - token validity expired`,
  "2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
  "",
].join("\r\n");
const diagnosis = () => diagnoseFiles([{ path: `C:\\Users\\jdoe\\Desktop\\Trace ${EMAIL}.log`, bytes: enc(TRACE) }]);

describe("admin report: personal data outside the log messages", () => {
  it("the logger names in the evidence are redacted", () => {
    const d = diagnosis();
    expect(d.evidence.some((e) => e.logger.includes(EMAIL))).toBe(true);
    const report = buildAdminReport(d, { texts: textsFor("en") });
    const line = report.body.split("\n").find((l) => l.includes(":1, 2015-04-24 15:17:11.290, ERROR "));
    expect(line).toBeDefined();
    expect(line).not.toContain("jane.doe");
    expect(report.body).not.toContain("contoso");
  });

  it("the log file names (evidence and diagnostics block) are redacted", () => {
    const report = buildAdminReport(diagnosis(), { texts: textsFor("en") });
    const lines = report.body.split("\n");
    expect(lines.filter((l) => l.startsWith("- Trace ") && l.includes(":2, 2015-04-24 15:18:55.635, DEBUG general"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("File: Trace "))).toHaveLength(1);
    expect(report.body).not.toContain("jane.doe");
    expect(report.removed.length).toBeGreaterThan(0);
  });

  it("with redaction off, both stay as written", () => {
    const report = buildAdminReport(diagnosis(), { texts: textsFor("en"), redact: false });
    expect(report.body).toContain(`ERROR sfdcsession.${EMAIL}`);
    expect(report.body).toContain(`Trace ${EMAIL}.log:1`);
  });
});
