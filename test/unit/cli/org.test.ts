// `sfo-doctor org` as an admin runs it: the built CLI over the documented export shapes, GZIP, bad files.
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { OrgAnalysis, OrgFileReader, renderOrgCsv } from "../../../src/engine";
import { buildCli, expectOneLineError, ROOT, runCli, SEED_TRACE, tempDir } from "./run-cli";

// The CLI runs in this process, so jest's clock covers it: big inputs on a busy machine take a while.
jest.setTimeout(120_000);

beforeAll(buildCli);

const FIX = path.join(ROOT, "test/fixtures/org");
const fx = (name: string) => path.join(FIX, name);

describe("sfo-doctor org", () => {
  it("reads a mix of sf JSON, sf CSV and Setup's download, and prints each user's latest status and causes", async () => {
    const run = await runCli(["org", fx("login-history-sf.json"), fx("login-history-sf.csv"), fx("login-history-setup.csv")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "0055g00000AnnaAAA\n  latest: Failed: IP Address Not Allowed, 2024-03-04 08:12:00 UTC (failing now)\n  ip-restricted: 2 failure(s), 2024-03-01 07:00:00 UTC to 2024-03-04 08:12:00 UTC",
    );
    expect(run.stdout).toMatch(
      /ivan\.sand@example\.com\n {2}latest: Password lockout, 2024-03-13 17:01:40 UTC \(failing now\)\n {2}user-auth-failure: 1 failure/,
    );
    expect(run.stdout).toContain("client 2.4.2, TLS 1.0");
    expect(run.stdout).toContain("login-history-sf.csv: 1 row(s) could not be read (line 7)");
  });

  it("gives machines JSON and CSV, with the bad files named on stderr, one line each", async () => {
    const run = await runCli(["org", "--json", fx("login-history-sf.json"), fx("query-error.json"), fx("contacts.csv")]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.users[0]).toMatchObject({ user: "0055g00000AnnaAAA", cause: "ip-restricted", failing: true });
    expect(report.problems.map((p: { reason: string }) => p.reason)).toEqual(["query-error", "not-org"]);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/query-error\.json holds an error from sf data query, not records: INVALID_TYPE/);
    expect(lines[1]).toMatch(
      /contacts\.csv is not a Login History, OauthToken or SetupAuditTrail export \(its columns: First Name, Last Name, Email, Phone\)/,
    );

    const csv = (await runCli(["org", "--csv", fx("login-history-excel-da.csv")])).stdout.split("\r\n");
    expect(csv[0]).toMatch(/^user,failing,latest_status,latest_time,cause,/);
    expect(csv.find((l) => l.startsWith("tove.lind@example.dk"))).toMatch(
      /^tove\.lind@example\.dk,yes,User is inactive,2024-03-20 10:00:00,user-auth-failure,1,/,
    );
  });

  it("reads Setup's GZIP download, and names a cut-off one while keeping the rows before the cut", async () => {
    const dir = tempDir();
    const csv = fs.readFileSync(fx("login-history-setup.csv"), "utf8");
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    fs.writeFileSync(path.join(dir, "LoginHistory.csv.gz"), gzipSync(csv));
    const big = [header, ...Array.from({ length: 4000 }, (_, i) => rows[i % 3].replace("ivan.sand", `user${i}`))].join("\r\n");
    const gz = gzipSync(big);
    fs.writeFileSync(path.join(dir, "cut.gz"), gz.subarray(0, Math.floor(gz.length * 0.6)));

    const whole = JSON.parse((await runCli(["org", "--json", path.join(dir, "LoginHistory.csv.gz")])).stdout);
    expect(whole.users.find((u: { user: string }) => u.user === "ivan.sand@example.com")).toMatchObject({ cause: "user-auth-failure" });

    const cut = await runCli(["org", "--json", path.join(dir, "cut.gz")]);
    const report = JSON.parse(cut.stdout);
    expect(report.problems).toEqual([{ file: path.join(dir, "cut.gz"), reason: "gzip-truncated", detail: "" }]);
    expect(report.files[0].rows).toBeGreaterThan(100);
    expect(cut.stderr).toContain("ends too soon");
    fs.rmSync(dir, { recursive: true });
  });

  it("writes a big org's JSON, CSV and text one user at a time, the same as the whole report would print", async () => {
    const dir = tempDir();
    const lines = ["Username,Login Time,Status,Application,Client Version,TLS Protocol"];
    // 1,200 users: more than the table's first size.
    for (let u = 0; u < 1200; u++) {
      lines.push(
        `u${u}@example.com,2024-03-0${1 + (u % 9)}T08:00:00.000+0000,${["Success", "Restricted time", '"Failed: ""odd"", status"'][u % 3]},Salesforce for Outlook,2.9.${u % 4},TLS 1.2`,
      );
    }
    const file = path.join(dir, "LoginHistory.csv");
    fs.writeFileSync(file, lines.join("\r\n"));
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, file);
    reader.push(fs.readFileSync(file));
    reader.end();
    const report = analysis.report();
    expect(report.users).toHaveLength(1200);

    const json = await runCli(["org", "--json", file]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect((await runCli(["org", "--csv", file])).stdout).toBe(renderOrgCsv(report));
    const text = (await runCli(["org", file])).stdout;
    expect(text.match(/^u\d+@example\.com$/gm)).toHaveLength(1200);
    expect(text).toContain("u1@example.com\n  latest: Restricted time, 2024-03-02 08:00:00 UTC (failing now)\n  login-hours: 1 failure(s)");
    expect(text).toMatch(
      /Users per cause of their latest failure:\n {4}400 {2}login-hours {2}Salesforce refused the sign-in outside the allowed login hours\n {4}400 {2}unknown {6}Logged out, for a reason the logs do not name\n$/,
    );
    fs.rmSync(dir, { recursive: true });
  });

  it("exits 3 when no file could be read, naming each", async () => {
    const run = await runCli(["org", fx("contacts.csv"), fx("package-like.json"), path.join(FIX, "nope.csv")]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("Files not read (3):");
    expect(run.stdout).toContain("nope.csv does not exist");
  });

  it("prints the sf data query lines, filtering LoginHistory only on fields SOQL allows", async () => {
    const run = await runCli(["org", "--print-queries"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n").filter((l) => l.startsWith("sf data query"));
    expect(lines).toHaveLength(3);
    const login = lines.find((l) => l.includes("FROM LoginHistory")) as string;
    const where = login.slice(login.indexOf("WHERE"));
    expect(where).not.toMatch(/Application|Status/);
    expect(login).toContain("--result-format csv --output-file login-history.csv");
    expect(lines.find((l) => l.includes("FROM OauthToken"))).toContain("WHERE AppName = 'Salesforce for Outlook'");
    expect(run.stdout).toContain("sfo-doctor org login-history.csv oauth-tokens.json setup-audit-trail.json");
  });

  it("needs exports to read", async () => {
    const run = await runCli(["org"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--print-queries");
  });
});

describe("admin polish", () => {
  it("report --to rejects what is not an email address, in one line", async () => {
    const run = await runCli(["report", "--to", "the admin", SEED_TRACE]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, "--to the admin is not an email address");
    expect(run.stdout).toBe("");
  });

  it("diagnose --json on bad input still prints JSON, with the error", async () => {
    const run = await runCli(["diagnose", "--json", fx("contacts.csv")]);
    expect(run.code).toBe(3);
    const out = JSON.parse(run.stdout);
    expect(out.error).toMatchObject({ exitCode: 3, reason: "not-sfo", file: fx("contacts.csv") });
    expect(out.error.message).toContain("holds no Salesforce for Outlook log line and nothing the doctor knows");
    expectOneLineError(run.stderr, "contacts.csv");
  });

  it("scan errors give scan's advice, not diagnose's", async () => {
    const missing = await runCli(["scan", path.join(FIX, "no-such-team")]);
    expect(missing.code).toBe(3);
    expectOneLineError(missing.stderr, "one folder of SFO logs per user");
    expect(missing.stderr).not.toContain("%AppData%");
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "anna"));
    fs.writeFileSync(path.join(dir, "anna", "notes.txt"), "no logs here");
    const none = await runCli(["scan", dir]);
    expect(none.code).toBe(3);
    expectOneLineError(none.stderr, "Unzip each user's logs into a folder of their own");
    fs.rmSync(dir, { recursive: true });
  });
});
