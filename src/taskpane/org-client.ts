// Reads the org's exports in a Web Worker (src/worker/org.worker.ts) so a 1 GB Login History never blocks
// the pane. The messages are the engine's OrgWorkerReply.
import type { OrgReport, OrgWorkerReply, Progress } from "../engine";
import { runInWorker } from "./worker-client";

export interface RunningOrgRead {
  result: Promise<OrgReport>;
  /** Stops at once (terminates the worker); `result` rejects with CancelledError. */
  cancel(): void;
}

export function startOrgRead(files: File[], onProgress: (p: Progress) => void): RunningOrgRead {
  const worker = new Worker(new URL("../worker/org.worker.ts", import.meta.url));
  return runInWorker<OrgReport>(
    worker,
    { type: "org", files },
    (data) => {
      const reply = data as OrgWorkerReply;
      return reply.type === "done" ? { type: "done", value: reply.report } : reply;
    },
    onProgress,
  );
}
