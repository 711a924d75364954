// A diagnosis as it may leave the screen (`sfo-doctor diagnose`, its --json): the log-derived text in
// it (evidence lines, file paths in evidence, files and timeline, side-panel labels) redacted; causes, statuses, times and lines kept.
import type { Diagnosis } from "../types";
import { redact, type RedactOptions } from "../redact";

export function redactDiagnosis(d: Diagnosis, options: RedactOptions = {}): { diagnosis: Diagnosis } {
  const clean = (text: string): string => redact(text, options).text;
  const diagnosis: Diagnosis = {
    ...d,
    evidence: d.evidence.map((e) => ({ ...e, file: clean(e.file), logger: clean(e.logger), message: clean(e.message) })),
    files: d.files.map((f) => ({ ...f, path: clean(f.path) })),
    timeline: d.timeline.map((c) => ({ ...c, file: clean(c.file) })),
  };
  if (d.sidePanel) {
    const { loggedOut, detail, button } = d.sidePanel.labels;
    diagnosis.sidePanel = { ...d.sidePanel, labels: { loggedOut: clean(loggedOut), detail: clean(detail), button: clean(button) } };
  }
  return { diagnosis };
}
