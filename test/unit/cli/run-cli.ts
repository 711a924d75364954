// Runs the built CLI the way a user does (node bin/sfo-doctor.js …) after bundling it once per file.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const SEED_TRACE = path.join(ROOT, "test/fixtures/seed-Trace.log");
export const SEED_ADDIN = path.join(ROOT, "test/fixtures/seed-AddinTrace.log");

export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin/sfo-doctor.js"), ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: "utf8",
    // A fixed locale, so that the user's own LANG cannot change what the tests read.
    env: { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "", ...options.env },
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
