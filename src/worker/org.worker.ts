// The admin's org view runs here: dropped exports are read off the main thread. Cancel is the pane
// terminating the worker.
import type { OrgWorkerReply } from "../engine";
import type { LogBlob } from "./run";
import { runOrg } from "./org-run";

export type OrgWorkerRequest = { type: "org"; files: LogBlob[] };

const scope = self as unknown as { onmessage: ((e: MessageEvent<OrgWorkerRequest>) => void) | null; postMessage(m: OrgWorkerReply): void };

scope.onmessage = (event) => {
  if (event.data?.type !== "org") return;
  runOrg(event.data.files, (progress) => scope.postMessage({ type: "progress", progress }))
    .then((report) => scope.postMessage({ type: "done", report }))
    .catch((e: unknown) => scope.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) }));
};
