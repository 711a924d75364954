// Runs sfo-doctor for the tests: in this process (runCli), or built, as a user does (runBuiltCli).
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable, Writable } from "node:stream";
import { runCli as runInProcess } from "../../../src/cli/main";

export const ROOT = path.resolve(__dirname, "../../..");
export const SEED_TRACE = path.join(ROOT, "test/fixtures/seed-Trace.log");
export const SEED_ADDIN = path.join(ROOT, "test/fixtures/seed-AddinTrace.log");

/** The newest modification time among the files the bundle is made from. */
function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of ["src/cli", "src/engine", "package.json", "scripts/build-cli.mjs"]) visit(path.join(ROOT, p));
  return newest;
}

/**
 * Bundles the CLI into lib/ (scripts/build-cli.mjs) unless lib/ is already newer than its sources:
 * every CLI test file asks, and a mutation run asks once per mutant.
 */
export function buildCli(): void {
  const built = ["lib/cli.js", "lib/scan-worker.js", "lib/locales/da.json"].map(
    (f) => fs.statSync(path.join(ROOT, f), { throwIfNoEntry: false })?.mtimeMs ?? 0,
  );
  if (Math.min(...built) > newestSource()) return;
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Pretend stderr is a terminal (the scan's progress bar). */
  tty?: boolean;
  /** Another scan worker than the bundled lib/scan-worker.js (in process only). */
  scanWorker?: string;
}

// A fixed locale, so that the user's own LANG cannot change what the tests read.
const cliEnv = (env: Record<string, string> = {}) => ({ ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "", ...env });

/**
 * Runs sfo-doctor in this process (src/cli/main.ts runCli) with its own stdin, stdout, stderr and
 * environment, so that coverage and mutation testing see the CLI's code. The scan's worker threads
 * run the bundle (lib/scan-worker.js: call buildCli() first).
 */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const collect = () => {
    const chunks: Buffer[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => (chunks.push(Buffer.from(chunk)), done()) });
    return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
  };
  const stdout = collect();
  const stderr = collect();
  if (options.tty) Object.assign(stderr.stream, { isTTY: true });
  const stdin = Readable.from(
    options.input === undefined ? [] : [typeof options.input === "string" ? Buffer.from(options.input) : options.input],
  );
  const code = await runInProcess(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    env: cliEnv(options.env),
    platform: process.platform,
    scanWorker: options.scanWorker ?? path.join(ROOT, "lib/scan-worker.js"),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the built CLI the way a user does (node bin/sfo-doctor.js …), as a child process. */
export function runBuiltCli(args: string[], options: RunOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin/sfo-doctor.js"), ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: "utf8",
    env: cliEnv(options.env),
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "sfo-doctor-cli-"));
}

/** Writes files (relative path → content) under dir, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** The one-line, no-stack-trace shape every failure on stderr must have. */
export function expectOneLineError(stderr: string, mentions: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(mentions);
  expect(stderr).not.toMatch(/^\s+at /m);
}
