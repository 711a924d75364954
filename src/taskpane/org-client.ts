// Reads the org's exports in a Web Worker (src/worker/org.worker.ts) so a 1 GB Login History never blocks
// the pane. The messages are the engine's OrgWorkerReply.
import type { OrgReport, OrgWorkerReply, Progress } from "../engine";
import { CancelledError } from "./worker-client";

export interface RunningOrgRead {
  result: Promise<OrgReport>;
  /** Stops at once (terminates the worker); `result` rejects with CancelledError. */
  cancel(): void;
}

export function startOrgRead(files: File[], onProgress: (p: Progress) => void): RunningOrgRead {
  const worker = new Worker(new URL("../worker/org.worker.ts", import.meta.url));
  let settle: { resolve(r: OrgReport): void; reject(e: Error): void } | null = null;
  const result = new Promise<OrgReport>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    worker.terminate();
    const s = settle;
    settle = null;
    return s;
  };
  worker.onmessage = (event: MessageEvent<OrgWorkerReply>) => {
    const reply = event.data;
    if (reply.type === "progress") onProgress(reply.progress);
    else if (reply.type === "done") finish()?.resolve(reply.report);
    else finish()?.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish()?.reject(new Error(event.message || "worker error"));
  };
  worker.postMessage({ type: "org", files });
  return { result, cancel: () => finish()?.reject(new CancelledError()) };
}
