// What the CLI lets out: `diagnose --json` evidence and `report` carry no planted personal data or
// credential; `--no-redact` keeps names and hosts but still removes credentials, and stderr says what went.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCli, ROOT, runCli, tempDir } from "./run-cli";

// The CLI runs in this process, so jest's clock covers it: big inputs on a busy machine take a while.
jest.setTimeout(120_000);

const { kinds } = JSON.parse(fs.readFileSync(path.join(ROOT, "test/fixtures/redaction/kinds.json"), "utf8")) as {
  kinds: { kind: string; text: string; secrets: string[] }[];
};

beforeAll(buildCli, 120_000);

function plantedLog(): string {
  const dir = tempDir();
  const file = path.join(dir, "Trace.log");
  fs.writeFileSync(
    file,
    [
      "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired",
      ...kinds.map((k) => `   ${k.text}`),
      "2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
      "",
    ].join("\r\n"),
  );
  return file;
}

describe("CLI redaction", () => {
  it("diagnose --json: no planted value in evidence, files or timeline; the failure text stays", async () => {
    const run = await runCli(["diagnose", "--json", plantedLog()]);
    expect(run.code).toBe(0);
    const d = JSON.parse(run.stdout);
    const json = JSON.stringify({ evidence: d.evidence, files: d.files, timeline: d.timeline });
    for (const k of kinds) for (const s of k.secrets) expect([k.kind, json.includes(s)]).toEqual([k.kind, false]);
    expect(json).toContain("token validity expired");
    expect(d.cause).toBe("refresh-token-expired");
  });

  it("report: none of the 31 kinds leaves, and stderr lists what was removed by kind and count", async () => {
    const run = await runCli(["report", plantedLog()]);
    for (const k of kinds) for (const s of k.secrets) expect([k.kind, run.stdout.includes(s)]).toEqual([k.kind, false]);
    expect(run.stderr).toMatch(/redacted before sharing: .*your org's Salesforce host name\(s\).*1 × refresh token\(s\)/);
  });

  it("report --no-redact keeps the org host but not the refresh token, and says so", async () => {
    const run = await runCli(["report", "--no-redact", plantedLog()]);
    expect(run.stdout).toContain("acmecorp-prod.my.salesforce.com");
    expect(run.stdout).not.toContain("5Aep861z80Xevi74eWEi7DVt9fvzKs9C8G");
    expect(run.stderr).toMatch(/not redacted \(--no-redact\).*Removed all the same: .*refresh token/);
  });
});
