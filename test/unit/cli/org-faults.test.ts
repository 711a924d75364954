// `sfo-doctor org` when the disk says no: a folder that may not be listed, a read that fails half-way.
// These tests run as root here too, where permissions cannot make a folder unreadable, so the file
// system's answers are simulated: node:fs is the real one, with listing and streaming made to fail on cue.
import * as fs from "node:fs";
import * as path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { ROOT, runCli, tempDir } from "./run-cli";

// Hoisted above the imports: the CLI's code gets this node:fs too.
jest.mock("node:fs", () => {
  const real = jest.requireActual<typeof import("node:fs")>("node:fs");
  return { ...real, readdirSync: jest.fn(real.readdirSync), createReadStream: jest.fn(real.createReadStream) };
});

jest.setTimeout(60_000);

const FIX = path.join(ROOT, "test/fixtures/org");
const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

it("names a folder it may not list, and reads the other exports", async () => {
  fs.mkdirSync(path.join(dir, "locked"));
  jest.mocked(fs.readdirSync).mockImplementationOnce(() => {
    throw fail("EACCES");
  });
  const run = await runCli(["org", "--json", path.join(dir, "locked"), path.join(FIX, "login-history-sf.json")]);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["login-history-sf.json"]);
  expect(report.problems).toEqual([{ file: path.join(dir, "locked"), reason: "unreadable", detail: "EACCES" }]);
  expect(run.stderr).toBe(`sfo-doctor: ${path.join(dir, "locked")} cannot be read (EACCES). Check that you may read it, then try again.\n`);
});

it("does not pass off a fault of its own as an unreadable file", async () => {
  fs.mkdirSync(path.join(dir, "exports"));
  // A Node error code (ERR_…), not the file system's refusal (E…): a bug, reported as one.
  jest.mocked(fs.readdirSync).mockImplementationOnce(() => {
    throw fail("ERR_FS_EISDIR");
  });
  const run = await runCli(["org", path.join(dir, "exports")]);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain("ERR_FS_EISDIR: simulated");
  expect(run.stderr).not.toContain("cannot be read");
});

it("names a GZIP export whose read fails half-way, and reads the others", async () => {
  const gz = path.join(dir, "LoginHistory.csv.gz");
  fs.writeFileSync(gz, gzipSync(fs.readFileSync(path.join(FIX, "login-history-setup.csv"))));
  // The disk gives the first bytes, then an I/O error.
  jest.mocked(fs.createReadStream).mockImplementationOnce(((file: fs.PathLike) => {
    const head = fs.readFileSync(file).subarray(0, 20);
    let sent = false;
    return Object.assign(
      new Readable({
        read() {
          if (sent) this.destroy(fail("EIO"));
          else this.push(head);
          sent = true;
        },
      }),
      { bytesRead: head.length },
    );
  }) as unknown as typeof fs.createReadStream);
  const run = await runCli(["org", "--json", gz, path.join(FIX, "login-history-sf.json")]);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.problems).toEqual([{ file: gz, reason: "unreadable", detail: "EIO" }]);
  expect(report.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["login-history-sf.json"]);
});
