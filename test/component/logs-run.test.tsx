// The worker's job without a Worker: files stream through the engine, bad files are skipped by name,
// progress is bounded, and cancel stops the scan.
import { Blob } from "node:buffer";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runDiagnosis, DiagnosisCancelled, MAX_FILE_BYTES, type LogBlob, type Progress } from "../../src/worker/run";

// jsdom (this project's environment) has no TextDecoder; the engine needs the standard one.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

const FIXTURES = join(__dirname, "..", "fixtures");
const seed = (name: string) => readFileSync(join(FIXTURES, `seed-${name}`));

/** A File-like named blob; `withStream: false` forces the slice path that old webviews take. */
function file(name: string, bytes: Uint8Array | string, withStream = true): LogBlob {
  const blob = new Blob([bytes]);
  const f: LogBlob = { name, size: blob.size, slice: (a, b) => blob.slice(a, b) };
  if (withStream) f.stream = () => blob.stream() as unknown as ReadableStream<Uint8Array>;
  return f;
}

const seedFiles = (withStream = true) => [
  file("Trace.log", seed("Trace.log"), withStream),
  file("AddinTrace.log", seed("AddinTrace.log"), withStream),
];

describe("runDiagnosis (the worker's job)", () => {
  it("finds the refresh-token cause in the seed logs, with file:line evidence and the side panel", async () => {
    const progress: Progress[] = [];
    const run = await runDiagnosis(seedFiles(), (p) => progress.push(p));
    expect(run.skipped).toEqual([]);
    expect(run.analysed).toEqual(["Trace.log", "AddinTrace.log"]);
    expect(run.diagnosis?.cause).toBe("refresh-token-expired");
    expect(run.diagnosis?.status).toBe("logged-out");
    expect(run.diagnosis?.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ file: "Trace.log", line: 1 })]));
    expect(run.diagnosis?.sidePanel?.detailKey).toBe("oauthPolicy");
    const total = seed("Trace.log").length + seed("AddinTrace.log").length;
    expect(progress[progress.length - 1]).toEqual({ done: total, total });
  });

  it("gives the same diagnosis whether a file is streamed or read in slices", async () => {
    const streamed = await runDiagnosis(seedFiles(true), () => undefined);
    const sliced = await runDiagnosis(seedFiles(false), () => undefined);
    expect(sliced.diagnosis).toEqual(streamed.diagnosis);
  });

  it("skips an empty and a binary file by name and still analyses the good one", async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    const run = await runDiagnosis(
      [file("empty.log", ""), file("photo.png", binary), file("Trace.log", seed("Trace.log"))],
      () => undefined,
    );
    expect(run.skipped).toEqual([
      { file: "empty.log", reason: "empty" },
      { file: "photo.png", reason: "binary" },
    ]);
    expect(run.analysed).toEqual(["Trace.log"]);
    expect(run.diagnosis?.cause).toBe("refresh-token-expired");
  });

  it("returns no diagnosis when no file is an SFO log", async () => {
    const run = await runDiagnosis([file("notes.txt", "Shopping list\r\nmilk\r\nbread\r\n")], () => undefined);
    expect(run.diagnosis).toBeNull();
    expect(run.skipped).toEqual([{ file: "notes.txt", reason: "not-sfo" }]);
  });

  it("skips a file above the stated size limit without reading it", async () => {
    const huge: LogBlob = {
      name: "Trace.log",
      size: MAX_FILE_BYTES + 1,
      slice: () => {
        throw new Error("must not be read");
      },
    };
    const run = await runDiagnosis([huge, file("AddinTrace.log", seed("AddinTrace.log"))], () => undefined);
    expect(run.skipped).toEqual([{ file: "Trace.log", reason: "too-large" }]);
    expect(run.analysed).toEqual(["AddinTrace.log"]);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    const big = seed("Trace.log").toString("latin1").repeat(20000); // ~7.6 MB: several pieces
    const promise = runDiagnosis([file("Trace.log", big, false)], () => controller.abort(), controller.signal);
    await expect(promise).rejects.toBeInstanceOf(DiagnosisCancelled);
  });

  it("posts progress at most once per interval however many pieces there are", async () => {
    const big = seed("Trace.log").toString("latin1").repeat(30000); // ~11 MB in 4 MiB slices
    const calls: Progress[] = [];
    const clock = 0;
    const run = await runDiagnosis(
      [file("Trace.log", big, false)],
      (p) => calls.push(p),
      undefined,
      () => clock,
    ); // time stands still
    expect(run.diagnosis?.cause).toBe("refresh-token-expired");
    // first (0), first piece (clock 0 is ≥100 ms after -Infinity), and the final 100 %: nothing in between
    expect(calls.length).toBe(3);
    expect(calls[calls.length - 1].done).toBe(Buffer.byteLength(big, "latin1"));
  });
});
