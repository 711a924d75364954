// `sfo-doctor scan --csv` is opened in Excel by the admin. A user folder (or a file) whose name starts
// like a formula must arrive as text, or the spreadsheet would run it (CSV injection, OWASP).
import * as fs from "node:fs";
import { renderScanCsv, type ScanResult } from "../../../src/cli/scan";
import { buildCli, runCli, SEED_TRACE, tempDir, writeTree } from "./run-cli";

jest.setTimeout(120_000);

const row = (user: string, file = "") => ({
  user,
  status: null,
  cause: null,
  confidence: null,
  problems: file ? [{ file, reason: "binary" as const }] : [],
});
const result = (users: ScanResult["users"]): ScanResult => ({
  users,
  foldersWithoutLogs: [],
  summary: { users: users.length, causes: {}, statuses: {}, problems: 0 },
});
const cells = (csv: string) =>
  csv
    .trimEnd()
    .split("\r\n")
    .slice(1)
    .map((l) => l.split(","));

describe("scan --csv: names that look like spreadsheet formulas stay text", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tTAB", "\rCR"])("a user named %j gets a leading quote", (name) => {
    const [first] = cells(renderScanCsv(result([row(name)])));
    expect(first[0].replace(/^"|"$/g, "")).toBe(`'${name}`);
  });

  it("a file name that looks like a formula gets a leading quote too", () => {
    const [first] = cells(renderScanCsv(result([row("alice", "=HYPERLINK(x)")])));
    expect(first[5]).toBe("'=HYPERLINK(x)");
  });

  it("ordinary names are left exactly as they are", () => {
    const [first] = cells(renderScanCsv(result([row("site-a/alice", "Trace.log")])));
    expect(first[0]).toBe("site-a/alice");
    expect(first[5]).toBe("Trace.log");
  });

  it("a real user folder named =cmd|' /C calc'!A0 comes out quoted from the scan", async () => {
    buildCli();
    const dir = tempDir();
    try {
      writeTree(dir, { "=cmd|' /C calc'!A0/Trace.log": fs.readFileSync(SEED_TRACE) });
      const run = await runCli(["scan", "--csv", dir]);
      expect(run.code).toBe(0);
      const line = run.stdout.split("\r\n")[1];
      expect(line.startsWith("'=cmd|' /C calc'!A0,logged-out,")).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
