// Login History's Status texts (SFO-FACTS §7) mapped to the cause catalog, as data. Each status is the
// "Details" Salesforce lists for one API error code of the Login event type's LOGIN_STATUS (the same
// texts Setup → Login History shows), with the address it was copied from. Compared case-insensitively,
// with or without the "Failed: " prefix (Japanese "失敗: ") and a closing full stop.
import type { CauseId } from "../types";
import { WORDING_SOURCES as S } from "./sources";

export interface LoginStatusCause {
  /** The Status text as Salesforce writes it. */
  status: string;
  /** Salesforce's API error code for it (LOGIN_STATUS), where the source names one. */
  code?: string;
  /** The catalog cause it names; null where the catalog has no cause for it (shown as unknown, with the text). */
  cause: CauseId | null;
  /** The public address the status text was copied from. */
  source: string;
  /** True where no public text ties the status to the cause: UIs say "probably". */
  inferred?: boolean;
}

/** Salesforce KB 000212208: "Failed: Not approved for access" for a user the connected app's policy does not admit. */
const NOT_APPROVED = "https://help.salesforce.com/apex/HTViewSolution?id=000212208&language=en_US";

/** The current Japanese LOGIN_STATUS list (S.loginStatusJa is the Spring '17 one; a few words changed since). */
const JA_CURRENT =
  "https://developer.salesforce.com/docs/atlas.ja-jp.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm";

export const LOGIN_STATUS_CAUSES: readonly LoginStatusCause[] = [
  { status: "Restricted IP", code: "LOGIN_ERROR_RESTRICTED_DOMAIN", cause: "ip-restricted", source: S.loginStatus },
  { status: "Failed: IP Address Not Allowed", code: "LOGIN_OAUTH_INVALID_IP", cause: "ip-restricted", source: S.loginStatus },
  // Salesforce asks for a security token or a verification only from an IP outside the trusted ranges (SFO-FACTS §3).
  {
    status: "Failed: API security token required",
    code: "LOGIN_ERROR_MUST_USE_API_TOKEN",
    cause: "ip-restricted",
    source: S.loginStatus,
    inferred: true,
  },
  {
    status: "失敗: API セキュリティトークンが必要です。",
    code: "LOGIN_ERROR_MUST_USE_API_TOKEN",
    cause: "ip-restricted",
    source: S.loginStatusJa,
    inferred: true,
  },
  {
    status: "Failed: Computer activation required",
    code: "LOGIN_CHALLENGE_ISSUED",
    cause: "ip-restricted",
    source: S.loginStatus,
    inferred: true,
  },
  {
    status: "失敗: コンピュータの有効化が必要です。",
    code: "LOGIN_CHALLENGE_ISSUED",
    cause: "ip-restricted",
    source: S.loginStatusJa,
    inferred: true,
  },
  {
    status: "失敗: コンピューターの有効化が必要です。",
    code: "LOGIN_CHALLENGE_ISSUED",
    cause: "ip-restricted",
    source: JA_CURRENT,
    inferred: true,
  },
  {
    status: "Failed: Computer activation pending",
    code: "LOGIN_CHALLENGE_PENDING",
    cause: "ip-restricted",
    source: S.loginStatus,
    inferred: true,
  },
  { status: "Restricted time", code: "LOGIN_ERROR_RESTRICTED_TIME", cause: "login-hours", source: S.loginStatus },
  { status: "Failed: Not approved for access", cause: "not-admin-approved", source: NOT_APPROVED },
  { status: "User is frozen", code: "LOGIN_ERROR_USER_FROZEN", cause: "user-auth-failure", source: S.loginStatus },
  { status: "User is inactive", code: "LOGIN_ERROR_USER_INACTIVE", cause: "user-auth-failure", source: S.loginStatus },
  { status: "Password lockout", code: "LOGIN_ERROR_PASSWORD_LOCKOUT", cause: "user-auth-failure", source: S.loginStatus },
  { status: "Invalid password", code: "LOGIN_ERROR_INVALID_PASSWORD", cause: "user-auth-failure", source: S.loginStatus, inferred: true },
  {
    status: "無効なパスワードです。",
    code: "LOGIN_ERROR_INVALID_PASSWORD",
    cause: "user-auth-failure",
    source: S.loginStatusJa,
    inferred: true,
  },
  {
    status: "Outlook integration disabled",
    code: "LOGIN_ERROR_OUTLOOK_DISABLED",
    cause: "outlook-integration-disabled",
    source: S.loginStatus,
  },
  {
    status: "Failed: Client update required",
    code: "LOGIN_ERROR_CLIENT_REQ_UPDATE",
    cause: "client-update-required",
    source: S.loginStatus,
  },
  {
    status: "失敗: クライアントの更新が必要です。",
    code: "LOGIN_ERROR_CLIENT_REQ_UPDATE",
    cause: "client-update-required",
    source: S.loginStatusJa,
  },
  // A refresh token the server no longer honours: revoked, or expired by the policy (SFO-FACTS §3).
  { status: "Failed: Invalid Token", code: "LOGIN_OAUTH_INVALID_TOKEN", cause: "token-revoked", source: S.loginStatus, inferred: true },
  {
    status: "Failed: Consumer Deleted",
    code: "LOGIN_OAUTH_CONSUMER_DELETED",
    cause: "app-not-installed",
    source: S.loginStatus,
    inferred: true,
  },
  {
    status: "Package for this consumer is not installed in your organization",
    code: "LOGIN_OAUTH_PACKAGE_MISSING",
    cause: "app-not-installed",
    source: S.loginStatus,
    inferred: true,
  },
  // No cause of the catalog: the admin sees Salesforce's own text under "unknown".
  { status: "Failed: OAuth API access disabled", code: "LOGIN_OAUTH_API_DISABLED", cause: null, source: S.loginStatus },
  { status: "Failed: Invalid Nonce", code: "LOGIN_OAUTH_INVALID_NONCE", cause: null, source: S.loginStatus },
];

/** Lower-case, no "failed:" prefix, no closing full stop, single spaces: how two spellings of one status compare. */
export function normalizeLoginStatus(status: string): string {
  return status
    .trim()
    .toLowerCase()
    .replace(/^(failed|失敗)\s*[:：]\s*/, "")
    .replace(/[.。]$/, "")
    .replace(/\s+/g, " ");
}

const SUCCESS = new Set(["success", "succeeded"]);

const BY_STATUS = new Map<string, { cause: CauseId; inferred: boolean }>(
  LOGIN_STATUS_CAUSES.map((s) => [normalizeLoginStatus(s.status), { cause: s.cause ?? "unknown", inferred: Boolean(s.inferred) }]),
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
