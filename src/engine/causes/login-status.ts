// Login History's Status texts (SFO-FACTS §7) mapped to the cause catalog, as data. The wordings are
// Salesforce's LOGIN_STATUS details for the Login event type:
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm
// Compared case-insensitively, with or without the "Failed: " prefix.
import { CAUSE_IDS, type CauseId } from "../types";

export interface LoginStatusCause {
  /** The Status text as Salesforce writes it. */
  status: string;
  /** The catalog cause it names. */
  cause: string;
  /** The catalog cause that covers it while the catalog has no cause of that id (e.g. login hours are told apart from IP ranges only by Login History). */
  near: CauseId;
  /** True where no public text ties the status to the cause: UIs say "probably". */
  inferred?: boolean;
}

export const LOGIN_STATUS_CAUSES: readonly LoginStatusCause[] = [
  { status: "Restricted IP", cause: "ip-restricted", near: "ip-restricted" },
  { status: "Failed: IP Address Not Allowed", cause: "ip-restricted", near: "ip-restricted" },
  // SOAP LOGIN_MUST_USE_SECURITY_TOKEN / identity verification: the IP is not trusted (SFO-FACTS §3).
  { status: "Failed: API security token required", cause: "ip-restricted", near: "ip-restricted", inferred: true },
  { status: "Failed: Computer activation required", cause: "ip-restricted", near: "ip-restricted", inferred: true },
  { status: "Restricted time", cause: "login-hours", near: "ip-restricted" },
  { status: "User is frozen", cause: "user-auth-failure", near: "user-auth-failure" },
  { status: "User is inactive", cause: "user-auth-failure", near: "user-auth-failure" },
  { status: "Password lockout", cause: "user-auth-failure", near: "user-auth-failure" },
  { status: "Invalid Password", cause: "user-auth-failure", near: "user-auth-failure", inferred: true },
  { status: "Outlook integration disabled", cause: "outlook-integration-disabled", near: "unknown" },
  { status: "Failed: Client update required", cause: "client-update-required", near: "client-update-required" },
  { status: "Failed: OAuth API access disabled", cause: "api-disabled", near: "unknown" },
  // A refresh token the server no longer honours: revoked, or expired by the policy (SFO-FACTS §3).
  { status: "Failed: Invalid Token", cause: "token-revoked", near: "token-revoked", inferred: true },
  { status: "Failed: Consumer Deleted", cause: "app-not-installed", near: "app-not-installed", inferred: true },
  { status: "Failed: Invalid Nonce", cause: "unknown", near: "unknown" },
];

/** Lower-case, no "failed:" prefix, single spaces: how two spellings of one status compare. */
export function normalizeLoginStatus(status: string): string {
  return status.trim().toLowerCase().replace(/^failed:\s*/, "").replace(/\s+/g, " ");
}

const SUCCESS = new Set(["success", "succeeded"]);

const known = (id: string): id is CauseId => (CAUSE_IDS as readonly string[]).includes(id);

const BY_STATUS = new Map<string, { cause: CauseId; inferred: boolean }>(
  LOGIN_STATUS_CAUSES.map((s) => [normalizeLoginStatus(s.status), { cause: known(s.cause) ? s.cause : s.near, inferred: Boolean(s.inferred) }]),
);

export interface LoginStatusReading {
  failed: boolean;
  /** The cause of a failed status; "unknown" for a failure no entry names; null for a success. */
  cause: CauseId | null;
  inferred: boolean;
}

/** What one Login History Status means. Empty status counts as unknown failure: the row says nothing. */
export function readLoginStatus(status: string): LoginStatusReading {
  const n = normalizeLoginStatus(status);
  if (SUCCESS.has(n)) return { failed: false, cause: null, inferred: false };
  const hit = BY_STATUS.get(n);
  if (hit) return { failed: true, cause: hit.cause, inferred: hit.inferred };
  return { failed: true, cause: "unknown", inferred: false };
}
