// sfo-doctor on the seed logs from the article: in process, and built as a child process where the packaging matters.
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { buildCli, expectOneLineError, ROOT, runBuiltCli, runCli, SEED_ADDIN, SEED_TRACE, tempDir, writeTree } from "./run-cli";

// The CLI runs in this process, so jest's clock covers it: big inputs on a busy machine take a while.
jest.setTimeout(120_000);

beforeAll(buildCli);

describe("sfo-doctor diagnose", () => {
  it("finds the seed's cause: logged out, refresh token expired, side-panel key oauthPolicy, evidence by file and line", async () => {
    const run = await runCli(["diagnose", "--json", SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    const d = JSON.parse(run.stdout);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.sidePanel.detailKey).toBe("oauthPolicy");
    expect(d.evidence).toContainEqual(
      expect.objectContaining({ file: SEED_TRACE, line: 1, message: expect.stringContaining("token validity expired") }),
    );
    expect(d.files.map((f: { path: string }) => f.path)).toEqual([SEED_TRACE, SEED_ADDIN]);
  });

  it("reads the SFO logs of a folder, whatever their case, including roll-overs, and skips other files", async () => {
    const dir = tempDir();
    writeTree(dir, {
      "TRACE.LOG": fs.readFileSync(SEED_TRACE),
      "addintrace.log": fs.readFileSync(SEED_ADDIN),
      "Trace.log.1": fs.readFileSync(SEED_TRACE),
      "readme.txt": "not a log",
    });
    const d = JSON.parse((await runCli(["diagnose", "--json", dir])).stdout);
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.files.map((f: { path: string }) => path.basename(f.path)).sort()).toEqual(["TRACE.LOG", "Trace.log.1", "addintrace.log"]);
    fs.rmSync(dir, { recursive: true });
  });

  it("reads stdin for -", async () => {
    const run = await runCli(["diagnose", "--json", "-"], { input: fs.readFileSync(SEED_TRACE) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).cause).toBe("refresh-token-expired");
  });

  it("tells an admin in English what happened, who fixes it and where the evidence is", async () => {
    const run = await runCli(["diagnose", SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Status: logged out");
    expect(run.stdout).toContain("refresh-token-expired");
    expect(run.stdout).toContain("Who fixes it: the Salesforce admin");
    expect(run.stdout).toContain("Steps in Lightning Experience:");
    expect(run.stdout).toContain(`${SEED_TRACE}:1`);
    expect(run.stdout).toContain("Detail key oauthPolicy stands for the cause refresh-token-expired");
  });

  it("says the same in Danish with --lang da, and with a Danish LANG", async () => {
    const run = await runCli(["diagnose", "--lang", "da", SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Status: logget ud");
    expect(run.stdout).toContain("Hvem retter det: Salesforce-administratoren");
    expect(run.stdout).toContain("Beviser:");
    expect(run.stdout).toContain(`${SEED_TRACE}:1`);
    expect(run.stdout).not.toContain("Who fixes it");
    expect((await runCli(["diagnose", SEED_TRACE], { env: { LANG: "da_DK.UTF-8" } })).stdout).toContain("Status: logget ud");
  });

  it("never lets a log line drive the terminal: escape sequences are printed harmless", async () => {
    const dir = tempDir();
    const evil =
      "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired \u001b]0;pwned\u0007\u001b[2J\r\n";
    writeTree(dir, { "Trace.log": evil + fs.readFileSync(SEED_TRACE, "utf8") });
    const run = await runCli(["diagnose", path.join(dir, "Trace.log")]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).not.toContain("\u0007");
    fs.rmSync(dir, { recursive: true });
  });

  it("works as built and installed: bin/sfo-doctor.js diagnoses the seed's logs", () => {
    const run = runBuiltCli(["diagnose", "--json", SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).status).toBe("logged-out");
  });

  it("stays quiet when its reader goes away early (piping into head)", async () => {
    const r = spawnSync("bash", ["-c", `node bin/sfo-doctor.js diagnose "${SEED_TRACE}" "${SEED_ADDIN}" | true; exit \${PIPESTATUS[0]}`], {
      cwd: ROOT,
      encoding: "utf8",
    });
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
    [
      "a text that is not an SFO log",
      () => ["diagnose", path.join(dir, "novel.txt")],
      "no Salesforce for Outlook log line and nothing the doctor knows",
    ],
    ["a missing file", () => ["diagnose", path.join(dir, "nowhere/Trace.log")], "does not exist"],
    ["a folder with no SFO logs", () => ["diagnose", path.join(dir, "no-logs")], "no SFO logs"],
    ["report on a missing file", () => ["report", path.join(dir, "nowhere.log")], "does not exist"],
    ["scan on a file instead of a folder", () => ["scan", path.join(dir, "novel.txt")], "a file where a folder was expected"],
    ["scan on a tree without SFO logs", () => ["scan", path.join(dir, "no-logs")], "no SFO logs"],
  ];
  it.each(cases)("%s", async (_name, args, reason) => {
    const run = await runCli(args());
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    const target = args()[args().length - 1];
    expectOneLineError(run.stderr, target);
    expect(run.stderr).toContain(reason);
  });

  it("says it in Danish too", async () => {
    const run = await runCli(["diagnose", "--lang", "da", path.join(dir, "empty/Trace.log")]);
    expect(run.code).toBe(3);
    expectOneLineError(run.stderr, "er tom");
  });

  it("an empty stdin is named as stdin", async () => {
    const run = await runCli(["diagnose", "-"], { input: "" });
    expect(run.code).toBe(3);
    expectOneLineError(run.stderr, "stdin");
  });
});

describe("sfo-doctor usage", () => {
  it("prints usage and exits 0 for --help, and the package version for --version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("sfo-doctor diagnose [--json]");
    expect(help.stdout).toContain("sfo-doctor scan");
    // Every language the CLI speaks is named in its help (it once said en|da while 18 were there).
    expect(help.stdout).toContain("--lang en|da|de|es|es-MX|fi|fr|it|ja|ko|nl|no|pt-BR|ru|sv|th|zh-CN|zh-TW");
    expect((await runCli(["--help", "--lang", "de"])).stdout).toContain("--lang en|da|de|");
    // The version is stamped into the bundle when it is built: ask the built CLI.
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(runBuiltCli(["--version"]).stdout.trim()).toBe(version);
  });

  it.each([[[]], [["cure"]], [["diagnose", "--csv", "x"]], [["diagnose"]], [["scan"]]])(
    "exits 2 with a short usage line for %j",
    async (args) => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/usage: sfo-doctor/);
      expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    },
  );
});

describe("sfo-doctor --lang", () => {
  it.each(["pl", "xx"])("exits 2 for --lang %s with one line that names the languages it speaks", async (lang) => {
    const run = await runCli(["diagnose", "--lang", lang, SEED_TRACE]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLineError(run.stderr, lang);
    expect(run.stderr).toContain("en, da, de");
  });

  it("takes regional tags of its languages: da-DK speaks Danish, en_US English", async () => {
    expect((await runCli(["diagnose", "--lang", "da-DK", SEED_TRACE])).stdout).toContain("Status: logget ud");
    expect((await runCli(["diagnose", "--lang=en_US", SEED_TRACE])).stdout).toContain("Status: logged out");
  });

  it("falls back to English without a word when LANG is a language it does not speak", async () => {
    const run = await runCli(["diagnose", SEED_TRACE], { env: { LANG: "tr_TR.UTF-8" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Status: logged out");
    expect(run.stderr).toBe("");
    // French is one of the 18: a French LANG gets French.
    expect((await runCli(["diagnose", SEED_TRACE], { env: { LANG: "fr_FR.UTF-8" } })).stdout).toMatch(/État\s:\sdéconnecté/);
    // Each language places its own space before "(since …)": none before a full-width bracket.
    expect((await runCli(["diagnose", "--lang", "zh-CN", SEED_TRACE])).stdout.split("\n")[0]).toMatch(/已注销（自 /);
  });
});

describe("sfo-doctor diagnose reads each file once", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, { "logs/Trace.log": fs.readFileSync(SEED_TRACE), "logs/AddinTrace.log": fs.readFileSync(SEED_ADDIN) });
    fs.symlinkSync(path.join(dir, "logs"), path.join(dir, "alias"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  const filesOf = async (args: string[]) =>
    JSON.parse((await runCli(["diagnose", "--json", ...args])).stdout)
      .files.map((f: { path: string }) => path.basename(f.path))
      .sort();

  it("when the same file is given twice, or under another path to it", async () => {
    const trace = path.join(dir, "logs/Trace.log");
    expect(await filesOf([trace, trace])).toEqual(["Trace.log"]);
    expect(await filesOf([trace, path.join(dir, "alias/Trace.log")])).toEqual(["Trace.log"]);
    const run = await runCli(["diagnose", trace, trace]);
    expect(run.stdout).toContain("Read 1 file, ");
  });

  it("when a file is given once directly and once through its folder", async () => {
    expect(await filesOf([path.join(dir, "logs/Trace.log"), path.join(dir, "logs")])).toEqual(["AddinTrace.log", "Trace.log"]);
    expect(await filesOf([path.join(dir, "logs"), path.join(dir, "alias")])).toEqual(["AddinTrace.log", "Trace.log"]);
  });

  it("reads renamed copies of SFO logs in a folder: Trace (1).log, AddinTrace.log.txt", async () => {
    const renamed = tempDir();
    writeTree(renamed, {
      "Trace (1).log": fs.readFileSync(SEED_TRACE),
      "AddinTrace.log.txt": fs.readFileSync(SEED_ADDIN),
      "notes.txt": "not a log",
    });
    const d = JSON.parse((await runCli(["diagnose", "--json", renamed])).stdout);
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.files.map((f: { path: string }) => path.basename(f.path)).sort()).toEqual(["AddinTrace.log.txt", "Trace (1).log"]);
    fs.rmSync(renamed, { recursive: true });
  });
});

describe("sfo-doctor diagnose on a log-out that is over", () => {
  const recovered = path.join(ROOT, "test/fixtures/episodes/recovered-Trace.log");

  it("says SFO is connected now, when it happened and why, and frames the steps as prevention", async () => {
    const run = await runCli(["diagnose", recovered]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Status: connected\n/);
    expect(run.stdout).toContain("SFO is connected now");
    expect(run.stdout).toMatch(/It happened before: .*2024-03-04T10:18:55\.635.*2024-03-04T10:40:00\.001/);
    expect(run.stdout).toContain("refresh-token-expired");
    expect(run.stdout).toContain("To keep it from happening again, in Lightning Experience:");
    expect(run.stdout).not.toContain("Steps in Lightning Experience:");
    expect(run.stdout).not.toContain("Who fixes it");
  });

  it("says the same in Danish", async () => {
    const run = await runCli(["diagnose", "--lang", "da", recovered]);
    expect(run.stdout).toContain("SFO er forbundet nu");
    expect(run.stdout).toMatch(/Det skete tidligere: .*2024-03-04T10:18:55\.635/);
    expect(run.stdout).not.toContain("Trin i Lightning Experience:");
  });

  it("lists every episode when the logs hold more than one: the proxy outage and the later log-out", async () => {
    const run = await runCli(["diagnose", path.join(ROOT, "test/fixtures/multi")]);
    expect(run.stdout).toContain("Episodes in the logs:");
    expect(run.stdout).toMatch(/2024-03-01T09:05:55\.635 .*2024-03-01T09:30:00\.001.*proxy-or-network/);
    expect(run.stdout).toMatch(/2024-03-04T15:18:55\.635 .*refresh-token-expired/);
    expect((await runCli(["diagnose", SEED_TRACE])).stdout).not.toContain("Episodes in the logs:");
  });
});

describe("sfo-doctor diagnose when the logs name no cause", () => {
  it("gives no percentage for the cause unknown, in text, but keeps it in JSON", async () => {
    const log = path.join(ROOT, "test/fixtures/causes/unknown-collapsed.log");
    const run = await runCli(["diagnose", log]);
    expect(run.stdout).toMatch(/^Cause: .*\[unknown\]$/m);
    expect(run.stdout).not.toMatch(/unknown[^\n]*%/);
    expect(JSON.parse((await runCli(["diagnose", "--json", log])).stdout).candidates[0]).toMatchObject({
      id: "unknown",
      confidence: expect.any(Number),
    });
  });
});
