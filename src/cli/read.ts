// Node's side of reading logs: finds SFO log files, streams them in big chunks into the engine's
// LogScanner (never one whole-file string), and turns every way a read can fail into an InputProblem.
import * as fs from "node:fs";
import * as path from "node:path";
import { LogInputError, LogScanner, SFO_LOG_FOLDERS, type InputProblemKind, type ScannedFile } from "../engine";

export type InputProblemReason =
  InputProblemKind | "missing" | "unreadable" | "is-folder" | "not-folder" | "no-logs" | "no-default-folder" | "not-panel" | "no-navigate";

/** Exit code 3: the input cannot be diagnosed. `file` is named in the one-line message. */
export class InputProblem extends Error {
  constructor(
    public readonly file: string,
    public readonly reason: InputProblemReason,
    public readonly detail = "",
  ) {
    super(`${file}: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

/**
 * Trace.log, AddinTrace.log, their log4net roll-overs (Trace.log.1 …), and the names they get when
 * users copy or mail them: Trace (1).log, Trace-old.log, Trace.log.txt. Any case.
 */
export const SFO_LOG_NAME = /^(addin)?trace[^\\/]*?\.log(\.\d+)?(\.txt)?$/i;

// 4 MiB: few enough reads that per-chunk overhead vanishes next to the scan itself.
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Maps a thrown value to the problem a person can act on; null for real bugs. */
export function toInputProblem(error: unknown, file: string): InputProblem | null {
  if (error instanceof InputProblem) return error;
  if (error instanceof LogInputError) return new InputProblem(error.file || file, error.kind);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputProblem(file, "missing");
  if (code === "EISDIR") return new InputProblem(file, "is-folder");
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return new InputProblem(file, "unreadable", code);
  return null;
}

const readInto = (fd: number, buffer: Buffer): Promise<number> =>
  new Promise((resolve, reject) => fs.read(fd, buffer, 0, buffer.length, null, (e, n) => (e ? reject(e) : resolve(n))));

/**
 * Reads an open file to its end in chunks. Two buffers take turns: the disk fills one on libuv's thread
 * pool while onChunk works through the other, and no fresh 4 MiB buffer is allocated per read, so memory
 * stays flat. onChunk must copy what it keeps before it returns (the buffer is refilled right after).
 */
export async function readChunks(fd: number, onChunk: (chunk: Buffer) => void): Promise<void> {
  const buffers = [Buffer.allocUnsafeSlow(CHUNK_BYTES), Buffer.allocUnsafeSlow(CHUNK_BYTES)];
  let turn = 0;
  let pending = readInto(fd, buffers[turn]);
  for (;;) {
    const n = await pending;
    if (n === 0) break;
    const chunk = buffers[turn];
    turn ^= 1;
    pending = readInto(fd, buffers[turn]);
    try {
      onChunk(n === CHUNK_BYTES ? chunk : chunk.subarray(0, n));
    } catch (e) {
      await pending.catch(() => 0);
      throw e;
    }
  }
}

/**
 * Streams one file into a LogScanner. Two buffers take turns: the disk fills one on libuv's thread
 * pool while the scanner works through the other, so reading costs almost no wall time.
 */
export async function scanFile(file: string): Promise<ScannedFile> {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (e) {
    throw toInputProblem(e, file) ?? e;
  }
  try {
    if (fs.fstatSync(fd).isDirectory()) throw new InputProblem(file, "is-folder");
    const scanner = new LogScanner(file);
    // LogScanner copies what it keeps before push returns, so each buffer can be refilled right after.
    await readChunks(fd, (chunk) => scanner.push(chunk));
    return scanner.end();
  } catch (e) {
    throw toInputProblem(e, file) ?? e;
  } finally {
    fs.closeSync(fd);
  }
}

/** Streams a readable (stdin) into a LogScanner under the name `name`. */
export async function scanStream(name: string, stream: NodeJS.ReadableStream): Promise<ScannedFile> {
  const scanner = new LogScanner(name);
  try {
    for await (const chunk of stream) scanner.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return scanner.end();
  } catch (e) {
    throw toInputProblem(e, name) ?? e;
  }
}

/** The SFO log files directly inside `dir`, oldest roll-over first so the merge stays in time order. */
export function logFilesIn(dir: string): string[] {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw toInputProblem(e, dir) ?? e;
  }
  const rank = (name: string) => Number(/\.log\.(\d+)(\.txt)?$/i.exec(name)?.[1] ?? 0);
  return names
    .filter((d) => SFO_LOG_NAME.test(d.name))
    .map((d) => d.name)
    .sort((a, b) => rank(b) - rank(a) || a.localeCompare(b))
    .map((name) => path.join(dir, name));
}

export interface ScannedInputs {
  files: ScannedFile[];
  /** Files found in a folder that could not be used; the rest of the folder still counts. */
  skipped: InputProblem[];
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Scans every path: a file is read as given (any problem stops the run), a folder contributes its
 * SFO logs (bad ones are skipped and reported, as long as one good log remains).
 */
export async function scanPaths(paths: readonly string[], seen: Set<string> = new Set()): Promise<ScannedInputs> {
  const files: ScannedFile[] = [];
  const skipped: InputProblem[] = [];
  // The same file named twice (or once directly and once through its folder or a link) counts once.
  const firstTime = (file: string) => {
    const real = realPath(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      throw toInputProblem(e, p) ?? e;
    }
    if (!stat.isDirectory()) {
      if (firstTime(p)) files.push(await scanFile(p));
      continue;
    }
    const all = logFilesIn(p);
    if (all.length === 0) throw new InputProblem(p, "no-logs");
    const logs = all.filter(firstTime);
    const before = files.length;
    const problems: InputProblem[] = [];
    for (const log of logs) {
      try {
        files.push(await scanFile(log));
      } catch (e) {
        const problem = toInputProblem(e, log);
        if (!problem) throw e;
        problems.push(problem);
      }
    }
    if (logs.length > 0 && files.length === before) throw problems[0];
    skipped.push(...problems);
  }
  return { files, skipped };
}

/** Where SFO keeps its logs on Windows: the engine's SFO_LOG_FOLDERS under this environment. Pure, so it is testable anywhere. */
export function defaultLogFolderCandidates(env: Record<string, string | undefined>): string[] {
  return SFO_LOG_FOLDERS.flatMap((f) => {
    const root = env[f.env];
    return root ? [path.win32.join(root, ...f.parts)] : [];
  });
}

/** The candidate folders that hold SFO logs on this machine. */
export function defaultLogFolders(env: Record<string, string | undefined>): string[] {
  return defaultLogFolderCandidates(env).filter((dir) => {
    try {
      return logFilesIn(dir).length > 0;
    } catch {
      return false;
    }
  });
}
