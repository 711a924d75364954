// What one diagnosis over several files reports back, shared by the pane's worker and its client.
import type { InputProblemKind } from "./log";
import type { Diagnosis } from "./types";

/** The largest file the pane reads (1 GiB; the UI states it); the CLI streams any size. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** Why a file was left out: an input problem the scanner found, or the browser could not read it. */
export type SkipReason = InputProblemKind | "unreadable";

export interface SkippedFile {
  file: string;
  reason: SkipReason;
}

export interface DiagnosisRun {
  /** Null when no file could be read as an SFO log. */
  diagnosis: Diagnosis | null;
  analysed: string[];
  skipped: SkippedFile[];
}

export interface Progress {
  done: number;
  total: number;
}

/** Messages from the diagnosis worker to the pane. */
export type DiagnosisWorkerReply =
  { type: "progress"; progress: Progress } | { type: "done"; result: DiagnosisRun } | { type: "failed"; message: string };

/** The diagnosis of the built-in example logs, marked so that nothing made from it passes for the user's own. */
export function asExample(diagnosis: Diagnosis): Diagnosis {
  return { ...diagnosis, example: true };
}

/** Whether a diagnosis came from the example logs rather than the user's. */
export function isExample(diagnosis: Diagnosis | null | undefined): boolean {
  return diagnosis?.example === true;
}
