// What `sfo-doctor org` and the pane's org view report: SFO's sign-ins across a whole org, read from
// Login History, OauthToken and SetupAuditTrail exports. Field names are the JSON contract of
// `sfo-doctor org --json`: add fields, never rename them.
import type { CauseId } from "../types";
import type { MessageKey } from "../i18n/keys";

export type OrgKind = "login-history" | "oauth-token" | "setup-audit-trail";

/** Why a file could not be read; i18n `org.problem.<kind>`. */
export type OrgProblemKind =
  | "empty"
  | "binary"
  | "encoding"
  | "compressed"
  | "gzip-truncated"
  | "gzip-bad"
  | "not-org"
  | "query-error"
  | "bad-json"
  | "no-records"
  | "too-large"
  | "unreadable"
  | "missing";

export class OrgInputError extends Error {
  constructor(
    public readonly file: string,
    public readonly kind: OrgProblemKind,
    /** What the file held instead (its columns, the query's error message); shown after the reason. */
    public readonly detail = "",
  ) {
    super(`${file}: ${kind}${detail ? ` (${detail})` : ""}`);
    this.name = "OrgInputError";
  }
}

export interface OrgProblem {
  file: string;
  reason: OrgProblemKind;
  detail: string;
}

export interface OrgFileSummary {
  file: string;
  kind: OrgKind;
  format: "csv" | "json";
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** The CSV separator found in the header (`,` `;` or a tab); null for JSON. */
  delimiter: string | null;
  /** Data rows (CSV) or records (JSON). */
  rows: number;
  /** Rows that belong to Salesforce for Outlook (or mention it, for the audit trail). */
  sfoRows: number;
  /** Rows that could not be read: their count, and the first line numbers (record numbers for JSON). */
  unreadable: { count: number; lines: number[] };
}

export interface OrgCauseSummary {
  cause: CauseId;
  count: number;
  first: string;
  last: string;
  /** The Status texts that named it, as Salesforce wrote them. */
  statuses: string[];
  /** True when the mapping from status to cause is ours, not Salesforce's (UIs say "probably"). */
  inferred: boolean;
}

export interface OrgHint {
  kind: "expiring-policy" | "five-approvals" | "signs-in-again";
  /** i18n key and params: the hint and the reason it is given. */
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface OrgUser {
  user: string;
  /** SFO sign-in rows of this user. */
  logins: number;
  failures: number;
  /** Interactive OAuth sign-ins (login subtype "OAuth User-Agent"): each makes a new refresh token. */
  signIns: number;
  /** True when the latest row is a failure. */
  failing: boolean;
  latest: { time: string; status: string; cause: CauseId | null } | null;
  /** The cause of the latest failure; null when there was none. */
  cause: CauseId | null;
  causes: OrgCauseSummary[];
  clientVersion: string | null;
  tlsProtocol: string | null;
  hint: OrgHint | null;
}

export interface OrgToken {
  created: string;
  lastUsed: string | null;
  useCount: number | null;
  /** Hours from creation to last use; null when never used. */
  lifeHours: number | null;
}

export interface OrgTokenUser {
  user: string;
  tokens: OrgToken[];
  hint: OrgHint | null;
}

export interface OrgAuditChange {
  time: string;
  who: string;
  section: string;
  action: string;
  display: string;
}

export interface OrgReport {
  files: OrgFileSummary[];
  problems: OrgProblem[];
  /** How slash dates were read: "day-first" when the files showed it (a day above 12), otherwise "month-first". */
  dateOrder: "month-first" | "day-first" | null;
  users: OrgUser[];
  tokens: OrgTokenUser[];
  audit: OrgAuditChange[];
  summary: { users: number; failing: number; causes: Partial<Record<CauseId, number>>; unreadableRows: number };
}
