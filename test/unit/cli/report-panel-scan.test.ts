// The CLI's report, panel and scan commands (in process; the scan's worker threads run the bundle).
import * as fs from "node:fs";
import { buildCli, expectOneLineError, runCli, SEED_ADDIN, SEED_TRACE, tempDir, writeTree } from "./run-cli";

// The CLI runs in this process, so jest's clock covers it: big inputs on a busy machine take a while.
jest.setTimeout(120_000);

beforeAll(buildCli);

const seedUrlLine = fs.readFileSync(SEED_ADDIN, "utf8").split("\r\n")[0];

describe("sfo-doctor report", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    // Personal data planted next to the seed's lines, as real logs carry it.
    const planted =
      fs.readFileSync(SEED_TRACE, "utf8") +
      "2015-04-24 15:22:00,001 [3364] ERROR sfdcsession LogOn failed with exception - token validity expired for jane.doe@example.com at C:\\Users\\jdoe\\AppData\\Roaming\\salesforce.com\r\n";
    writeTree(dir, { "Trace.log": planted, "AddinTrace.log": fs.readFileSync(SEED_ADDIN) });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  it("writes the admin's escalation without the user's email address or Windows user name", async () => {
    const run = await runCli(["report", "--to", "admin@example.org", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^To: admin@example.org\nSubject: \S/);
    expect(run.stdout).toContain("token validity expired");
    expect(run.stdout).not.toContain("jane.doe@example.com");
    expect(run.stdout).not.toContain("jdoe");
    expect(run.stderr).toContain("redacted before sharing");
  });

  it("keeps them with --no-redact, and warns on stderr", async () => {
    const run = await runCli(["report", "--no-redact", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("jane.doe@example.com");
    expect(run.stdout).toContain("C:\\Users\\jdoe");
    expect(run.stderr).toContain("not redacted");
  });

  it("writes the report in Danish with --lang da", async () => {
    const run = await runCli(["report", "--lang", "da", "--to", "admin@example.org", dir]);
    expect(run.stdout).toMatch(/^Til: admin@example.org\nEmne: \S/);
    expect(run.stdout).not.toContain("jane.doe@example.com");
  });
});

describe("sfo-doctor panel", () => {
  it("decodes the seed's NavigateTo line: three unresolved labels, detail key oauthPolicy, its cause", async () => {
    const run = await runCli(["panel", "--json", seedUrlLine]);
    expect(run.code).toBe(0);
    const p = JSON.parse(run.stdout);
    expect(p.labels.button).toBe("<<Unknown Label:loginButton>>");
    expect([...p.unresolved].sort()).toEqual(["button", "detail", "loggedOut"]);
    expect(p.detailKey).toBe("oauthPolicy");
    expect(p.cause).toBe("refresh-token-expired");
  });

  it("decodes the percent-encoded URL the same way, and says in text what it means", async () => {
    const url = seedUrlLine.slice(seedUrlLine.indexOf("file:")).replace(/</g, "%3C").replace(/>/g, "%3E").replace(/ /g, "%20");
    const run = await runCli(["panel", url]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("<<Unknown Label:oauthPolicy>> (unresolved)");
    expect(run.stdout).toContain("Detail key oauthPolicy stands for the cause refresh-token-expired");
  });

  it("refuses text that is no side-panel URL with exit 3 and one line", async () => {
    const run = await runCli(["panel", "https://example.com/?q=1"]);
    expect(run.code).toBe(3);
    expectOneLineError(run.stderr, "https://example.com/?q=1");
  });
});

describe("sfo-doctor scan", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      "site-a/alice/Trace.log":
        "2015-04-24 09:00:00,000 [100] DEBUG general Application status changed to Connected\r\n2015-04-24 09:10:00,000 [100] DEBUG general Running Synchronize Status:Connected\r\n",
      "site-b/bob/Trace.log": fs.readFileSync(SEED_TRACE),
      "site-b/bob/AddinTrace.log": fs.readFileSync(SEED_ADDIN),
      "carol/Trace.log": Buffer.alloc(2048, 0),
      "carol/notes.txt": "not a user folder by itself",
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  it("tables every user with status and cause, the unreadable one with its problem, and counts per cause", async () => {
    const run = await runCli(["scan", dir]);
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\n");
    expect(rows.find((r) => r.startsWith("site-b/bob"))).toMatch(/logged out\s+refresh-token-expired/);
    expect(rows.find((r) => r.startsWith("site-a/alice"))).toMatch(/connected/);
    expect(rows.find((r) => r.startsWith("carol"))).toContain("Trace.log: binary file");
    expect(run.stdout).toMatch(/^\s+1\s+refresh-token-expired/m);
    expect(run.stdout).toContain("3 users. Per cause:");
    expect(run.stderr).toBe(""); // no progress bar when stderr is not a terminal
  });

  it("gives machines JSON: one row per user and a summary per cause", async () => {
    const run = await runCli(["scan", "--json", dir]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    const byUser = Object.fromEntries(result.users.map((u: { user: string }) => [u.user, u]));
    expect(Object.keys(byUser).sort()).toEqual(["carol", "site-a/alice", "site-b/bob"]);
    expect(byUser["site-b/bob"]).toMatchObject({ status: "logged-out", cause: "refresh-token-expired" });
    expect(byUser["site-a/alice"]).toMatchObject({ status: "connected", cause: null });
    expect(byUser.carol.problems).toEqual([{ file: "Trace.log", reason: "binary" }]);
    expect(result.summary).toMatchObject({ users: 3, causes: { "refresh-token-expired": 1 }, problems: 1 });
  });

  it("gives spreadsheets CSV with a header and one line per user", async () => {
    const run = await runCli(["scan", "--csv", dir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toBe("user,status,cause,confidence,problem,problem_file");
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith("site-b/bob,"))).toMatch(/^site-b\/bob,logged-out,refresh-token-expired,/);
    expect(lines).toContain("carol,,,,binary,Trace.log");
  });
});

describe("sfo-doctor panel on a log file", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    // Two NavigateTo lines: the older one unresolved, the newer one resolved. SFO logs are in time order.
    const resolved = fs
      .readFileSync(`${__dirname}/../../fixtures/multi/AddinTrace.log`, "utf8")
      .split("\r\n")
      .find((l) => l.includes("loggedOutLabel=")) as string;
    writeTree(dir, { "AddinTrace.log": `${seedUrlLine}\r\n${resolved}\r\n` });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  it("reads the file and decodes its most recent NavigateTo line, and says which line that was", async () => {
    const file = `${dir}/AddinTrace.log`;
    const run = await runCli(["panel", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}:2`);
    expect(run.stdout).toContain("You've been logged out of Salesforce");
    expect(run.stdout).not.toContain("(unresolved)");
    const json = JSON.parse((await runCli(["panel", "--json", file])).stdout);
    expect(json.source).toEqual({ file, line: 2, navigateToLines: 2 });
  });

  it("decodes the seed's AddinTrace.log given as a path", async () => {
    const run = await runCli(["panel", SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Detail key oauthPolicy stands for the cause refresh-token-expired");
  });

  it("exits 3 with one line when the file has no NavigateTo line", async () => {
    const run = await runCli(["panel", SEED_TRACE]);
    expect(run.code).toBe(3);
    expectOneLineError(run.stderr, SEED_TRACE);
    expect(run.stderr).toContain("NavigateTo");
  });
});

describe("sfo-doctor panel is honest about label texts", () => {
  it("calls the resolved texts simulated, except the documented English oauthPolicy message", async () => {
    const en = (await runCli(["panel", seedUrlLine])).stdout;
    expect(en).not.toContain("What SFO shows when the labels resolve");
    expect(en).toMatch(/documented/);
    expect(en).toMatch(/simulated/);
    const simulatedKey = seedUrlLine.replace("<<Unknown Label:oauthPolicy>>", "<<Unknown Label:tokenRevoked>>");
    expect((await runCli(["panel", simulatedKey])).stdout).toMatch(/Detail key tokenRevoked stands for the cause token-revoked.*simulat/);
    expect(en).not.toMatch(/oauthPolicy stands for[^\n]*simulat/);
    const da = (await runCli(["panel", "--lang", "da", seedUrlLine])).stdout;
    expect(da).toMatch(/simuler/);
    expect(da).not.toMatch(/dokumenteret/);
  });
});

describe("sfo-doctor scan with renamed logs, folders without logs and an unknown cause", () => {
  let dir: string;
  const connected =
    "2015-04-24 09:00:00,000 [100] DEBUG general Application status changed to Connected\r\n2015-04-24 09:10:00,000 [100] DEBUG general Running Synchronize Status:Connected\r\n";
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      "u1/Trace (1).log": connected,
      "u2/Trace.log.txt": fs.readFileSync(SEED_TRACE),
      "u3/AddinTrace (2).log": fs.readFileSync(SEED_ADDIN),
      "u4/notes.txt": "a leaf folder with files but no logs",
      "u6/readme.md": "another one",
      "deep/readme.txt": "not a leaf: it has a subfolder",
      "deep/x/y/Trace.log": connected,
      "u5/Trace.log": fs.readFileSync(`${__dirname}/../../fixtures/causes/unknown-collapsed.log`),
    });
    fs.mkdirSync(`${dir}/empty-leaf`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  it("counts folders with renamed SFO logs as users", async () => {
    const result = JSON.parse((await runCli(["scan", "--json", dir])).stdout);
    expect(result.users.map((u: { user: string }) => u.user).sort()).toEqual(["deep/x/y", "u1", "u2", "u3", "u5"]);
    expect(result.users.find((u: { user: string }) => u.user === "u2")).toMatchObject({ cause: "refresh-token-expired" });
  });

  it("names user folders without SFO logs, empty ones too, and no folder that only leads to others", async () => {
    const run = await runCli(["scan", dir]);
    expect(run.stdout).toContain("3 user folders hold no SFO logs: empty-leaf, u4, u6");
    expect(run.stdout).not.toMatch(/no SFO logs:.*deep/);
    expect(JSON.parse((await runCli(["scan", "--json", dir])).stdout).foldersWithoutLogs).toEqual(["empty-leaf", "u4", "u6"]);
    expect((await runCli(["scan", "--lang", "da", dir])).stdout).toContain("3 brugermapper har ingen SFO-logge: empty-leaf, u4, u6");
  });

  it("shows no percentage for the cause unknown in the table, but keeps it in JSON", async () => {
    const run = await runCli(["scan", dir]);
    const row = run.stdout.split("\n").find((r) => r.startsWith("u5")) as string;
    expect(row).toMatch(/unknown/);
    expect(row).not.toContain("%");
    expect(
      JSON.parse((await runCli(["scan", "--json", dir])).stdout).users.find((u: { user: string }) => u.user === "u5").confidence,
    ).toEqual(expect.any(Number));
  });

  it("aligns the per-cause lines: counts, ids and titles each start in one column", async () => {
    const out = (await runCli(["scan", dir])).stdout;
    const perCause = out
      .slice(out.indexOf("Per cause:"))
      .split("\n")
      .slice(1)
      .filter((l) => /^\s+\d+\s+(refresh-token-expired|unknown)\s/.test(l));
    expect(perCause).toHaveLength(2);
    const titleStart = perCause.map((l) => (/^(\s+\d+\s+\S+\s+)/.exec(l) as RegExpExecArray)[1].length);
    expect(new Set(titleStart).size).toBe(1);
  });
});

describe("sfo-doctor panel shows what the unresolved labels would read", () => {
  it("in English: each label on its own line under the note, and the output ends with one newline", async () => {
    const run = await runCli(["panel", SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\n\nIf the labels resolved \(en_US\), they would read as below\. Message and detail together are the documented sentence for oauthPolicy[^\n]*\n {2}message \(loggedOutLabel\): You've been logged out of Salesforce\n {2}detail \(loggedOutDetailLabel\): based on your organization's security settings\. Click this message to log in again\.\n {2}button \(buttonLabel\): Log In\n$/,
    );
  });

  it("in Danish with --lang da, as sfo-doctor's simulated wording", async () => {
    const run = await runCli(["panel", "--lang", "da", SEED_ADDIN]);
    expect(run.stdout).toMatch(
      /\(da\)[^\n]*simulerede ordlyd[^\n]*\n {2}besked \(loggedOutLabel\): Du er blevet logget ud af Salesforce\n[^\n]+\n {2}knap \(buttonLabel\): Log på\n$/,
    );
  });
});
