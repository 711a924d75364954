// The escalation e-mail for the Salesforce admin (issues 3, 4, 5): the cause in plain words, the exact
// fix, how to check it, the evidence with personal data removed, and a diagnostics block for a ticket.
// Plain text, `\n` line ends, lines wrapped at 100 characters so mail clients and tickets keep the shape.
import type { CauseId, Diagnosis, Evidence } from "./types";
import { translate, type Catalog, type Params, type UiLanguage } from "./i18n";
import { CATALOGS } from "./i18n/catalogs";
import { getCause, REFRESH_TOKEN_POLICIES } from "./causes";
import { redact as redactText, mergeRemoved, type Redaction } from "./redact";

export interface AdminReport {
  subject: string;
  body: string;
  /** What redaction took out of the log-derived parts (credentials only when redaction is off). */
  removed: Redaction["removed"];
  /** The admin's address, when the caller gave one (never redacted). */
  to?: string;
}

export interface AdminReportOptions {
  lang: UiLanguage;
  /** Remove personal data from log lines and side-panel text; default true. Credentials go either way. */
  redact?: boolean;
  to?: string;
  /** The catalog to read texts from; default CATALOGS[lang] (the pane may pass the one it loaded). */
  catalog?: Catalog;
}

/** At most this many evidence lines go into the e-mail: the admin needs the telling ones, not the log. */
export const MAX_REPORT_EVIDENCE = 12;
export const REPORT_LINE_WIDTH = 100;

/** Read-only query that shows the Refresh Token Policy without opening Setup (SFO-FACTS §4). */
export const REFRESH_TOKEN_POLICY_SOQL = [
  "SELECT Name, OptionsRefreshTokenValidityMetric, RefreshTokenValidityPeriod",
  "FROM ConnectedApplication WHERE Name = 'Salesforce for Outlook'",
];

/** SFO's own words when the Refresh Token Policy expired its token (seed article). */
const TOKEN_VALIDITY_EXPIRED = "token validity expired";

/** The report for a diagnosis of the user's logs. */
export function buildAdminReport(d: Diagnosis, options: AdminReportOptions): AdminReport {
  const ctx = context(options);
  const causeId: CauseId = d.cause ?? "unknown";
  const lines: string[] = [];
  const out = new Writer(lines);

  out.para(ctx.t("report.greeting"));
  out.para(ctx.t("report.intro"));
  if (d.status !== "logged-out" && d.cause === null) out.para(ctx.t("report.noLogout"));

  writeCause(out, ctx, causeId, d);
  writeFix(out, ctx, causeId);
  writeSidePanel(out, ctx, d);
  writeEvidence(out, ctx, d, causeId);
  out.para(ctx.t("cause.retirement"));
  out.para(ctx.t("report.closing"));
  writeDiagnostics(out, ctx, d);

  return finish(ctx, causeId, lines, options.to);
}

/** The same report without logs, for "This is what I see" (cause picked from the side panel). */
export function buildReportForCause(cause: CauseId, options: AdminReportOptions): AdminReport {
  const ctx = context(options);
  const lines: string[] = [];
  const out = new Writer(lines);

  out.para(ctx.t("report.greeting"));
  out.para(ctx.t("report.introForCause"));
  writeCause(out, ctx, cause, null);
  writeFix(out, ctx, cause);
  out.para(ctx.t("cause.retirement"));
  out.para(ctx.t("report.closing"));

  out.heading(ctx.t("report.heading.diagnostics"));
  out.line(ctx.t("report.diag.fromSidePanel"));
  out.line(ctx.t("report.diag.cause", { cause, confidence: "-" }));
  out.line(ctx.t("report.diag.madeBy"));
  return finish(ctx, cause, lines, options.to);
}

interface ReportContext {
  t: (key: string, params?: Params) => string;
  redacting: boolean;
  removed: Redaction["removed"][];
  /** Log-derived text: redacted (and counted) when redaction is on. */
  clean: (text: string) => string;
}

function context(options: AdminReportOptions): ReportContext {
  const catalog = options.catalog ?? CATALOGS[options.lang] ?? CATALOGS.en;
  const redacting = options.redact !== false;
  const removed: Redaction["removed"][] = [];
  return {
    t: (key, params) => translate(catalog, key, params, CATALOGS.en),
    redacting,
    removed,
    clean: (text) => {
      const r = redactText(text, { credentialsOnly: !redacting });
      removed.push(r.removed);
      return r.text;
    },
  };
}

function finish(ctx: ReportContext, cause: CauseId, lines: string[], to: string | undefined): AdminReport {
  const subject = ctx.t("report.subject", { cause: ctx.t(getCause(cause).titleKey) });
  const body = lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
  const report: AdminReport = { subject, body, removed: mergeRemoved(...ctx.removed) };
  const address = to?.trim();
  if (address) report.to = address;
  return report;
}

function writeCause(out: Writer, ctx: ReportContext, cause: CauseId, d: Diagnosis | null): void {
  const def = getCause(cause);
  out.heading(ctx.t("report.heading.cause"));
  out.line(ctx.t(def.titleKey));
  out.text(ctx.t(def.adminKey));
  if (cause !== "refresh-token-expired") return;
  // Quote SFO's own line only where the logs hold it: from AddinTrace.log alone the cause rests on the
  // side panel's message, and the admin should know that.
  if (d && !d.evidence.some((e) => e.message.toLowerCase().includes(TOKEN_VALIDITY_EXPIRED))) out.para(ctx.t("report.refresh.noTraceLine"));
  if (d?.policy) {
    const reason = d.policyReason ? ctx.t(d.policyReason.key, d.policyReason.params) : "";
    out.para(ctx.t("report.policy.guess", { policy: ctx.t(`cause.policyGuess.${d.policy}`), reason }).trim());
  } else {
    out.para(ctx.t(d ? "report.policy.unknown" : "report.policy.sidePanel"));
  }
}

function writeFix(out: Writer, ctx: ReportContext, cause: CauseId): void {
  const def = getCause(cause);
  out.heading(ctx.t(`report.heading.fix.${def.fixer}`));
  if (cause === "refresh-token-expired") {
    // The seed article's fix, spelled out to the radio button and the metadata value.
    const infinite = REFRESH_TOKEN_POLICIES.find((p) => p.id === "infinite");
    const metadata = infinite?.metadata ?? "infinite";
    out.line(ctx.t("report.path.where"));
    out.text(ctx.t("report.path.classic"), "  ");
    out.text(ctx.t("report.path.lightning"), "  ");
    out.numbered(1, ctx.t("report.refresh.step.1"));
    out.numbered(2, ctx.t("report.refresh.step.2", { label: ctx.t(infinite?.labelKey ?? "cause.policy.infinite.label") }));
    out.text(ctx.t("report.refresh.metadata", { metadata }), "   ");
    out.numbered(3, ctx.t("report.refresh.step.3"));
    out.text(ctx.t("report.refresh.idleNote"));

    out.heading(ctx.t("report.heading.users"));
    out.text(ctx.t("report.restart"));

    out.heading(ctx.t("report.heading.verify"));
    out.bullet(ctx.t("report.verify.setup"));
    out.bullet(ctx.t("report.verify.metadata", { metadata }));
    out.bullet(ctx.t("report.verify.soql"));
    for (const code of REFRESH_TOKEN_POLICY_SOQL) out.code(code, "    ");

    // Reading the setting and checking the fix are different questions: keep them under their own headings.
    out.heading(ctx.t("report.heading.verifyFix"));
    out.text(ctx.t(def.verifyKey));
    return;
  }
  const groups: [string, string[] | undefined][] = [
    ["report.steps.classic", def.stepKeys.classic],
    ["report.steps.lightning", def.stepKeys.lightning],
    // The user's own steps speak to the user; the admin gets them only when the user is the fixer.
    ["report.steps.user", def.fixer === "admin" || def.fixer === "escalate" ? undefined : def.stepKeys.user],
  ];
  for (const [label, keys] of groups) {
    if (!keys || keys.length === 0) continue;
    out.line(ctx.t(label));
    keys.forEach((key, i) => out.numbered(i + 1, ctx.t(key)));
  }
  out.heading(ctx.t("report.heading.verifyFix"));
  out.text(ctx.t(def.verifyKey));
}

function writeSidePanel(out: Writer, ctx: ReportContext, d: Diagnosis): void {
  const panel = d.sidePanel;
  if (!panel) return;
  out.heading(ctx.t("report.heading.sidePanel"));
  out.text(ctx.t("report.sidePanel.loggedOut", { text: ctx.clean(panel.labels.loggedOut) }));
  out.text(ctx.t("report.sidePanel.detail", { text: ctx.clean(panel.labels.detail) }));
  out.text(ctx.t("report.sidePanel.button", { text: ctx.clean(panel.labels.button) }));
  if (panel.detailKey) out.text(ctx.t("report.sidePanel.detailKey", { key: ctx.clean(panel.detailKey) }));
  if (panel.unresolved.length > 0) out.text(ctx.t("report.sidePanel.unresolved"));
}

/** Picks the lines that say most about `cause`: its signature texts, then errors, then status lines. */
export function selectReportEvidence(evidence: readonly Evidence[], cause: CauseId | null, max = MAX_REPORT_EVIDENCE): Evidence[] {
  if (evidence.length <= max) return [...evidence];
  const signatures = cause ? getCause(cause).signatures.map((s) => ({ text: s.text.toLowerCase(), weight: s.weight })) : [];
  const score = (e: Evidence): number => {
    const message = e.message.toLowerCase();
    let s = 0;
    for (const sig of signatures) if (message.includes(sig.text)) s += 10 + sig.weight;
    const level = e.level.toUpperCase();
    if (level === "ERROR" || level === "FATAL") s += 3;
    else if (level === "WARN") s += 2;
    if (message.includes("navigateto")) s += 2;
    if (message.includes("status changed") || message.includes("status:")) s += 1;
    return s;
  };
  const ranked = evidence.map((e, i) => ({ e, i, s: score(e) })).sort((a, b) => b.s - a.s || a.i - b.i);
  return ranked
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((r) => r.e);
}

function writeEvidence(out: Writer, ctx: ReportContext, d: Diagnosis, cause: CauseId): void {
  out.heading(ctx.t(ctx.redacting ? "report.heading.evidenceRedacted" : "report.heading.evidence"));
  if (d.evidence.length === 0) {
    out.text(ctx.t("report.evidence.none"));
    return;
  }
  const shown = selectReportEvidence(d.evidence, d.cause ?? cause);
  for (const e of shown) {
    const where = `${ctx.clean(baseName(e.file))}:${e.line}`;
    out.bullet(`${where}, ${e.time.replace("T", " ")}, ${e.level} ${ctx.clean(e.logger)}`);
    out.text(ctx.clean(e.message), "  ");
  }
  if (shown.length < d.evidence.length) out.text(ctx.t("report.evidence.more", { count: d.evidence.length - shown.length }));
}

function writeDiagnostics(out: Writer, ctx: ReportContext, d: Diagnosis): void {
  out.heading(ctx.t("report.heading.diagnostics"));
  out.line(ctx.t("report.diag.status", { status: d.status }));
  const confidenceOf = (id: CauseId) => d.candidates.find((c) => c.id === id)?.confidence;
  if (d.cause) {
    const c = confidenceOf(d.cause);
    // "unknown" is the absence of a reason: a confidence in it would mean nothing.
    out.line(ctx.t("report.diag.cause", { cause: d.cause, confidence: c === undefined || d.cause === "unknown" ? "-" : c.toFixed(2) }));
  } else {
    out.line(ctx.t("report.diag.noCause"));
  }
  const others = d.candidates.filter((c) => c.id !== d.cause);
  if (others.length > 0) out.text(ctx.t("report.diag.candidates", { list: others.map((c) => `${c.id} ${c.confidence.toFixed(2)}`).join(", ") }));
  out.line(ctx.t("report.diag.policy", { policy: d.policy ?? "-" }));
  for (const f of d.files) {
    out.text(ctx.t("report.diag.file", { file: ctx.clean(baseName(f.path)), entries: f.entries, encoding: f.encoding }));
  }
  // Computed last so that it counts everything redacted above, the file names included.
  const removed = mergeRemoved(...ctx.removed);
  if (!ctx.redacting) out.line(ctx.t("report.diag.notRedacted"));
  if (ctx.redacting || removed.length > 0) {
    out.text(
      removed.length === 0
        ? ctx.t("report.diag.nothingRemoved")
        : ctx.t("report.diag.removed", { list: removed.map((r) => `${ctx.t(`report.kind.${r.kind}`)} (${r.count})`).join(", ") }),
    );
  }
  out.text(ctx.t("report.diag.madeBy"));
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Builds plain-text lines, wrapping prose at REPORT_LINE_WIDTH. */
class Writer {
  constructor(private readonly lines: string[]) {}
  heading(text: string): void {
    this.blank();
    this.lines.push(text);
  }
  para(text: string): void {
    this.blank();
    this.text(text);
  }
  line(text: string): void {
    this.text(text);
  }
  text(text: string, indent = ""): void {
    for (const paragraph of text.split(/\r?\n/)) this.lines.push(...wrapReportText(paragraph, indent, indent));
  }
  bullet(text: string): void {
    this.lines.push(...wrapReportText(text, "- ", "  "));
  }
  numbered(n: number, text: string): void {
    const first = `${n}. `;
    this.lines.push(...wrapReportText(text, first, " ".repeat(first.length)));
  }
  /** Code is not wrapped: a broken query is worse than a long line. */
  code(text: string, indent: string): void {
    this.lines.push(indent + text);
  }
  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }
}

/** Greedy word wrap; a word longer than the line (a URL) is cut into pieces. */
export function wrapReportText(text: string, firstIndent = "", indent = "", width = REPORT_LINE_WIDTH): string[] {
  const words = text.split(/[ \t]+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = firstIndent;
  let empty = true;
  const room = (prefix: string) => Math.max(20, width - prefix.length);
  for (let word of words) {
    while (word.length > 0) {
      const sep = empty ? "" : " ";
      if (current.length + sep.length + word.length <= width) {
        current += sep + word;
        empty = false;
        word = "";
      } else if (!empty) {
        lines.push(current);
        current = indent;
        empty = true;
      } else {
        const take = room(current);
        current += word.slice(0, take);
        word = word.slice(take);
        lines.push(current);
        current = indent;
      }
    }
  }
  if (!empty || lines.length === 0) lines.push(empty ? current.trimEnd() : current);
  return lines;
}
