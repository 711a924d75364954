// The cause catalog as data (SFO-FACTS §3): how each cause shows in the logs, who fixes it, and the
// i18n keys of its explanation and steps. Diagnosis and every UI read from here; no cause text is inline.
import type { CauseId, Fixer } from "../types";
import { CAUSE_IDS } from "../types";

export interface CauseSignature {
  /** Literal text, matched case-insensitively. */
  text: string;
  weight: number;
}

export interface CauseDefinition {
  id: CauseId;
  fixer: Fixer;
  /** Side-panel detail label key SFO (simulated) shows for this cause. */
  detailKey: string;
  signatures: CauseSignature[];
  titleKey: string;
  userKey: string;
  adminKey: string;
  stepKeys: { classic?: string[]; lightning?: string[]; user?: string[] };
  verifyKey: string;
  /** What the user sees in the side panel, in plain words. */
  symptomKey: string;
}

const keysOf = (id: CauseId, area: "classic" | "lightning" | "user", n: number): string[] =>
  Array.from({ length: n }, (_, i) => `cause.${id}.steps.${area}.${i + 1}`);

function cause(
  id: CauseId,
  fixer: Fixer,
  detailKey: string,
  signatures: CauseSignature[],
  steps: { classic?: number; lightning?: number; user?: number },
): CauseDefinition {
  return {
    id,
    fixer,
    detailKey,
    signatures,
    titleKey: `cause.${id}.title`,
    userKey: `cause.${id}.user`,
    adminKey: `cause.${id}.admin`,
    stepKeys: {
      ...(steps.classic ? { classic: keysOf(id, "classic", steps.classic) } : {}),
      ...(steps.lightning ? { lightning: keysOf(id, "lightning", steps.lightning) } : {}),
      ...(steps.user ? { user: keysOf(id, "user", steps.user) } : {}),
    },
    verifyKey: `cause.${id}.verify`,
    symptomKey: `cause.${id}.symptom`,
  };
}

/** SFO's own wording for an expired refresh token; the line that tells refresh-token-expired from token-revoked. */
export const TOKEN_VALIDITY_EXPIRED = "token validity expired";

export const CAUSES: readonly CauseDefinition[] = [
  cause("refresh-token-expired", "admin", "oauthPolicy", [{ text: TOKEN_VALIDITY_EXPIRED, weight: 10 }], { classic: 5, lightning: 5, user: 2 }),
  // The token endpoint's words; they only mean "revoked" when SFO's own "token validity expired" is absent.
  cause("token-revoked", "user", "tokenRevoked", [
    { text: "expired access/refresh token", weight: 6 },
    { text: "invalid_grant", weight: 4 },
  ], { classic: 3, lightning: 3, user: 3 }),
  cause("ip-restricted", "admin", "ipRestricted", [
    { text: "ip restricted", weight: 8 },
    { text: "Restricted IP", weight: 8 },
    { text: "IP Address Not Allowed", weight: 8 },
  ], { classic: 6, lightning: 6, user: 1 }),
  cause("not-admin-approved", "admin", "notAdminApproved", [
    { text: "user is not admin approved to access this app", weight: 10 },
    { text: "OAUTH_APP_ACCESS_DENIED", weight: 8 },
  ], { classic: 4, lightning: 4, user: 1 }),
  cause("app-not-installed", "admin", "appNotInstalled", [
    { text: "app must be installed into org", weight: 10 },
    { text: "OAUTH_APPROVAL_ERROR_GENERIC", weight: 7 },
    { text: "invalid_client", weight: 3 },
  ], { classic: 3, lightning: 3, user: 1 }),
  cause("user-auth-failure", "admin", "authFailure", [
    { text: "authentication failure", weight: 8 },
    { text: "User is frozen", weight: 9 },
    { text: "User is inactive", weight: 9 },
  ], { classic: 3, lightning: 3, user: 1 }),
  cause("client-update-required", "user", "clientUpdateRequired", [{ text: "Client update required", weight: 10 }], { user: 3 }),
  cause("tls-unsupported", "user-it", "tlsUnsupported", [
    { text: "UNSUPPORTED_CLIENT", weight: 8 },
    { text: "TLS 1.0 has been disabled", weight: 10 },
  ], { user: 3 }),
  cause("proxy-or-network", "user-it", "connectionFailed", [
    { text: "Proxy Authentication Required", weight: 8 },
    { text: "Unable to connect to the remote server", weight: 7 },
    { text: "The remote name could not be resolved", weight: 7 },
    { text: "timed out", weight: 4 },
  ], { user: 3 }),
  cause("outlook-profile-mismatch", "user", "outlookProfileMismatch", [
    { text: "does not recognize your Outlook profile", weight: 10 },
  ], { user: 3 }),
  cause("unknown", "escalate", "sessionEnded", [], { user: 2 }),
];

if (CAUSES.length !== CAUSE_IDS.length) throw new Error("cause catalog and CAUSE_IDS disagree");

export function getCause(id: CauseId): CauseDefinition {
  const found = CAUSES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown cause id ${id}`);
  return found;
}

export type RefreshTokenPolicyId = "infinite" | "zero" | "specific_inactivity" | "specific_lifetime";

export interface RefreshTokenPolicy {
  id: RefreshTokenPolicyId;
  /** Setup label, i18n key. */
  labelKey: string;
  /** ConnectedAppOauthPolicy.refreshTokenPolicy value (API 49.0+). */
  metadata: string;
  /** What users of SFO notice under this policy, i18n key. */
  userEffectKey: string;
}

/** The four Refresh Token Policy settings (SFO-FACTS §4). `infinite` is the fix. */
export const REFRESH_TOKEN_POLICIES: readonly RefreshTokenPolicy[] = [
  { id: "infinite", labelKey: "cause.policy.infinite.label", metadata: "infinite", userEffectKey: "cause.policy.infinite.effect" },
  { id: "zero", labelKey: "cause.policy.zero.label", metadata: "zero", userEffectKey: "cause.policy.zero.effect" },
  { id: "specific_inactivity", labelKey: "cause.policy.specific_inactivity.label", metadata: "specific_inactivity:n:UNIT", userEffectKey: "cause.policy.specific_inactivity.effect" },
  { id: "specific_lifetime", labelKey: "cause.policy.specific_lifetime.label", metadata: "specific_lifetime:n:UNIT", userEffectKey: "cause.policy.specific_lifetime.effect" },
];

/** Which policy each guess points at. */
export const POLICY_FOR_GUESS = { immediately: "zero", "after-period": "specific_lifetime", "if-unused": "specific_inactivity" } as const;
