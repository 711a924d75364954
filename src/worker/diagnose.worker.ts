// The Web Worker: the pane posts File objects (cheap references), this scans them off the main thread.
// Cancel is the pane terminating the worker; nothing here waits for it.
import type { DiagnosisWorkerReply } from "../engine";
import { runDiagnosis, DiagnosisCancelled, type LogBlob } from "./run";
import { registerAllSidePanelLabels } from "../engine/sidepanel/all-labels";

registerAllSidePanelLabels(); // logs can hold side-panel text in any of the 18 languages

export type WorkerRequest = { type: "run"; files: LogBlob[] };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: DiagnosisWorkerReply): void;
};

scope.onmessage = (event) => {
  if (event.data?.type !== "run") return;
  runDiagnosis(event.data.files, (progress) => scope.postMessage({ type: "progress", progress }))
    .then((result) => scope.postMessage({ type: "done", result }))
    .catch((e: unknown) => {
      if (e instanceof DiagnosisCancelled) return;
      scope.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    });
};
