// The shapes the engine hands to the CLI, the worker and the pane. Field names of `Diagnosis` are the
// JSON contract of `sfo-doctor diagnose --json` (issue 3): add fields, never rename them.
import type { MessageKey } from "./i18n/keys";

export const CAUSE_IDS = [
  "refresh-token-expired",
  "token-revoked",
  "ip-restricted",
  "login-hours",
  "not-admin-approved",
  "app-not-installed",
  "user-auth-failure",
  "outlook-integration-disabled",
  "client-update-required",
  "tls-unsupported",
  "proxy-or-network",
  "outlook-profile-mismatch",
  "unknown",
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** Who can fix a cause. */
export type Fixer = "admin" | "user" | "user-it" | "escalate";

/** Which Refresh Token Policy the timing of the failures suggests. */
export type PolicyGuess = "immediately" | "after-period" | "if-unused";

export type LogStatus = "logged-out" | "connected" | "unknown";

/** Encodings the log reader recognises. "windows-1252": no BOM and some lines were not UTF-8, so they were read as Windows-1252. */
export type LogEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/** One log4net entry. `time` is local time without zone, ISO form: 2015-04-24T15:17:11.290. */
export interface LogEntry {
  file: string;
  line: number;
  time: string;
  thread: string;
  level: string;
  logger: string;
  message: string;
  /** Continuation lines (stack traces) that belong to this entry. */
  continuation?: string[];
}

export interface LogFileSummary {
  path: string;
  entries: number;
  bytes: number;
  encoding: LogEncoding;
}

/** The three labels SFO passes to sidepanelcontainer.htm. */
export type SidePanelSlot = "loggedOut" | "detail" | "button";

export interface SidePanelState {
  /** Text as SFO passed it: resolved text, or `<<Unknown Label:KEY>>`. */
  labels: Record<SidePanelSlot, string>;
  /** Label key per slot when known (from the raw form, or mapped back from resolved text). */
  keys: Partial<Record<SidePanelSlot, string>>;
  /** The detail label's key, e.g. "oauthPolicy"; null when it cannot be told. */
  detailKey: string | null;
  /** Slots whose label is the unresolved `<<Unknown Label:KEY>>` form. */
  unresolved: SidePanelSlot[];
}

export interface Evidence {
  file: string;
  line: number;
  time: string;
  level: string;
  logger: string;
  message: string;
}

export interface Episode {
  from: string;
  to: string | null;
  cause: CauseId;
}

export interface Candidate {
  id: CauseId;
  /** 0..1, how strongly the evidence points at this cause (at most 0.7 when only a side-panel key names it); for "unknown" it only means "nothing known was found", so UIs show no percentage. */
  confidence: number;
}

export interface StatusChange {
  time: string;
  file: string;
  line: number;
  /** The flags as logged, e.g. ["SalesforceNotConnected", "SalesforceCredentialsInvalid"]. */
  flags: string[];
  status: LogStatus;
}

/** An i18n key and its params: a sentence the engine wants said next to the diagnosis. */
export interface DiagnosisNote {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** What the diagnosis rests on: SFO's logs, or only what the user sees and pasted (a side-panel text, a dialog, an error message). */
export type DiagnosisBasis = "logs" | "symptom";

export interface Diagnosis {
  /** "symptom": no log was read; the cause comes from what the user sees, and confidence is capped. */
  basis: DiagnosisBasis;
  status: LogStatus;
  cause: CauseId | null;
  policy: PolicyGuess | null;
  /** i18n key (with params) that says why the policy guess was made; null when policy is null. */
  policyReason: { key: MessageKey; params?: Record<string, string | number> } | null;
  candidates: Candidate[];
  sidePanel: SidePanelState | null;
  evidence: Evidence[];
  episodes: Episode[];
  files: LogFileSummary[];
  timeline: StatusChange[];
  /**
   * True when the diagnosis was made from the built-in example logs (the seed article's), not the
   * user's: every view, copy and email made from it says "Example, not your logs", and it can never
   * be sent as the user's own report. Absent for real logs (the CLI never sets it).
   */
  example?: true;
  /** Sentences that qualify the diagnosis: how sure and why, what would confirm it, what tells shared wordings apart. */
  notes: DiagnosisNote[];
}
