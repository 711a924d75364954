// Runs the diagnosis in a Web Worker so the pane stays responsive over a 100 MB log. The message
// shapes are the engine's DiagnosisWorkerReply, which the worker posts.
import { type DiagnosisRun, type DiagnosisWorkerReply, type Progress } from "../engine";

export type { DiagnosisRun, Progress, SkippedFile } from "../engine";

export interface RunningDiagnosis {
  result: Promise<DiagnosisRun>;
  /** Stops the scan at once (terminates the worker); `result` then rejects with a "cancelled" error. */
  cancel(): void;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** Text pasted into the box becomes a file like any other, so it takes the same road as dropped logs. */
export function textAsFile(text: string, name = "pasted.log"): File {
  return new File([text], name, { type: "text/plain" });
}

/** What a pane worker posts back: progress as it goes, then its result or a message saying what failed. */
type WorkerReply<T> = { type: "progress"; progress: Progress } | { type: "done"; value: T } | { type: "failed"; message: string };

/**
 * Runs one job in `worker` (created by the caller, so that the bundler sees each worker's URL): progress
 * goes to onProgress, the result settles once, and the worker is terminated when it settles or is cancelled.
 */
export function runInWorker<T>(
  worker: Worker,
  message: unknown,
  read: (data: unknown) => WorkerReply<T>,
  onProgress: (p: Progress) => void,
): { result: Promise<T>; cancel(): void } {
  let settle: { resolve(r: T): void; reject(e: Error): void } | null = null;
  const result = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    worker.terminate();
    const s = settle;
    settle = null;
    return s;
  };
  worker.onmessage = (event: MessageEvent) => {
    const reply = read(event.data);
    if (reply.type === "progress") onProgress(reply.progress);
    else if (reply.type === "done") finish()?.resolve(reply.value);
    else finish()?.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish()?.reject(new Error(event.message || "worker error"));
  };
  worker.postMessage(message);
  return { result, cancel: () => finish()?.reject(new CancelledError()) };
}

export function startDiagnosis(files: File[], onProgress: (p: Progress) => void): RunningDiagnosis {
  const worker = new Worker(new URL("../worker/diagnose.worker.ts", import.meta.url));
  return runInWorker<DiagnosisRun>(
    worker,
    { type: "run", files },
    (data) => {
      const reply = data as DiagnosisWorkerReply;
      return reply.type === "done" ? { type: "done", value: reply.result } : reply;
    },
    onProgress,
  );
}
