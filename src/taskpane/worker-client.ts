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

export function startDiagnosis(files: File[], onProgress: (p: Progress) => void): RunningDiagnosis {
  const worker = new Worker(new URL("../worker/diagnose.worker.ts", import.meta.url));
  let settle: { resolve(r: DiagnosisRun): void; reject(e: Error): void } | null = null;
  const result = new Promise<DiagnosisRun>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    worker.terminate();
    const s = settle;
    settle = null;
    return s;
  };
  worker.onmessage = (event: MessageEvent<DiagnosisWorkerReply>) => {
    const reply = event.data;
    if (reply.type === "progress") onProgress(reply.progress);
    else if (reply.type === "done") finish()?.resolve(reply.result);
    else finish()?.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish()?.reject(new Error(event.message || "worker error"));
  };
  worker.postMessage({ type: "run", files });
  return { result, cancel: () => finish()?.reject(new CancelledError()) };
}
