// `sfo-doctor report`: the escalation text for the Salesforce admin, personal data removed by default.
import { buildAdminReport, type AdminReport, type Diagnosis } from "../engine";
import { shown, type CliText } from "./text";

export function adminReportFor(d: Diagnosis, t: CliText, options: { redact: boolean; to: string | null }): AdminReport {
  return buildAdminReport(d, { texts: t, redact: options.redact, to: options.to ?? undefined });
}

export function renderReport(report: AdminReport, t: CliText, to: string | null): string {
  const head = [to ? t.t("cli.report.to", { to }) : null, t.t("cli.report.subject", { subject: report.subject })].filter(Boolean);
  // The body quotes log lines: keep its lines, but no terminal control characters.
  const body = report.body
    .trimEnd()
    .split(/\r?\n/)
    .map((line) => shown(line, Infinity))
    .join("\n");
  return `${head.join("\n")}\n\n${body}\n`;
}

/** One line for stderr: what redaction took out, so the sender knows what to double-check. */
export function redactionNote(report: AdminReport, t: CliText, redacted: boolean): string {
  const removed = report.removed; // only the kinds it found: the engine lists no zero counts
  const list = removed.map((r) => `${r.count} × ${t.t(`cli.redaction.${r.kind}`)}`).join(", ");
  // Credentials go even with --no-redact: say so, and what went.
  if (!redacted) return removed.length ? t.t("cli.report.notRedactedRemoved", { list }) : t.t("cli.report.notRedacted");
  if (removed.length === 0) return t.t("cli.report.nothingRemoved");
  return t.t("cli.report.removed", { list });
}
