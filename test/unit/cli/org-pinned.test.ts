// `sfo-doctor org` line by line: each part of the text report as an admin reads it (files, users, causes,
// tokens, Setup changes, files not read), numbers in the reader's language, folders, GZIP told apart from
// text by its first two bytes, JSON that is exactly JSON.stringify's, the byte progress and the batched
// writes to a slow pipe.
import * as fs from "node:fs";
import * as path from "node:path";
import { Writable } from "node:stream";
import { gzipSync } from "node:zlib";
import { byteProgressBar, readOrgExports, writePieces } from "../../../src/cli/org";
import { cliText } from "../../../src/cli/text";
import { ROOT, runCli, tempDir, writeTree } from "./run-cli";

// The CLI runs in this process, so jest's clock covers it: big inputs on a busy machine take a while.
jest.setTimeout(120_000);

const FIX = path.join(ROOT, "test/fixtures/org");
const fx = (name: string) => path.join(FIX, name);

const HEADER = "Username,Login Time,Login Subtype,Status,Application,Client Version,TLS Protocol";
const row = (user: string, day: number, status: string, subtype = "OAuth Refresh Token", client = "2.9.3", tls = "TLS 1.2") =>
  `${user},2024-03-${String(day).padStart(2, "0")}T08:00:00.000+0000,${subtype},${status},Salesforce for Outlook,${client},${tls}`;

const sfJson = (type: string, records: object[]) =>
  JSON.stringify({
    status: 0,
    result: { records: records.map((r) => ({ attributes: { type }, ...r })), totalSize: records.length, done: true },
  });

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
const inDir = (name: string) => path.join(dir, name);

describe("the text report, part by part", () => {
  it("reads the files, then the users, the causes, the tokens, the Setup changes and the files not read, a blank line between parts", async () => {
    const files = [fx("oauth-tokens.json"), fx("setup-audit-trail.json"), fx("login-history-sf.json"), fx("login-history-setup.csv")];
    const missing = path.join(FIX, "nope.csv");
    const run = await runCli(["org", ...files, missing]);
    expect(run.code).toBe(0);
    const out = run.stdout;

    // The files: the totals first (18 rows over four files, 13 of them SFO's), then one line per file.
    expect(out).toMatch(
      new RegExp(
        `^Read 4 file\\(s\\): 18 row\\(s\\), 13 of them about Salesforce for Outlook\\.\n` +
          `  ${esc(files[0])}: OAuth tokens \\(OauthToken\\), 5 row\\(s\\), 4 about SFO\n` +
          `  ${esc(files[1])}: Setup Audit Trail, 2 row\\(s\\), 1 about SFO\n` +
          `  ${esc(files[2])}: Login History, 5 row\\(s\\), 4 about SFO\n` +
          `  ${esc(files[3])}: Login History, 6 row\\(s\\), 4 about SFO\n` +
          `  login-history-setup\\.csv: 1 row\\(s\\) could not be read \\(line 7\\)\n` +
          `Dates such as 3/4/2024 were read month first \\(US style\\); no date in the files had a day above 12 in first place\\.\n` +
          `\n` +
          `Salesforce for Outlook sign-ins per user: 5 user\\(s\\), 5 failing now\\.\n` +
          `\n` +
          `0055g00000AnnaAAA\n`,
      ),
    );
    // A file read whole gets no "0 row(s) could not be read" line.
    expect(out).not.toContain("0 row(s) could not be read");
    // Every status behind a cause, comma-separated.
    expect(out).toContain(
      "0055g00000AnnaAAA\n" +
        "  latest: Failed: IP Address Not Allowed, 2024-03-04 08:12:00 UTC (failing now)\n" +
        "  ip-restricted: 2 failure(s), 2024-03-01 07:00:00 UTC to 2024-03-04 08:12:00 UTC (Failed: IP Address Not Allowed, Restricted IP): Salesforce refused the sign-in from this IP address\n" +
        "  client 2.9.3, TLS 1.2\n" +
        "0055g00000BoHolAAA\n",
    );
    // Then the tokens, the Setup changes and the file not read, each part after a blank line; nothing after.
    expect(out).toContain(
      "      1  unknown                       Logged out, for a reason the logs do not name\n" +
        "\n" +
        "Salesforce for Outlook tokens (OauthToken), 2 user(s):\n" +
        "0055g00000AnnaAAA\n" +
        "  created 2024-03-01 08:00:00 UTC, last used 2024-03-01 09:10:00 UTC, used 4 time(s)\n" +
        "  created 2024-03-02 08:05:00 UTC, last used 2024-03-02 08:55:00 UTC, used 3 time(s)\n" +
        "  created 2024-03-03 08:01:00 UTC, last used 2024-03-03 08:20:00 UTC, used 2 time(s)\n" +
        "  hint: 3 SFO tokens, created 2024-03-01 08:00:00 UTC to 2024-03-03 08:01:00 UTC, none used for longer than 1.2 h before the next one.",
    );
    expect(
      out.endsWith(
        "0055g00000DinaAAA\n" +
          "  created 2023-11-20 10:00:00 UTC, last used 2024-03-04 11:00:00 UTC, used 8123 time(s)\n" +
          "\n" +
          "Setup changes that touch Salesforce for Outlook, connected apps or OAuth policies (1):\n" +
          "  2024-02-29 15:42:10 UTC  admin@example.com  Connected Apps: Changed Refresh Token Policy Type from Infinite to Zero\n" +
          "\n" +
          "Files not read (1):\n" +
          `  ${missing} does not exist. Check the path.\n`,
      ),
    ).toBe(true);
  });

  it("starts with the files not read when no file could be read", async () => {
    const run = await runCli(["org", fx("contacts.csv")]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe(
      "Files not read (1):\n" +
        `  ${fx("contacts.csv")} is not a Login History, OauthToken or SetupAuditTrail export (its columns: First Name, Last Name, Email, Phone).\n`,
    );
  });

  it("marks a cause read from a status that only probably means it, gives the sign-in hint, and says which client or TLS is unknown", async () => {
    const file = inDir("LoginHistory.csv");
    fs.writeFileSync(
      file,
      [
        HEADER,
        row("anna@example.com", 1, "Success", "OAuth User-Agent"),
        row("anna@example.com", 2, "Success", "OAuth User-Agent"),
        row("anna@example.com", 3, "Failed: Invalid Token", "OAuth User-Agent"),
        row("bo@example.com", 3, "Restricted time", undefined, "", ""),
        row("bo@example.com", 4, "", undefined, "", "TLS 1.3"),
        row("cai@example.com", 3, "Restricted time", undefined, "2.9.1", ""),
        row("dee@example.com", 3, "Restricted IP", undefined, "", ""),
        row("eve@example.com", 3, "Restricted time", undefined, "", ""),
      ].join("\r\n"),
    );
    const out = (await runCli(["org", file])).stdout;
    expect(out).toContain(
      "anna@example.com\n" +
        "  latest: Failed: Invalid Token, 2024-03-03 08:00:00 UTC (failing now)\n" +
        "  token-revoked: 1 failure(s), 2024-03-03 08:00:00 UTC to 2024-03-03 08:00:00 UTC (Failed: Invalid Token): Salesforce for Outlook's access was revoked (probably)\n" +
        "  client 2.9.3, TLS 1.2\n" +
        "  hint: signed in to SFO 3 times (OAuth User-Agent): each sign-in makes a new token. Probably a Refresh Token Policy that expires tokens, or the tokens are being revoked.\n",
    );
    // No client and no TLS: no client line at all. Only one of them: the other is "unknown".
    expect(out).toContain(
      "dee@example.com\n" +
        "  latest: Restricted IP, 2024-03-03 08:00:00 UTC (failing now)\n" +
        "  ip-restricted: 1 failure(s), 2024-03-03 08:00:00 UTC to 2024-03-03 08:00:00 UTC (Restricted IP): Salesforce refused the sign-in from this IP address\n" +
        "cai@example.com\n",
    );
    expect(out).toContain("cai@example.com\n  latest: Restricted time, 2024-03-03 08:00:00 UTC (failing now)\n");
    expect(out).toContain("  client 2.9.1, unknown\n");
    // A sign-in with no status at all shows a dash, not an empty field.
    expect(out).toContain("bo@example.com\n  latest: —, 2024-03-04 08:00:00 UTC (failing now)\n");
    expect(out).toContain("  client unknown, TLS 1.3\n");
    // The causes by how many users they stop, most first.
    expect(out).toMatch(
      /\n\nUsers per cause of their latest failure:\n {6}2 {2}login-hours {4}Salesforce refused the sign-in outside the allowed login hours\n {6}1 {2}token-revoked {2}[^\n]+\n {6}1 {2}ip-restricted {2}[^\n]+\n {6}1 {2}unknown {8}[^\n]+\n$/,
    );
  });

  it("says so when no sign-in is Salesforce for Outlook's, or no Setup change touches it", async () => {
    writeTree(dir, {
      "browser.csv": "Username,Login Time,Status,Application\r\nx@example.com,2024-03-01T08:00:00.000+0000,Success,Browser\r\n",
      "audit.json": sfJson("SetupAuditTrail", [
        {
          CreatedDate: "2024-02-27T09:00:00.000+0000",
          CreatedBy: { Username: "admin@example.com" },
          Action: "PermSetCreate",
          Section: "Manage Users",
          Display: "Created permission set MAD",
        },
      ]),
    });
    const run = await runCli(["org", inDir("browser.csv"), inDir("audit.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /about SFO\n\nNo Salesforce for Outlook sign-ins in these files \(rows whose application is Salesforce for Outlook\)\.\n\nNo Setup change in these files touches Salesforce for Outlook, connected apps or OAuth policies\.\n$/,
    );
    expect(run.stdout).not.toContain("per user");
    expect(run.stdout).not.toContain("Users per cause");
  });

  it("gives no count of users per cause when no user is failing", async () => {
    fs.writeFileSync(inDir("ok.csv"), [HEADER, row("x@example.com", 1, "Success")].join("\r\n"));
    const out = (await runCli(["org", inDir("ok.csv")])).stdout;
    expect(out).toMatch(
      /\n\nSalesforce for Outlook sign-ins per user: 1 user\(s\), 0 failing now\.\n\nx@example\.com\n {2}latest: Success, 2024-03-01 08:00:00 UTC\n {2}client 2\.9\.3, TLS 1\.2\n$/,
    );
  });

  it("shows tokens without sign-ins: never used, an unknown use count, a Setup change with no one and no section", async () => {
    writeTree(dir, {
      "tokens.json": sfJson("OauthToken", [
        {
          UserId: "005A",
          AppName: "Salesforce for Outlook",
          CreatedDate: "2024-03-01T08:00:00.000+0000",
          LastUsedDate: "2024-03-05T08:00:00.000+0000",
          UseCount: null,
        },
        { UserId: "005B", AppName: "Salesforce for Outlook", CreatedDate: "2024-03-02T08:00:00.000+0000", LastUsedDate: null, UseCount: 0 },
      ]),
      "audit.json": sfJson("SetupAuditTrail", [
        {
          CreatedDate: "2024-03-01T10:00:00.000+0000",
          CreatedBy: null,
          Action: "changedConnectedAppRefreshTokenPolicy",
          Section: null,
          Display: "Changed Refresh Token Policy Type from Infinite to Zero",
        },
      ]),
    });
    const run = await runCli(["org", inDir("tokens.json"), inDir("audit.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /about SFO\n\nSalesforce for Outlook tokens \(OauthToken\), 2 user\(s\):\n005A\n {2}created 2024-03-01 08:00:00 UTC, last used 2024-03-05 08:00:00 UTC, used \? time\(s\)\n005B\n {2}created 2024-03-02 08:00:00 UTC, never used\n\nSetup changes that touch Salesforce for Outlook, connected apps or OAuth policies \(1\):\n {2}2024-03-01 10:00:00 UTC {2}— {2}Changed Refresh Token Policy Type from Infinite to Zero\n$/,
    );
    // No Login History among the files: no word about sign-ins.
    expect(run.stdout).not.toContain("sign-ins");

    // The same as JSON: no users, and the text is exactly JSON.stringify's.
    const json = (await runCli(["org", "--json", inDir("tokens.json")])).stdout;
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    expect(JSON.parse(json).users).toEqual([]);
  });

  it("names the first 20 unreadable rows of a file and says there are more", async () => {
    const lines = [HEADER, row("x@example.com", 1, "Success")];
    for (let i = 0; i < 25; i++) lines.push(row("x@example.com", 1, "Success").replace("2024-03-01T08:00:00.000+0000", "not a date"));
    fs.writeFileSync(inDir("LoginHistory.csv"), lines.join("\r\n"));
    const out = (await runCli(["org", inDir("LoginHistory.csv")])).stdout;
    const listed = Array.from({ length: 20 }, (_, i) => i + 3).join(", ");
    expect(out).toContain(`\n  LoginHistory.csv: 25 row(s) could not be read (line ${listed}, …)\n`);
  });
});

describe("numbers in the reader's language", () => {
  // 1,200 users who each signed in once.
  const big = () => {
    const lines = [HEADER];
    for (let u = 0; u < 1200; u++) lines.push(row(`u${u}@example.com`, 1, "Success"));
    fs.writeFileSync(inDir("LoginHistory.csv"), lines.join("\r\n"));
    return inDir("LoginHistory.csv");
  };

  it("groups thousands as English, Danish and German readers write them", async () => {
    const file = big();
    const en = (await runCli(["org", file])).stdout;
    expect(en.slice(0, 200)).toMatch(/^Read 1 file\(s\): 1,200 row\(s\), 1,200 of them about Salesforce for Outlook\./);
    expect(en.slice(0, 300)).toContain("\n\nSalesforce for Outlook sign-ins per user: 1,200 user(s), 0 failing now.\n\n");
    const da = (await runCli(["org", "--lang", "da", file])).stdout;
    expect(da.split("\n")[0]).toMatch(/^Læste 1 fil\(er\): 1\.200 række\(r\), heraf 1\.200 om Salesforce for Outlook\./);
    // In German 1,200 reads as one point two.
    const de = (await runCli(["org", "--lang", "de", file])).stdout;
    expect(de.split("\n")[0]).toMatch(/^1 Datei\(en\) gelesen: 1\.200 Zeile\(n\), davon 1\.200 zu Salesforce for Outlook\./);
    const nl = (await runCli(["org", "--lang", "nl", file])).stdout;
    expect(nl.split("\n")[0]).toMatch(/^1 bestand\(en\) gelezen: 1\.200 rij\(en\), waarvan 1\.200 over Salesforce for Outlook\./);
  });
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the files a path names", () => {
  it("reads the exports directly inside a folder, in name order, leaving out hidden files and subfolders", async () => {
    // In the order of their UTF-16 code units, as JavaScript sorts them (a full-width Ｚ after an emoji),
    // the same on every system.
    const names = ["a-logins.csv", "b-tokens.json", "c-logins.csv", "\u{1F600}-logins.csv", "\uFF3A-logins.csv"];
    for (const name of names)
      fs.writeFileSync(inDir(name), fs.readFileSync(fx(name.endsWith(".json") ? "oauth-tokens.json" : "login-history-sf.csv")));
    writeTree(dir, { ".hidden.csv": "not an export", "older/LoginHistory.csv": fs.readFileSync(fx("login-history-setup.csv")) });
    const run = await runCli(["org", "--json", dir, inDir("a-logins.csv")]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    // A file named twice (inside the folder and by itself) is read once.
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(names.map(inDir));
    expect(report.problems).toEqual([]);
    expect(run.stderr).toBe("");
  });

  it("names what cannot be read, and still reads the rest", async () => {
    writeTree(dir, { "ok.csv": fs.readFileSync(fx("login-history-sf.csv")) });
    fs.symlinkSync(inDir("loop-b"), inDir("loop-a"));
    fs.symlinkSync(inDir("loop-a"), inDir("loop-b"));
    const through = path.join(inDir("ok.csv"), "LoginHistory.csv");
    const run = await runCli(["org", "--json", inDir("loop-a"), through, inDir("ok.csv")]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.files).toHaveLength(1);
    expect(report.problems).toEqual([
      { file: inDir("loop-a"), reason: "unreadable", detail: "ELOOP" },
      { file: through, reason: "missing", detail: "" },
    ]);
    expect(run.stderr).toBe(
      `sfo-doctor: ${inDir("loop-a")} cannot be read (ELOOP). Check that you may read it, then try again.\n` +
        `sfo-doctor: ${through} does not exist. Check the path.\n`,
    );
  });

  it("takes a file for GZIP only when both of its first bytes say so", async () => {
    const csv = "Username,Login Time,Status,Application\r\nx@example.com,2024-03-01T08:00:00.000+0000,Success,Salesforce for Outlook\r\n";
    writeTree(dir, {
      // A stray control character first: 0x1f, then text.
      "unit-separator.csv": `\x1f${csv}`,
      // "ċ" is C4 8B in UTF-8: its second byte is GZIP's.
      "dotted.csv": `ċ${csv}`,
      "LoginHistory.csv.gz": gzipSync(csv),
      "broken.gz": Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from("not really GZIP at all")]),
    });
    const names = ["unit-separator.csv", "dotted.csv", "LoginHistory.csv.gz", "broken.gz"];
    const run = await runCli(["org", "--json", ...names.map(inDir)]);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { file: string; sfoRows: number }) => [path.basename(f.file), f.sfoRows])).toEqual([
      ["unit-separator.csv", 1],
      ["dotted.csv", 1],
      ["LoginHistory.csv.gz", 1],
    ]);
    expect(report.problems).toEqual([{ file: inDir("broken.gz"), reason: "gzip-bad", detail: "" }]);
    expect(run.stderr).toContain("broken.gz is not a valid GZIP file. Download it again, or unzip it yourself.");
  });

  it("leaves no file open after reading text, GZIP and broken exports", async () => {
    if (!fs.existsSync("/proc/self/fd")) return; // Linux shows a process's open files there
    const csv = fs.readFileSync(fx("login-history-sf.csv"));
    writeTree(dir, {
      "a.csv": csv,
      "b.csv.gz": gzipSync(csv),
      "c.gz": gzipSync(csv).subarray(0, 40),
      "d.gz": Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(64, 7)]),
      "e.csv": "",
    });
    // The files this process holds open that are in the folder of exports.
    const openExports = () =>
      fs.readdirSync("/proc/self/fd").flatMap((fd) => {
        try {
          const target = fs.readlinkSync(path.join("/proc/self/fd", fd));
          return target.startsWith(dir) ? [target] : [];
        } catch {
          return []; // closed while listed (the listing's own handle)
        }
      });
    for (let i = 0; i < 3; i++) {
      const run = await runCli(["org", "--json", dir]);
      expect(JSON.parse(run.stdout).problems.map((p: { reason: string }) => p.reason)).toEqual(["gzip-truncated", "gzip-bad", "empty"]);
    }
    expect(openExports()).toEqual([]);
  });
});

describe("for machines", () => {
  it("writes JSON that is exactly JSON.stringify(report, null, 2), with problems, tokens and Setup changes", async () => {
    const run = await runCli([
      "org",
      "--json",
      fx("login-history-sf.json"),
      fx("oauth-tokens.json"),
      fx("setup-audit-trail.json"),
      fx("contacts.csv"),
      path.join(FIX, "nope.csv"),
    ]);
    const report = JSON.parse(run.stdout);
    expect(report.problems).toHaveLength(2);
    expect(report.tokens).toHaveLength(2);
    expect(report.audit).toHaveLength(1);
    expect(run.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it("prints the queries with their comments, a blank line after each, and the command that reads their files", async () => {
    const run = await runCli(["org", "--print-queries"]);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "# Run these with the Salesforce CLI (sf), logged in as an admin who may read all users' tokens (Customize Application), then give the files to sfo-doctor org.",
      "",
      expect.stringMatching(/^# Login History of the last 30 days\. SOQL cannot filter on Application or Status/),
    ]);
    expect(lines[3]).toMatch(/^sf data query .*FROM LoginHistory WHERE LoginTime = LAST_N_DAYS:30"/);
    expect(lines.slice(4, 6)).toEqual(["", "# Everyone's Salesforce for Outlook tokens: created, last used, use count."]);
    expect(lines.slice(7, 9)).toEqual([
      "",
      "# Setup changes of the last 30 days (Salesforce keeps 180), to see who changed a policy and when.",
    ]);
    expect(lines[9]).toMatch(/FROM SetupAuditTrail WHERE CreatedDate = LAST_N_DAYS:30 /);
    expect(lines.slice(10)).toEqual(["", "# Then:", "sfo-doctor org login-history.csv oauth-tokens.json setup-audit-trail.json", ""]);
  });
});

describe("progress and output for big exports", () => {
  it("counts the bytes on disk, text and GZIP alike, up to their total", async () => {
    const rows = [HEADER];
    for (let u = 0; u < 4000; u++) rows.push(row(`user${u}@example.com`, 1 + (u % 9), "Success"));
    const text = rows.join("\r\n");
    writeTree(dir, { "a.csv": fs.readFileSync(fx("login-history-sf.csv")), "b.csv.gz": gzipSync(text) });
    const total = fs.statSync(inDir("a.csv")).size + fs.statSync(inDir("b.csv.gz")).size;
    // More than one chunk of unpacked text (256 KiB), from a file much smaller than that.
    expect(text.length).toBeGreaterThan(300 * 1024);
    const seen: Array<[number, number]> = [];
    const run = await readOrgExports([dir], (done, all) => seen.push([done, all]));
    expect([...run.users()]).toHaveLength(4003);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every(([, all]) => all === total)).toBe(true);
    expect(seen.every(([done], i) => done > 0 && (i === 0 || done >= seen[i - 1][0]))).toBe(true);
    expect(seen.at(-1)).toEqual([total, total]);
  });

  it("draws a byte bar at most every 100 ms, always its last state, then clears it", () => {
    const written: string[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => (written.push(String(chunk)), done()) });
    let now = 1_000_000;
    const clock = jest.spyOn(Date, "now").mockImplementation(() => now);
    try {
      const MB = 1024 * 1024;
      const bar = byteProgressBar(stream, cliText("en"));
      bar(50 * MB, 100 * MB);
      expect(written).toEqual([`\r[${"#".repeat(15)}${".".repeat(15)}] 50/100 MB`]);
      now += 99;
      bar(60 * MB, 100 * MB);
      expect(written).toHaveLength(1);
      now += 1;
      bar(61 * MB, 100 * MB);
      expect(written.at(-1)).toBe(`\r[${"#".repeat(18)}${".".repeat(12)}] 61/100 MB`);
      bar(100 * MB, 100 * MB);
      expect(written.slice(-2)).toEqual([`\r[${"#".repeat(30)}] 100/100 MB`, "\r\u001b[K"]);
      written.length = 0;
      // Nothing to read at all: a full bar, not an empty one.
      byteProgressBar(stream, cliText("en"))(0, 0);
      expect(written).toEqual([`\r[${"#".repeat(30)}] 0/0 MB`, "\r\u001b[K"]);
    } finally {
      clock.mockRestore();
    }
  });

  it("writes to a slow pipe in 64 KiB batches, waiting for it to drain before the next", async () => {
    const writes: number[] = [];
    let unwritten = 0;
    let mostUnwritten = 0;
    // A pipe that takes its time and holds 16 KiB before it asks the writer to wait.
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write: (chunk: Buffer, _enc, done) => {
        writes.push(chunk.length);
        setImmediate(done);
      },
    });
    const write = slow.write.bind(slow);
    slow.write = ((text: string) => {
      unwritten = slow.writableLength;
      mostUnwritten = Math.max(mostUnwritten, unwritten);
      return write(text);
    }) as typeof slow.write;
    const pieces = Array.from({ length: 200 }, (_, i) => String(i % 10).repeat(1024));
    await writePieces(slow, pieces);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(writes).toEqual([65536, 65536, 65536, 8192]);
    // Each batch went out only once the one before it had been taken.
    expect(mostUnwritten).toBe(0);

    // Exactly two batches' worth: no third, empty write.
    const sizes: number[] = [];
    const quick = new Writable({ write: (chunk: Buffer, _enc, done) => (sizes.push(chunk.length), done()) });
    await writePieces(quick, pieces.slice(0, 128));
    expect(sizes).toEqual([65536, 65536]);
  });
});
