// The org worker's job as a plain module (no `self`) so jest can drive it: each dropped export streams
// through the engine's OrgFileReader; GZIP is undone here with DecompressionStream, so the engine only
// sees text bytes. Progress counts the file bytes read (compressed ones for GZIP).
import { OrgAnalysis, OrgFileReader, OrgInputError, type OrgProblem, type OrgReport, type Progress } from "../engine";
import { DiagnosisCancelled, PROGRESS_INTERVAL_MS, type LogBlob } from "./run";

async function isGzip(file: LogBlob): Promise<boolean> {
  if (file.size < 2) return false;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

function byteStream(file: LogBlob): ReadableStream<Uint8Array> {
  if (typeof file.stream === "function") return file.stream();
  const SLICE = 4 * 1024 * 1024;
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at >= file.size) return controller.close();
      const end = Math.min(file.size, at + SLICE);
      controller.enqueue(new Uint8Array(await file.slice(at, end).arrayBuffer()));
      at = end;
    },
  });
}

export async function runOrg(
  files: readonly LogBlob[],
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
  now: () => number = () => Date.now(),
): Promise<OrgReport> {
  const analysis = new OrgAnalysis();
  const total = files.reduce((s, f) => s + f.size, 0);
  let done = 0;
  let lastPost = -Infinity;
  const check = () => {
    if (signal?.aborted) throw new DiagnosisCancelled();
  };
  onProgress({ done, total });
  for (const file of files) {
    check();
    const start = done;
    const reader = new OrgFileReader(analysis, file.name);
    let gzip = false;
    let produced = 0;
    try {
      gzip = await isGzip(file);
      const counted = byteStream(file).pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            done += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
      const text = gzip
        ? counted.pipeThrough(new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>)
        : counted;
      const it = text.getReader();
      for (;;) {
        check();
        const { done: end, value } = await it.read();
        if (end) break;
        if (!value || value.byteLength === 0) continue;
        produced += value.byteLength;
        reader.push(value);
        const t = now();
        if (t - lastPost >= PROGRESS_INTERVAL_MS) {
          lastPost = t;
          onProgress({ done, total });
        }
      }
      reader.end();
    } catch (e) {
      if (e instanceof DiagnosisCancelled) throw e;
      done = start + file.size;
      analysis.problem(problemOf(e, file.name, gzip, produced));
    }
  }
  check();
  onProgress({ done: total, total });
  return analysis.report();
}

function problemOf(e: unknown, file: string, gzip: boolean, produced: number): OrgProblem {
  if (e instanceof OrgInputError) return { file, reason: e.kind, detail: e.detail };
  // DecompressionStream only says "TypeError": data before the failure means the file was cut off.
  if (gzip) return { file, reason: produced > 0 ? "gzip-truncated" : "gzip-bad", detail: "" };
  return { file, reason: "unreadable", detail: e instanceof Error ? e.name : "" };
}
