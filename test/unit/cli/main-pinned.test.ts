// sfo-doctor's entry as a user meets it: the version, skipped logs named on stderr, Windows without an SFO
// log folder, panel reading stdin however it arrives, org's extras, and the one line of an unexpected failure.
import * as fs from "node:fs";
import * as path from "node:path";
import { Readable, Writable } from "node:stream";
import { main, runCli as runInProcess } from "../../../src/cli/main";
import { buildCli, ROOT, runBuiltCli, runCli, SEED_ADDIN, SEED_TRACE, tempDir, writeTree } from "./run-cli";

jest.setTimeout(60_000);

const seedUrlLine = fs.readFileSync(SEED_ADDIN, "utf8").split("\r\n")[0];

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (chunks.push(Buffer.from(chunk)), done()) });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** Runs sfo-doctor in this process with a stdin and a platform of the test's choosing. */
async function runWith(
  args: string[],
  options: { stdin?: NodeJS.ReadableStream; platform?: NodeJS.Platform; env?: Record<string, string> } = {},
) {
  const stdout = sink();
  const stderr = sink();
  const code = await runInProcess(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: options.stdin ?? Readable.from([]),
    env: { LANG: "C", ...options.env },
    platform: options.platform ?? "linux",
    scanWorker: path.join(ROOT, "lib/scan-worker.js"),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("sfo-doctor --version", () => {
  const g = globalThis as { SFO_DOCTOR_VERSION?: string };
  afterEach(() => delete g.SFO_DOCTOR_VERSION);

  it("prints the version the build stamped in, and 0.0.0 when run from the sources", async () => {
    g.SFO_DOCTOR_VERSION = "4.5.6";
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: "4.5.6\n", stderr: "" });
    delete g.SFO_DOCTOR_VERSION;
    expect(await runCli(["-V"])).toEqual({ code: 0, stdout: "0.0.0\n", stderr: "" });
  });
});

describe("sfo-doctor diagnose, around the logs it reads", () => {
  it("names a log of a folder it had to skip on stderr, and diagnoses the rest", async () => {
    const folder = path.join(dir, "one-empty");
    writeTree(folder, { "Trace.log": fs.readFileSync(SEED_TRACE), "AddinTrace.log": "" });
    const run = await runCli(["diagnose", "--json", folder]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).cause).toBe("refresh-token-expired");
    expect(run.stderr).toBe(
      `sfo-doctor: ${path.join(folder, "AddinTrace.log")} is empty: SFO has not written to it yet. Reproduce the log-out, then run sfo-doctor on the log again.\n`,
    );
  });

  it("on Windows without a path or an SFO log folder, says where it looked (exit 3)", async () => {
    const run = await runWith(["diagnose"], { platform: "win32", env: { APPDATA: path.join(dir, "no-such-appdata") } });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^sfo-doctor: no SFO log folder found at %AppData%\\salesforce\.com\\Salesforce for Outlook\\\. Give the log folder/,
    );
  });

  it("on Windows without a path, diagnoses the logs in %AppData%'s SFO folder", async () => {
    // The folder is joined the Windows way (AppData\\salesforce.com\\Salesforce for Outlook); on this test's
    // system that is one folder name, found relative to the current folder.
    const here = path.join(dir, "windows");
    writeTree(here, {
      [`${path.win32.join("AppData", "salesforce.com", "Salesforce for Outlook")}/Trace.log`]: fs.readFileSync(SEED_TRACE),
    });
    const cwd = process.cwd();
    process.chdir(here);
    try {
      const run = await runWith(["diagnose", "--json"], { platform: "win32", env: { APPDATA: "AppData" } });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).cause).toBe("refresh-token-expired");
    } finally {
      process.chdir(cwd);
    }
  });

  it("keeps personal data with --no-redact in its output, and removes it without", async () => {
    const file = path.join(dir, "planted", "Trace.log");
    writeTree(path.dirname(file), {
      "Trace.log":
        fs.readFileSync(SEED_TRACE, "utf8") +
        "2015-04-24 15:22:00,001 [3364] ERROR sfdcsession LogOn failed with exception - token validity expired for jane.doe@example.com\r\n",
    });
    expect((await runCli(["diagnose", "--no-redact", file])).stdout).toContain("jane.doe@example.com");
    expect((await runCli(["diagnose", file])).stdout).not.toContain("jane.doe@example.com");
  });

  it("answers an unexpected failure with one line and exit 1, and with JSON when JSON was asked for", async () => {
    const failing = () =>
      new Readable({
        read() {
          this.destroy(new Error("the pipe broke\n    at somewhere (x.js:1:1)"));
        },
      });
    const text = await runWith(["diagnose", "-"], { stdin: failing() });
    expect(text).toEqual({
      code: 1,
      stdout: "",
      stderr: "sfo-doctor: unexpected error: the pipe broke. Please report it with the command you ran.\n",
    });
    const json = await runWith(["diagnose", "--json", "-"], { stdin: failing() });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        exitCode: 1,
        reason: "unexpected",
        file: null,
        message: "unexpected error: the pipe broke. Please report it with the command you ran.",
      },
    });
  });
});

describe("sfo-doctor panel - reads the URL from stdin", () => {
  const decoded = (run: { code: number | null; stdout: string }) => {
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as { detailKey: string; cause: string };
  };

  it("as bytes, with the newline the shell adds", async () => {
    expect(decoded(await runCli(["panel", "--json", "-"], { input: `${seedUrlLine}\r\n` }))).toMatchObject({
      detailKey: "oauthPolicy",
      cause: "refresh-token-expired",
    });
  });

  it("in several chunks, and as text rather than bytes", async () => {
    const half = Math.floor(seedUrlLine.length / 2);
    const parts = [seedUrlLine.slice(0, half), seedUrlLine.slice(half), "\n"];
    expect(decoded(await runWith(["panel", "--json", "-"], { stdin: Readable.from(parts.map((p) => Buffer.from(p))) })).detailKey).toBe(
      "oauthPolicy",
    );
    expect(decoded(await runWith(["panel", "--json", "-"], { stdin: Readable.from(parts) })).detailKey).toBe("oauthPolicy");
  });

  it("stops reading an endless stdin after 1 MiB and says it is no side-panel URL", async () => {
    let given = 0;
    const endless = new Readable({
      read() {
        given += 64 * 1024;
        // A safety stop, so that a CLI that reads on cannot hang the test.
        this.push(given > 8 * 1024 * 1024 ? null : Buffer.alloc(64 * 1024, "a"));
      },
    });
    const run = await runWith(["panel", "-"], { stdin: endless });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^sfo-doctor: "a{79}…" is not a side-panel URL/);
    expect(given).toBeLessThan(2 * 1024 * 1024);
  });

  it("reads stdin for a lone -, even when a file named - lies in the current folder", async () => {
    const here = path.join(dir, "dash");
    writeTree(here, { "-": `${seedUrlLine.replace("<<Unknown Label:oauthPolicy>>", "<<Unknown Label:tokenRevoked>>")}\r\n` });
    const cwd = process.cwd();
    process.chdir(here);
    try {
      const run = await runCli(["panel", "--json", "-"], { input: `${seedUrlLine}\n` });
      expect(decoded(run).detailKey).toBe("oauthPolicy");
    } finally {
      process.chdir(cwd);
    }
  });

  it("takes a - among other words as a word of the URL, not as stdin", async () => {
    const run = await runCli(["panel", "-", "x"], { input: `${seedUrlLine}\n` });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^sfo-doctor: "- x" is not a side-panel URL/);
  });
});

describe("sfo-doctor org, around its report", () => {
  const FIX = path.join(ROOT, "test/fixtures/org");

  it("prints the queries and then reads the exports given with them", async () => {
    const run = await runCli(["org", "--print-queries", path.join(FIX, "login-history-sf.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# /);
    expect(run.stdout).toContain("sfo-doctor org ");
    expect(run.stdout).toContain("0055g00000AnnaAAA\n  latest: Failed: IP Address Not Allowed");
  });

  it("names a bad export in its text report only, not again on stderr", async () => {
    const run = await runCli(["org", path.join(FIX, "login-history-sf.json"), path.join(FIX, "contacts.csv")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/contacts\.csv is not a Login History, OauthToken or SetupAuditTrail export/);
    expect(run.stderr).toBe("");
  });

  describe("draws a byte progress bar on a terminal only when the exports pass 32 MiB", () => {
    const small = path.join(FIX, "login-history-setup.csv");
    // A sparse file: no disk, and the reader names it binary at once.
    const sparse = (name: string, size: number) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, "");
      fs.truncateSync(file, size);
      return file;
    };

    it("over 32 MiB: a bar", async () => {
      const run = await runCli(["org", small, sparse("big.bin", 33 * 1024 * 1024)], { tty: true });
      expect(run.stderr).toMatch(/^\r\[\.{30}\] 0\/33 MB/);
    });

    it("exactly 32 MiB or a small export: no bar", async () => {
      const exact = sparse("exact.bin", 32 * 1024 * 1024 - fs.statSync(small).size);
      expect((await runCli(["org", small, exact], { tty: true })).stderr).toBe("");
      expect((await runCli(["org", small], { tty: true })).stderr).toBe("");
    });
  });
});

describe("sfo-doctor --help --lang", () => {
  it("speaks the asked-for language in the help too", async () => {
    const en = (await runCli(["--help"])).stdout;
    const da = (await runCli(["--help", "--lang", "da"])).stdout;
    expect(da).not.toBe(en);
    expect(da.split("\n")[0]).not.toBe(en.split("\n")[0]);
  });
});

describe("sfo-doctor as bin/sfo-doctor.js starts it (main)", () => {
  let stdout: string;
  let stderr: string;
  let exits: (string | number | null | undefined)[];
  const handlers: Record<string, (e: unknown) => void> = {};

  /** Runs main with the process's streams, handlers and exit caught, and gives back the handlers it set. */
  async function runMain(argv: string[]): Promise<void> {
    stdout = "";
    stderr = "";
    exits = [];
    const capture = (add: (text: string) => void) => (chunk: string | Uint8Array) => (add(String(chunk)), true);
    const spies = [
      jest.spyOn(process.stdout, "write").mockImplementation(capture((t) => (stdout += t))),
      jest.spyOn(process.stderr, "write").mockImplementation(capture((t) => (stderr += t))),
      jest.spyOn(process.stdout, "on").mockImplementation((event, fn) => ((handlers[`stdout:${String(event)}`] = fn), process.stdout)),
      jest.spyOn(process, "on").mockImplementation((event, fn) => ((handlers[String(event)] = fn), process)),
    ];
    try {
      await main(argv);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  /** Calls a handler main set, with the process's exit and streams caught. */
  function fire(name: string, error: unknown): void {
    const spies = [
      jest.spyOn(process, "exit").mockImplementation((code) => (exits.push(code), undefined as never)),
      jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true)),
      jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true)),
    ];
    try {
      expect(handlers[name]).toEqual(expect.any(Function));
      handlers[name](error);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  afterEach(() => {
    process.exitCode = undefined;
  });

  it("runs the command on the process's own streams and sets the exit code", async () => {
    await runMain(["cure"]);
    expect(process.exitCode).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe('sfo-doctor: unknown command "cure".');
    await runMain(["--version"]);
    expect(process.exitCode).toBe(0);
    expect(stdout).toBe("0.0.0\n");
  });

  it("leaves quietly with the run's exit code when its reader goes away (EPIPE), and with 1 on another stdout error", async () => {
    await runMain(["--version"]);
    process.exitCode = 3;
    fire("stdout:error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits[0]).toBe(3);
    process.exitCode = undefined;
    exits = [];
    fire("stdout:error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits[0]).toBe(0);
    exits = [];
    fire("stdout:error", Object.assign(new Error("write EIO"), { code: "EIO" }));
    expect(exits).toEqual([1]);
    expect(stderr).toBe("");
  });

  it("answers a failure nothing caught with one line on stderr and exit 1, never a stack trace", async () => {
    await runMain(["--version", "--lang", "da"]);
    for (const event of ["uncaughtException", "unhandledRejection"]) {
      stdout = "";
      stderr = "";
      exits = [];
      process.exitCode = undefined;
      fire(event, new Error("boom\n    at somewhere (x.js:1:1)"));
      expect(stderr).toMatch(/^sfo-doctor: [^\n]*boom[^\n]*\n$/);
      expect(stderr).not.toContain("somewhere");
      expect(stdout).toBe("");
      expect(process.exitCode).toBe(1);
      expect(exits).toHaveLength(1);
      expect(exits[0]).toBeUndefined();
    }
  });
});

describe("sfo-doctor scan as built and installed", () => {
  beforeAll(buildCli, 120_000);

  it("finds its worker next to the bundle and diagnoses each user", () => {
    const root = path.join(dir, "users");
    writeTree(root, { "alice/Trace.log": fs.readFileSync(SEED_TRACE), "bob/AddinTrace.log": fs.readFileSync(SEED_ADDIN) });
    const run = runBuiltCli(["scan", "--json", root]);
    expect(run.code).toBe(0);
    const users = JSON.parse(run.stdout).users as { user: string; cause: string }[];
    expect(users.map((u) => [u.user, u.cause]).sort()).toEqual([
      ["alice", "refresh-token-expired"],
      ["bob", "refresh-token-expired"],
    ]);
  });
});
