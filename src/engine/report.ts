// The escalation e-mail for the Salesforce admin (issues 3, 4, 5): the cause in plain words, the exact
// fix, how to check it, the evidence with personal data removed, and a diagnostics block for a ticket.
// Plain text, `\n` line ends, one line per paragraph: the reader's mail client reflows it.
import type { CauseId, Diagnosis, Evidence } from "./types";
import type { MessageKey, Translate, UiLanguage } from "./i18n";
import { getCause, REFRESH_TOKEN_POLICIES, UNEXPLAINED_CAUSE } from "./causes";
import { redact as redactText, mergeRemoved, type Redaction } from "./redact";

export interface AdminReport {
  subject: string;
  body: string;
  /** What redaction took out of the log-derived parts (credentials only when redaction is off). */
  removed: Redaction["removed"];
  /** The admin's address, when the caller gave one (never redacted; never set on an example). */
  to?: string;
  /** Made from the built-in example logs: marked in the subject and at the top, and addressed to no one. */
  example?: true;
}

/**
 * The language the report is written in and its translator. The caller brings them (the pane its one
 * lazily loaded catalog, the CLI its static ones), so the report pulls no catalog into a bundle.
 */
export interface ReportTexts {
  lang: UiLanguage;
  t: Translate;
}

export interface AdminReportOptions {
  texts: ReportTexts;
  /** Remove personal data from log lines and side-panel text; default true. Credentials go either way. */
  redact?: boolean;
  to?: string;
}

/** At most this many evidence lines go into the e-mail: the admin needs the telling ones, not the log. */
export const MAX_REPORT_EVIDENCE = 12;
/** Line width for targets that need short lines (the downloaded text file). */
export const REPORT_LINE_WIDTH = 78;

/** Read-only query of SFO's per-user tokens (SFO-FACTS §4): no query shows the policy itself, Setup does. */
export const REFRESH_TOKEN_POLICY_SOQL = [
  "SELECT UserId, CreatedDate, LastUsedDate, UseCount",
  "FROM OauthToken WHERE AppName = 'Salesforce for Outlook' ORDER BY CreatedDate DESC",
];

/** What an admin checks when no cause-specific step applies (the places SFO-FACTS §3–4 name). */
const GENERAL_CHECKS: readonly MessageKey[] = ["report.check.loginHistory", "report.check.policies", "report.check.support"];

/** The report for a diagnosis of the user's logs. */
export function buildAdminReport(d: Diagnosis, options: AdminReportOptions): AdminReport {
  const ctx = context(options);
  const causeId: CauseId = d.cause ?? UNEXPLAINED_CAUSE;
  const lines: string[] = [];
  const out = new Writer(lines);

  // Made from the built-in example logs: say so before anything else, so it never passes for a real report.
  if (d.example) out.para(ctx.t("report.example.body"));
  out.para(ctx.t("report.greeting"));
  out.para(ctx.t("report.intro"));
  // No cause means no logout: every logout the engine reads has one ("unknown" at least).
  if (d.cause === null) out.para(ctx.t("report.noLogout"));

  writeCause(out, ctx, causeId, d);
  // How sure, and why: from what the user sees only, unconfirmed by a status line, or a wording two causes share.
  for (const note of d.notes) out.para(ctx.t(note.key, note.params));
  writeFix(out, ctx, causeId);
  writeSidePanel(out, ctx, d);
  writeEvidence(out, ctx, d, causeId);
  out.para(ctx.t("cause.retirement"));
  out.para(ctx.t("report.closing"));
  writeDiagnostics(out, ctx, d);

  return finish(ctx, causeId, lines, d.example ? undefined : options.to, d.example === true);
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
  t: Translate;
  redacting: boolean;
  removed: Redaction["removed"][];
  /** Log-derived text: redacted (and counted) when redaction is on. */
  clean: (text: string) => string;
  /** A confidence score (0–1) with two decimals, in the report language's number format (0,75 in Finnish). */
  score: (value: number) => string;
}

function context(options: AdminReportOptions): ReportContext {
  const redacting = options.redact !== false;
  const removed: Redaction["removed"][] = [];
  return {
    t: (key, params) => options.texts.t(key, params),
    score: (value) => new Intl.NumberFormat(options.texts.lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
    redacting,
    removed,
    clean: (text) => {
      const r = redactText(text, { credentialsOnly: !redacting });
      removed.push(r.removed);
      return r.text;
    },
  };
}

function finish(ctx: ReportContext, cause: CauseId, lines: string[], to: string | undefined, example = false): AdminReport {
  const title = ctx.t("report.subject", { cause: ctx.t(getCause(cause).titleKey) });
  const subject = example ? ctx.t("report.example.subject", { subject: title }) : title;
  const body =
    lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n";
  const report: AdminReport = { subject, body, removed: mergeRemoved(...ctx.removed) };
  if (example) report.example = true;
  const address = to?.trim();
  if (address) report.to = address;
  return report;
}

function writeCause(out: Writer, ctx: ReportContext, cause: CauseId, d: Diagnosis | null): void {
  const def = getCause(cause);
  out.heading(ctx.t("report.heading.cause"));
  out.line(ctx.t(def.titleKey));
  out.text(ctx.t(def.adminKey));
  if (!def.policyGuess) return;
  // Quote SFO's own line only where the logs hold it: from AddinTrace.log alone the cause rests on the
  // side panel's message, and the admin should know that.
  const confirming = def.confirmingText?.toLowerCase();
  if (d && confirming && !d.evidence.some((e) => e.message.toLowerCase().includes(confirming)))
    out.para(ctx.t("report.refresh.noTraceLine"));
  if (d?.policy) {
    const reason = d.policyReason ? ctx.t(d.policyReason.key, d.policyReason.params) : "";
    out.para(ctx.t("report.policy.guess", { policy: ctx.t(`cause.policyGuess.${d.policy}`), reason }));
  } else {
    out.para(ctx.t(d ? "report.policy.unknown" : "report.policy.sidePanel"));
  }
}

function writeFix(out: Writer, ctx: ReportContext, cause: CauseId): void {
  const def = getCause(cause);
  out.heading(ctx.t(`report.heading.fix.${def.fixer}`));
  if (def.policyGuess) {
    // The seed article's fix, spelled out to the radio button and the metadata value.
    // Stryker disable next-line ConditionalExpression: "infinite" is the first of the four policies, so a search that takes the first one finds it too
    const infinite = REFRESH_TOKEN_POLICIES.find((p) => p.id === "infinite")!;
    const metadata = infinite.metadata;
    out.line(ctx.t("report.path.where"));
    out.text(ctx.t("report.path.classic"), "  ");
    out.text(ctx.t("report.path.lightning"), "  ");
    out.numbered(1, ctx.t("report.refresh.step.1"));
    out.numbered(2, ctx.t("report.refresh.step.2", { label: ctx.t(infinite.labelKey) }));
    out.text(ctx.t("report.refresh.metadata", { metadata }), "   ");
    out.numbered(3, ctx.t("report.refresh.step.3"));
    out.text(ctx.t("report.refresh.idleNote"));

    out.heading(ctx.t("report.heading.users"));
    out.text(ctx.t("report.restart"));

    out.heading(ctx.t("report.heading.verify"));
    out.bullet(ctx.t("report.verify.setup"));
    out.bullet(ctx.t("report.verify.metadata"));
    out.bullet(ctx.t("report.verify.soql"));
    for (const code of REFRESH_TOKEN_POLICY_SOQL) out.code(code, "    ");

    // Reading the setting and checking the fix are different questions: keep them under their own headings.
    out.heading(ctx.t("report.heading.verifyFix"));
    out.text(ctx.t(def.verifyKey));
    return;
  }
  const groups: [MessageKey, MessageKey[] | undefined][] = [
    ["report.steps.classic", def.stepKeys.classic],
    ["report.steps.lightning", def.stepKeys.lightning],
    // The user's own steps speak to the user; the admin gets them only when the user is the fixer.
    ["report.steps.user", def.fixer === "admin" || def.fixer === "escalate" ? undefined : def.stepKeys.user],
  ];
  let wroteSteps = false;
  for (const [label, keys] of groups) {
    if (!keys?.length) continue;
    out.line(ctx.t(label));
    keys.forEach((key, i) => out.numbered(i + 1, ctx.t(key)));
    wroteSteps = true;
  }
  // A cause with no steps for this reader still leaves the admin something to do: the general checks.
  if (!wroteSteps) {
    out.line(ctx.t("report.path.where"));
    out.text(ctx.t("report.path.classic"), "  ");
    out.text(ctx.t("report.path.lightning"), "  ");
    GENERAL_CHECKS.forEach((key, i) => out.numbered(i + 1, ctx.t(key)));
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

/**
 * Picks the lines that say most about `cause`: its signature texts, then errors, then status lines.
 * At most `max` of them, in file order (all of them when there are no more).
 */
export function selectReportEvidence(evidence: readonly Evidence[], cause: CauseId | null, max = MAX_REPORT_EVIDENCE): Evidence[] {
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
  // Array sort is stable: lines that say as much keep their file order, so the earliest of them stay.
  const ranked = evidence.map((e, i) => ({ e, i, s: score(e) })).sort((a, b) => b.s - a.s);
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
  const shown = selectReportEvidence(d.evidence, cause);
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
    out.line(ctx.t("report.diag.cause", { cause: d.cause, confidence: c === undefined || !getCause(d.cause).named ? "-" : ctx.score(c) }));
  } else {
    out.line(ctx.t("report.diag.noCause"));
  }
  const others = d.candidates.filter((c) => c.id !== d.cause);
  if (others.length > 0)
    out.text(ctx.t("report.diag.candidates", { list: others.map((c) => `${c.id} ${ctx.score(c.confidence)}`).join(", ") }));
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

/**
 * Builds plain-text lines, one per paragraph, item or code line: no hard wraps, so the preview, the
 * Outlook form and the mail app reflow the text to their width. `wrapReportBody` makes short lines
 * for a target that needs them, without splitting a word, URL or placeholder.
 */
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
    for (const paragraph of text.split(/\r?\n/)) this.lines.push(indent + oneLine(paragraph));
  }
  bullet(text: string): void {
    this.lines.push("- " + oneLine(text));
  }
  numbered(n: number, text: string): void {
    this.lines.push(`${n}. ` + oneLine(text));
  }
  code(text: string, indent: string): void {
    this.lines.push(indent + text);
  }
  /** A blank line before a heading or paragraph: `finish` folds runs of them into one and trims the ends. */
  private blank(): void {
    this.lines.push("");
  }
}

const oneLine = (text: string) => text.replace(/[ \t]+/g, " ").trim();

/**
 * The words of a line: runs of non-space, where `<<Unknown Label:KEY>>` counts as one word although
 * it holds a space (SFO's own placeholder must not be cut in two: the regex tries it first at each "<").
 * A no-break space joins, as its name says: French puts one before ":" and ";", and its numbers group
 * digits with a narrow one (12 345).
 */
function words(text: string): string[] {
  return text.match(/(?:<<[^<>\n]*>>|\S|[\u00a0\u202f])+/g) ?? [];
}

/**
 * Greedy word wrap of one line at `width`, continuation lines indented by `indent`. A word longer
 * than the line (a URL) gets a line of its own and is never cut.
 */
export function wrapReportText(text: string, firstIndent = "", indent = "", width = REPORT_LINE_WIDTH): string[] {
  const lines: string[] = [];
  let current = firstIndent;
  let empty = true;
  for (const word of words(text)) {
    if (empty) {
      current += word;
      empty = false;
    } else if (current.length + 1 + word.length <= width) {
      current += " " + word;
    } else {
      lines.push(current);
      current = indent + word;
    }
  }
  lines.push(empty ? current.trimEnd() : current);
  return lines;
}

/**
 * The report body with lines of at most `width` characters where words allow it (a plain-text file
 * read without soft wrap). Bullets and numbered items keep a hanging indent; SOQL breaks only at spaces.
 */
export function wrapReportBody(body: string, width = REPORT_LINE_WIDTH): string {
  return body
    .split("\n")
    .flatMap((line) => {
      if (line.length <= width) return [line];
      // Sticky: the indent and the item's marker at the line's start (both may be empty, so it always matches).
      const m = /( *)((?:- |\d+\. )?)/y.exec(line)!;
      const lead = m[1] + m[2];
      return wrapReportText(line.slice(lead.length), lead, " ".repeat(lead.length), width);
    })
    .join("\n");
}
