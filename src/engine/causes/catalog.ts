// The cause catalog as data (SFO-FACTS §3): the public wordings that identify each cause (each with the
// address it was copied from), who fixes it, the side-panel state SFO shows for it, and the i18n keys of
// its explanation and steps. It is the only place that knows causes: diagnosis, CLI, report and pane read
// everything cause-specific from here.
import type { CauseId, Fixer } from "../types";
import { CAUSE_IDS } from "../types";
import { WORDING_SOURCES as S } from "./sources";
import type { MessageKey } from "../i18n/keys";

/** Where a wording comes from: who writes it and in what frame. */
export type SignatureKind =
  /** Salesforce's OAuth token endpoint (`error` / `error_description`). */
  | "oauth"
  /** A SOAP or REST API fault code or message. */
  | "api"
  /** A Login History status (Setup, LoginHistory.Status, EventLogFile LOGIN_STATUS). */
  | "login-history"
  /** A .NET exception text (WebException, SocketException, AuthenticationException). */
  | "dotnet"
  /** A dialog or message SFO shows the user. */
  | "sfo-dialog"
  /** A line only SFO's own log carries. */
  | "sfo-log";

export interface CauseSignature {
  /** Literal text; matched on normalised entry text (any case, curly quotes, URL encoding, line wraps). */
  text: string;
  /** How much one sighting counts for the cause (a status or side-panel line counts 12). */
  weight: number;
  kind: SignatureKind;
  /** The public address the wording was copied from. */
  source: string;
  /** Other causes public sources show with the very same text: they become candidates too. */
  shared?: readonly CauseId[];
  /** What the cheap byte search looks for when the signature's longest word is too short or too common. */
  anchor?: string;
  /** No public text shows SFO or Salesforce producing it for this cause: our reading, to be replaced when one does. */
  inferred?: boolean;
}

/** What the side panel shows for a cause: the detail label's key, and whether a public source shows SFO using it. */
export interface CauseSidePanel {
  detailKey: string;
  /** Only `oauthPolicy` is seen in public sources (the seed); every other key is our simulation. */
  documented: boolean;
}

export interface CauseDefinition {
  id: CauseId;
  fixer: Fixer;
  sidePanel: CauseSidePanel;
  /** Side-panel detail label key (same as sidePanel.detailKey). */
  detailKey: string;
  signatures: readonly CauseSignature[];
  titleKey: MessageKey;
  userKey: MessageKey;
  adminKey: MessageKey;
  /** Fix steps per audience, in order, as i18n keys. */
  stepKeys: { classic?: MessageKey[]; lightning?: MessageKey[]; user?: MessageKey[] };
  verifyKey: MessageKey;
  /** What the user sees in the side panel, in plain words. */
  symptomKey: MessageKey;
  /** The connected app's Refresh Token Policy is the fix: guess which expiring setting is set from the timing of the failures. */
  policyGuess: boolean;
  /** False for the cause that stands for "no known text explains it": UIs show no percentage for it. */
  named: boolean;
  /** The one setting the admin chooses to fix it (named in a short mail), i18n key. */
  fixSettingKey?: MessageKey;
  /** Signing in again lasts: "lasting"; lasts only until the next expiry: "expiring"; cannot be told: "possible". */
  signIn: "lasting" | "expiring" | "possible";
  /** A warning the user should read before acting, i18n key. */
  warningKey?: MessageKey;
  /** How an admin reads the setting behind this cause, i18n key. */
  readSettingKey?: MessageKey;
  /** The log line that confirms this cause in Trace.log; the report says when the evidence lacks it. */
  confirmingText?: string;
  /** What tells this cause apart from the causes it shares a wording with, i18n key. */
  tellApartKey?: MessageKey;
}

type Steps = CauseDefinition["stepKeys"];
interface CauseSpec extends Partial<
  Pick<CauseDefinition, "warningKey" | "readSettingKey" | "confirmingText" | "tellApartKey" | "fixSettingKey">
> {
  named?: boolean;
  fixer: Fixer;
  sidePanel: CauseSidePanel;
  signatures: CauseSignature[];
  steps: Steps;
  policyGuess?: boolean;
  signIn?: CauseDefinition["signIn"];
}

function cause(id: CauseId, spec: CauseSpec): CauseDefinition {
  return {
    id,
    fixer: spec.fixer,
    sidePanel: spec.sidePanel,
    detailKey: spec.sidePanel.detailKey,
    signatures: spec.signatures,
    titleKey: `cause.${id}.title`,
    userKey: `cause.${id}.user`,
    adminKey: `cause.${id}.admin`,
    stepKeys: spec.steps,
    verifyKey: `cause.${id}.verify`,
    symptomKey: `cause.${id}.symptom`,
    policyGuess: spec.policyGuess ?? false,
    named: spec.named ?? true,
    signIn: spec.signIn ?? "lasting",
    ...(spec.warningKey ? { warningKey: spec.warningKey } : {}),
    ...(spec.readSettingKey ? { readSettingKey: spec.readSettingKey } : {}),
    ...(spec.confirmingText ? { confirmingText: spec.confirmingText } : {}),
    ...(spec.tellApartKey ? { tellApartKey: spec.tellApartKey } : {}),
    ...(spec.fixSettingKey ? { fixSettingKey: spec.fixSettingKey } : {}),
  };
}

const panel = (detailKey: string, documented = false): CauseSidePanel => ({ detailKey, documented });
const sig = (text: string, weight: number, kind: SignatureKind, source: string, more: Partial<CauseSignature> = {}): CauseSignature => ({
  text,
  weight,
  kind,
  source,
  ...more,
});

/** Salesforce's error description for a refresh token its policy expired, which SFO logs (seed). */
export const TOKEN_VALIDITY_EXPIRED = "token validity expired";

export const CAUSES: readonly CauseDefinition[] = [
  cause("refresh-token-expired", {
    fixer: "admin",
    sidePanel: panel("oauthPolicy", true),
    signatures: [sig(TOKEN_VALIDITY_EXPIRED, 10, "sfo-log", S.seed)],
    steps: {
      classic: [
        "cause.refresh-token-expired.steps.classic.1",
        "cause.refresh-token-expired.steps.classic.2",
        "cause.refresh-token-expired.steps.classic.3",
        "cause.refresh-token-expired.steps.classic.4",
        "cause.refresh-token-expired.steps.classic.5",
      ],
      lightning: [
        "cause.refresh-token-expired.steps.lightning.1",
        "cause.refresh-token-expired.steps.lightning.2",
        "cause.refresh-token-expired.steps.lightning.3",
        "cause.refresh-token-expired.steps.lightning.4",
        "cause.refresh-token-expired.steps.lightning.5",
      ],
      user: ["cause.refresh-token-expired.steps.user.1", "cause.refresh-token-expired.steps.user.2"],
    },
    policyGuess: true,
    signIn: "expiring",
    warningKey: "cause.refresh-token-expired.warning",
    readSettingKey: "cause.policy.readHint",
    fixSettingKey: "cause.policy.infinite.label",
    confirmingText: TOKEN_VALIDITY_EXPIRED,
    tellApartKey: "cause.tellApart.token",
  }),
  cause("token-revoked", {
    fixer: "user",
    sidePanel: panel("tokenRevoked"),
    // Real clients get this exact text when a policy expired the token too (SFO-FACTS §3): both are candidates.
    signatures: [
      // Returned for revoked tokens and for tokens a Refresh Token Policy expired alike: both are candidates.
      sig("expired access/refresh token", 6, "oauth", S.oauthErrors, { shared: ["refresh-token-expired"] }),
    ],
    steps: {
      classic: ["cause.token-revoked.steps.classic.1", "cause.token-revoked.steps.classic.2", "cause.token-revoked.steps.classic.3"],
      lightning: [
        "cause.token-revoked.steps.lightning.1",
        "cause.token-revoked.steps.lightning.2",
        "cause.token-revoked.steps.lightning.3",
      ],
      user: ["cause.token-revoked.steps.user.1", "cause.token-revoked.steps.user.2", "cause.token-revoked.steps.user.3"],
    },
    tellApartKey: "cause.tellApart.token",
  }),
  cause("ip-restricted", {
    fixer: "admin",
    sidePanel: panel("ipRestricted"),
    signatures: [
      // The token endpoint's one text for IP ranges and Login Hours alike: Login History tells them apart.
      sig("ip restricted or invalid login hours", 8, "oauth", "https://github.com/sfdx-actions/setup-sfdx/issues/17", {
        shared: ["login-hours"],
      }),
      sig("ip restricted", 7, "oauth", "https://github.com/sfdx-actions/setup-sfdx/issues/17", { shared: ["login-hours"] }),
      sig("Restricted IP", 10, "login-history", S.loginStatus),
      sig("IP Address Not Allowed", 10, "login-history", S.loginStatus),
      sig("API security token required", 10, "login-history", S.loginStatus),
      sig("API セキュリティトークンが必要です", 10, "login-history", S.loginStatusJa),
      // Outweighs the INVALID_LOGIN sentence its message repeats.
      sig("LOGIN_MUST_USE_SECURITY_TOKEN", 10, "api", "https://github.com/jsforce/jsforce/issues/487"),
      sig(
        "you must add a security token to your password to log in",
        10,
        "api",
        "https://github.com/forcedotcom/Analytics-Cloud-Dataset-Utils/issues/7",
      ),
    ],
    steps: {
      classic: [
        "cause.ip-restricted.steps.classic.1",
        "cause.ip-restricted.steps.classic.2",
        "cause.ip-restricted.steps.classic.3",
        "cause.ip-restricted.steps.classic.4",
        "cause.ip-restricted.steps.classic.5",
        "cause.ip-restricted.steps.classic.6",
      ],
      lightning: [
        "cause.ip-restricted.steps.lightning.1",
        "cause.ip-restricted.steps.lightning.2",
        "cause.ip-restricted.steps.lightning.3",
        "cause.ip-restricted.steps.lightning.4",
        "cause.ip-restricted.steps.lightning.5",
        "cause.ip-restricted.steps.lightning.6",
      ],
      user: ["cause.ip-restricted.steps.user.1"],
    },
    tellApartKey: "cause.tellApart.ipHours",
  }),
  cause("login-hours", {
    fixer: "admin",
    sidePanel: panel("loginHours"),
    signatures: [
      sig("Restricted time", 10, "login-history", S.loginStatus),
      sig("LOGIN_DURING_RESTRICTED_TIME", 10, "api", "https://github.com/theswamis/dataloadercliq/issues/84"),
      sig("cannot log in during restricted time", 10, "api", "https://github.com/theswamis/dataloadercliq/issues/84"),
    ],
    steps: {
      classic: ["cause.login-hours.steps.classic.1", "cause.login-hours.steps.classic.2", "cause.login-hours.steps.classic.3"],
      lightning: ["cause.login-hours.steps.lightning.1", "cause.login-hours.steps.lightning.2", "cause.login-hours.steps.lightning.3"],
      user: ["cause.login-hours.steps.user.1"],
    },
    tellApartKey: "cause.tellApart.ipHours",
  }),
  cause("not-admin-approved", {
    fixer: "admin",
    sidePanel: panel("notAdminApproved"),
    signatures: [
      sig("user is not admin approved to access this app", 10, "oauth", "https://github.com/jetstreamapp/jetstream/issues/656"),
      sig("invalid_app_access", 9, "oauth", "https://github.com/forcedotcom/cli/issues/3260"),
      sig("OAUTH_APP_ACCESS_DENIED", 8, "oauth", "https://github.com/abisek/salesforce-elf-browser/issues/9"),
      sig("Not approved for access", 10, "login-history", "https://help.salesforce.com/apex/HTViewSolution?id=000212208&language=en_US"),
    ],
    steps: {
      classic: [
        "cause.not-admin-approved.steps.classic.1",
        "cause.not-admin-approved.steps.classic.2",
        "cause.not-admin-approved.steps.classic.3",
        "cause.not-admin-approved.steps.classic.4",
      ],
      lightning: [
        "cause.not-admin-approved.steps.lightning.1",
        "cause.not-admin-approved.steps.lightning.2",
        "cause.not-admin-approved.steps.lightning.3",
        "cause.not-admin-approved.steps.lightning.4",
      ],
      user: ["cause.not-admin-approved.steps.user.1"],
    },
  }),
  cause("app-not-installed", {
    fixer: "admin",
    sidePanel: panel("appNotInstalled"),
    signatures: [
      sig(
        "app must be installed into org",
        10,
        "oauth",
        "https://support.movedata.io/knowledgebase/technical/oauth-error-approve-uninstalled-connected-apps/",
      ),
      sig("OAUTH_APP_BLOCKED", 8, "oauth", "https://github.com/n8n-io/n8n/issues/21589"),
    ],
    steps: {
      classic: [
        "cause.app-not-installed.steps.classic.1",
        "cause.app-not-installed.steps.classic.2",
        "cause.app-not-installed.steps.classic.3",
      ],
      lightning: [
        "cause.app-not-installed.steps.lightning.1",
        "cause.app-not-installed.steps.lightning.2",
        "cause.app-not-installed.steps.lightning.3",
      ],
      user: ["cause.app-not-installed.steps.user.1"],
    },
  }),
  cause("user-auth-failure", {
    fixer: "admin",
    sidePanel: panel("authFailure"),
    signatures: [
      sig("authentication failure", 8, "oauth", "https://github.com/kevinohara80/nforce/issues/194"),
      sig("inactive user", 9, "oauth", "https://github.com/restforce/restforce/issues/303"),
      sig("Invalid username, password, security token; or user locked out", 8, "api", "https://github.com/egen/spark-salesforce/issues/24"),
      sig(
        "Invalid username, password, security token, user not active, or user locked out",
        8,
        "api",
        "https://github.com/forcedotcom/EMP-Connector/issues/95",
      ),
      sig(
        "Invalid username or password, locked out or Self-Service portal is not enabled",
        8,
        "api",
        "https://github.com/simple-salesforce/simple-salesforce/issues/99",
      ),
      sig("INVALID_LOGIN", 8, "api", "https://github.com/apexsharp/apexsharp/issues/20"),
      sig(
        "Your access to salesforce.com has been disabled by your system administrator",
        10,
        "sfo-dialog",
        "https://help.salesforce.com/s/articleView?id=000390434&language=da&type=1",
      ),
      sig("User is frozen", 10, "login-history", S.loginStatus),
      sig("User is inactive", 10, "login-history", S.loginStatus),
      sig("Password lockout", 10, "login-history", S.loginStatus),
      // The password expired (inferred mapping: the user cannot sign in until it is changed).
      sig("INVALID_OPERATION_WITH_EXPIRED_PASSWORD", 8, "oauth", "https://github.com/omniphx/forrest/issues/240", { inferred: true }),
    ],
    steps: {
      classic: [
        "cause.user-auth-failure.steps.classic.1",
        "cause.user-auth-failure.steps.classic.2",
        "cause.user-auth-failure.steps.classic.3",
      ],
      lightning: [
        "cause.user-auth-failure.steps.lightning.1",
        "cause.user-auth-failure.steps.lightning.2",
        "cause.user-auth-failure.steps.lightning.3",
      ],
      user: ["cause.user-auth-failure.steps.user.1"],
    },
  }),
  cause("outlook-integration-disabled", {
    fixer: "admin",
    sidePanel: panel("outlookIntegrationDisabled"),
    signatures: [sig("Outlook integration disabled", 10, "login-history", S.loginStatus)],
    steps: {
      classic: ["cause.outlook-integration-disabled.steps.classic.1", "cause.outlook-integration-disabled.steps.classic.2"],
      lightning: ["cause.outlook-integration-disabled.steps.lightning.1", "cause.outlook-integration-disabled.steps.lightning.2"],
      user: ["cause.outlook-integration-disabled.steps.user.1"],
    },
  }),
  cause("client-update-required", {
    fixer: "user",
    sidePanel: panel("clientUpdateRequired"),
    signatures: [
      sig("Client update required", 10, "login-history", S.loginStatus),
      sig("クライアントの更新が必要です", 10, "login-history", S.loginStatusJa),
      sig(
        "CLIENT_REQUIRE_UPDATE_FOR_USER",
        10,
        "api",
        "https://knowledge.validity.com/hc/en-us/articles/7990957719707-DemandTools-Log-File-Exception-Codes",
      ),
    ],
    steps: {
      user: [
        "cause.client-update-required.steps.user.1",
        "cause.client-update-required.steps.user.2",
        "cause.client-update-required.steps.user.3",
      ],
    },
  }),
  cause("tls-unsupported", {
    fixer: "user-it",
    sidePanel: panel("tlsUnsupported"),
    signatures: [
      sig("TLS 1.0 has been disabled in this organization", 10, "api", "https://github.com/certinia/df12-deployment-tools/issues/21"),
      sig("UNSUPPORTED_CLIENT", 8, "api", "https://github.com/phpforce/soap-client/issues/25"),
      sig("Stronger security is required", 8, "sfo-dialog", "https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/281"),
      sig("Could not create SSL/TLS secure channel", 9, "dotnet", "https://github.com/dthagard/salesforce_backup/issues/1"),
      // Fixed by TLS 1.2 in public threads, but a dropped connection gives it too.
      sig(
        "The underlying connection was closed: An unexpected error occurred on a send",
        6,
        "dotnet",
        "https://github.com/kevbite/CompaniesHouse.NET/issues/111",
        { shared: ["proxy-or-network"] },
      ),
    ],
    steps: { user: ["cause.tls-unsupported.steps.user.1", "cause.tls-unsupported.steps.user.2", "cause.tls-unsupported.steps.user.3"] },
    tellApartKey: "cause.tellApart.tlsNetwork",
  }),
  cause("proxy-or-network", {
    fixer: "user-it",
    sidePanel: panel("connectionFailed"),
    signatures: [
      sig("(407) Proxy Authentication Required", 8, "dotnet", "https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/31"),
      sig("(407) Se requiere autenticación del proxy", 8, "dotnet", "https://github.com/ramboxapp/community-edition/issues/496"),
      sig("(407) Требуется аутентификация посредника", 8, "dotnet", "https://github.com/diadoc/diadocsdk-csharp/issues/784"),
      sig("Unable to connect to the remote server", 7, "dotnet", "https://github.com/ShareX/ShareX/issues/1225"),
      sig("无法连接到远程服务器", 7, "dotnet", "https://github.com/j6mes/httplib/issues/25"),
      sig("The remote name could not be resolved", 7, "dotnet", "https://github.com/lfreeland/Salesforce-Bulk-API-Starter/issues/1"),
      sig(
        "A connection attempt failed because the connected party did not properly respond",
        7,
        "dotnet",
        "https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/416",
        { anchor: "properly respond" },
      ),
      sig("SocketException (10060)", 7, "dotnet", "https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/416", {
        anchor: "SocketException",
      }),
      sig("SocketException (0x274c)", 7, "dotnet", "https://github.com/sendgrid/sendgrid-csharp/issues/659", { anchor: "SocketException" }),
      sig("由于连接方在一段时间后没有正确答复或连接的主机没有反应", 7, "dotnet", "https://github.com/j6mes/httplib/issues/25"),
      sig("The operation has timed out", 5, "dotnet", "https://github.com/nopSolutions/nopCommerce/issues/2350"),
    ],
    steps: { user: ["cause.proxy-or-network.steps.user.1", "cause.proxy-or-network.steps.user.2", "cause.proxy-or-network.steps.user.3"] },
  }),
  cause("outlook-profile-mismatch", {
    fixer: "user",
    sidePanel: panel("outlookProfileMismatch"),
    signatures: [
      sig("does not recognize your Outlook profile", 10, "sfo-dialog", S.profile),
      sig("an Outlook profile that's not set up for syncing", 10, "sfo-dialog", S.profile),
      sig("a profile Outlook which is not yet configured for the synchronization", 10, "sfo-dialog", S.profile),
    ],
    steps: {
      user: [
        "cause.outlook-profile-mismatch.steps.user.1",
        "cause.outlook-profile-mismatch.steps.user.2",
        "cause.outlook-profile-mismatch.steps.user.3",
      ],
    },
  }),
  cause("unknown", {
    fixer: "escalate",
    sidePanel: panel("sessionEnded"),
    signatures: [],
    steps: { user: ["cause.unknown.steps.user.1", "cause.unknown.steps.user.2"] },
    signIn: "possible",
    named: false,
  }),
];

// Stryker disable next-line StringLiteral: a guard against a wrong edit of the catalog, thrown while the module loads; no input reaches it
if (CAUSES.length !== CAUSE_IDS.length || CAUSES.some((c, i) => c.id !== CAUSE_IDS[i]))
  throw new Error("cause catalog and CAUSE_IDS disagree");

/** The cause that stands for "logged out, and no known text says why". */
export const UNEXPLAINED_CAUSE: CauseId = CAUSES.find((c) => !c.named)!.id;

/** The cause the one public SFO source (the seed article) documents, with its side-panel state. */
export const DOCUMENTED_CAUSE: CauseId = CAUSES.find((c) => c.sidePanel.documented)!.id;

export function getCause(id: CauseId): CauseDefinition {
  const found = CAUSES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown cause id ${id}`);
  return found;
}

export type RefreshTokenPolicyId = "infinite" | "zero" | "specific_inactivity" | "specific_lifetime";

export interface RefreshTokenPolicy {
  id: RefreshTokenPolicyId;
  /** Setup label, i18n key. */
  labelKey: MessageKey;
  /** ConnectedAppOauthPolicy.refreshTokenPolicy value (API 49.0+). */
  metadata: string;
  /** What users of SFO notice under this policy, i18n key. */
  userEffectKey: MessageKey;
}

/** The four Refresh Token Policy settings (SFO-FACTS §4). `infinite` is the fix. */
export const REFRESH_TOKEN_POLICIES: readonly RefreshTokenPolicy[] = [
  { id: "infinite", labelKey: "cause.policy.infinite.label", metadata: "infinite", userEffectKey: "cause.policy.infinite.effect" },
  { id: "zero", labelKey: "cause.policy.zero.label", metadata: "zero", userEffectKey: "cause.policy.zero.effect" },
  {
    id: "specific_inactivity",
    labelKey: "cause.policy.specific_inactivity.label",
    metadata: "specific_inactivity:n:UNIT",
    userEffectKey: "cause.policy.specific_inactivity.effect",
  },
  {
    id: "specific_lifetime",
    labelKey: "cause.policy.specific_lifetime.label",
    metadata: "specific_lifetime:n:UNIT",
    userEffectKey: "cause.policy.specific_lifetime.effect",
  },
];

/** Which policy each guess points at. */
export const POLICY_FOR_GUESS = { immediately: "zero", "after-period": "specific_lifetime", "if-unused": "specific_inactivity" } as const;

/** Every signature with its cause, in catalog order. */
export const SIGNATURES: readonly { cause: CauseId; signature: CauseSignature }[] = CAUSES.flatMap((c) =>
  c.signatures.map((signature) => ({ cause: c.id, signature })),
);
