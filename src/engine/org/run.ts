// The messages of the pane's org worker, defined once (as engine/run.ts does for the log worker).
import type { Progress } from "../run";
import type { OrgReport } from "./types";

export type OrgWorkerReply =
  { type: "progress"; progress: Progress } | { type: "done"; report: OrgReport } | { type: "failed"; message: string };
