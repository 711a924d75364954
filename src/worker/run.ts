// The worker's job as a plain module (no `self`, no postMessage) so that jest can drive it directly:
// stream each file through LogScanner in ≥1 MiB pieces, report progress, then diagnose the good files.
import {
  LogInputError,
  LogScanner,
  MAX_FILE_BYTES,
  diagnose,
  type DiagnosisRun,
  type Progress,
  type ScannedFile,
  type SkippedFile,
} from "../engine";

export type { DiagnosisRun, Progress, SkippedFile } from "../engine";
export { MAX_FILE_BYTES } from "../engine";

/** Piece size when a file has no stream(): large enough that per-piece overhead is negligible. */
export const SLICE_BYTES = 4 * 1024 * 1024;
/** Progress is posted at most this often, so a fast scan does not flood the main thread. */
export const PROGRESS_INTERVAL_MS = 100;

/** What the worker needs of a File: a name, a size and a way to read pieces. */
export interface LogBlob {
  name: string;
  size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
  stream?: () => ReadableStream<Uint8Array>;
}

export class DiagnosisCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "DiagnosisCancelled";
  }
}

async function* pieces(file: LogBlob): AsyncGenerator<Uint8Array> {
  if (typeof file.stream === "function") {
    const reader = file.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value && value.byteLength) yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  for (let at = 0; at < file.size; at += SLICE_BYTES) {
    yield new Uint8Array(await file.slice(at, Math.min(file.size, at + SLICE_BYTES)).arrayBuffer());
  }
}

export async function runDiagnosis(
  files: readonly LogBlob[],
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
  now: () => number = () => Date.now(),
): Promise<DiagnosisRun> {
  const total = files.reduce((sum, f) => sum + (f.size > MAX_FILE_BYTES ? 0 : f.size), 0);
  let done = 0;
  let lastPost = -Infinity;
  const scanned: ScannedFile[] = [];
  const analysed: string[] = [];
  const skipped: SkippedFile[] = [];
  const check = () => {
    if (signal?.aborted) throw new DiagnosisCancelled();
  };

  onProgress({ done, total });
  for (const file of files) {
    check();
    if (file.size > MAX_FILE_BYTES) {
      skipped.push({ file: file.name, reason: "too-large" });
      continue;
    }
    const scanner = new LogScanner(file.name);
    const start = done;
    try {
      for await (const piece of pieces(file)) {
        check();
        scanner.push(piece);
        done += piece.byteLength;
        const t = now();
        if (t - lastPost >= PROGRESS_INTERVAL_MS) {
          lastPost = t;
          onProgress({ done, total });
        }
      }
      scanned.push(scanner.end());
      analysed.push(file.name);
    } catch (e) {
      if (e instanceof DiagnosisCancelled) throw e;
      done = start + file.size; // keep the bar honest when a file is abandoned part-way
      skipped.push({ file: file.name, reason: e instanceof LogInputError ? e.kind : "unreadable" });
    }
  }
  check();
  onProgress({ done: total, total });
  return { diagnosis: scanned.length ? diagnose(scanned) : null, analysed, skipped };
}
