// The built CLI, run as a child process on the seed logs from the article.
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { buildCli, expectOneLineError, ROOT, runCli, SEED_ADDIN, SEED_TRACE, tempDir, writeTree } from "./run-cli";

beforeAll(buildCli);

describe("sfo-doctor diagnose", () => {
  it("finds the seed's cause: logged out, refresh token expired, side-panel key oauthPolicy, evidence by file and line", () => {
    const run = runCli(["diagnose", "--json", SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    const d = JSON.parse(run.stdout);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.sidePanel.detailKey).toBe("oauthPolicy");
    expect(d.evidence).toContainEqual(expect.objectContaining({ file: SEED_TRACE, line: 1, message: expect.stringContaining("token validity expired") }));
    expect(d.files.map((f: { path: string }) => f.path)).toEqual([SEED_TRACE, SEED_ADDIN]);
  });

  it("reads the SFO logs of a folder, whatever their case, including roll-overs, and skips other files", () => {
    const dir = tempDir();
    writeTree(dir, { "TRACE.LOG": fs.readFileSync(SEED_TRACE), "addintrace.log": fs.readFileSync(SEED_ADDIN), "Trace.log.1": fs.readFileSync(SEED_TRACE), "readme.txt": "not a log" });
    const d = JSON.parse(runCli(["diagnose", "--json", dir]).stdout);
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.files.map((f: { path: string }) => path.basename(f.path)).sort()).toEqual(["TRACE.LOG", "Trace.log.1", "addintrace.log"]);
    fs.rmSync(dir, { recursive: true });
  });

  it("reads stdin for -", () => {
    const run = runCli(["diagnose", "--json", "-"], { input: fs.readFileSync(SEED_TRACE) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).cause).toBe("refresh-token-expired");
  });

  it("tells an admin in English what happened, who fixes it and where the evidence is", () => {
    const run = runCli(["diagnose", SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Status: logged out");
    expect(run.stdout).toContain("refresh-token-expired");
    expect(run.stdout).toContain("Who fixes it: the Salesforce admin");
    expect(run.stdout).toContain("Steps in Lightning Experience:");
    expect(run.stdout).toContain(`${SEED_TRACE}:1`);
    expect(run.stdout).toContain("Detail key oauthPolicy stands for the cause refresh-token-expired");
  });

  it("says the same in Danish with --lang da, and with a Danish LANG", () => {
    const run = runCli(["diagnose", "--lang", "da", SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Status: logget ud");
    expect(run.stdout).toContain("Hvem retter det: Salesforce-administratoren");
    expect(run.stdout).toContain("Beviser:");
    expect(run.stdout).toContain(`${SEED_TRACE}:1`);
    expect(run.stdout).not.toContain("Who fixes it");
    expect(runCli(["diagnose", SEED_TRACE], { env: { LANG: "da_DK.UTF-8" } }).stdout).toContain("Status: logget ud");
  });

  it("never lets a log line drive the terminal: escape sequences are printed harmless", () => {
    const dir = tempDir();
    const evil = "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired \u001b]0;pwned\u0007\u001b[2J\r\n";
    writeTree(dir, { "Trace.log": evil + fs.readFileSync(SEED_TRACE, "utf8") });
    const run = runCli(["diagnose", path.join(dir, "Trace.log")]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).not.toContain("\u0007");
    fs.rmSync(dir, { recursive: true });
  });

  it("stays quiet when its reader goes away early (piping into head)", () => {
    const r = spawnSync("bash", ["-c", `node bin/sfo-doctor.js diagnose "${SEED_TRACE}" "${SEED_ADDIN}" | true; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("sfo-doctor on input it cannot diagnose: exit 3, one line naming the file, no stack trace", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      "empty/Trace.log": "",
      "binary.log": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 255, 254, 0, 9].concat(Array(4000).fill(0))),
      "novel.txt": "It was a dark and stormy night.\r\nThe logs were silent.\r\n",
      "no-logs/readme.txt": "nothing here",
      "users/alice/Trace.log": fs.readFileSync(SEED_TRACE),
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  const cases: [string, () => string[], string][] = [
    ["an empty file", () => ["diagnose", path.join(dir, "empty/Trace.log")], "is empty"],
    ["a folder whose only log is empty", () => ["diagnose", path.join(dir, "empty")], "is empty"],
    ["a binary file", () => ["diagnose", path.join(dir, "binary.log")], "binary"],
    ["a text that is not an SFO log", () => ["diagnose", path.join(dir, "novel.txt")], "not a Salesforce for Outlook log"],
    ["a missing file", () => ["diagnose", path.join(dir, "nowhere/Trace.log")], "does not exist"],
    ["a folder with no SFO logs", () => ["diagnose", path.join(dir, "no-logs")], "no SFO logs"],
    ["report on a missing file", () => ["report", path.join(dir, "nowhere.log")], "does not exist"],
    ["scan on a file instead of a folder", () => ["scan", path.join(dir, "novel.txt")], "a file where a folder was expected"],
    ["scan on a tree without SFO logs", () => ["scan", path.join(dir, "no-logs")], "no SFO logs"],
  ];
  it.each(cases)("%s", (_name, args, reason) => {
    const run = runCli(args());
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    const target = args()[args().length - 1];
    expectOneLineError(run.stderr, target);
    expect(run.stderr).toContain(reason);
  });

  it("says it in Danish too", () => {
    const run = runCli(["diagnose", "--lang", "da", path.join(dir, "empty/Trace.log")]);
    expect(run.code).toBe(3);
    expectOneLineError(run.stderr, "er tom");
  });

  it("an empty stdin is named as stdin", () => {
    const run = runCli(["diagnose", "-"], { input: "" });
    expect(run.code).toBe(3);
    expectOneLineError(run.stderr, "stdin");
  });
});

describe("sfo-doctor usage", () => {
  it("prints usage and exits 0 for --help, and the package version for --version", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("sfo-doctor diagnose [--json]");
    expect(help.stdout).toContain("sfo-doctor scan");
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(runCli(["--version"]).stdout.trim()).toBe(version);
  });

  it.each([[[]], [["cure"]], [["diagnose", "--csv", "x"]], [["diagnose"]], [["scan"]]])("exits 2 with a short usage line for %j", (args) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: sfo-doctor/);
    expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
