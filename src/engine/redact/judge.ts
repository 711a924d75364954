// The judgement calls redaction makes on a whole run the patterns found: is this a random credential,
// a phone number, one of the org's own Salesforce hosts, an internal host? Plain functions over one
// string, so each rule's regular expression stays flat and linear.

/** Letters and digits in a random token change class (lower/upper/digit) far more often than in words. */
function classFlips(text: string): { alnum: number; flips: number } {
  let alnum = 0;
  let flips = 0;
  let previous = "";
  for (const c of text) {
    const cls = c >= "a" && c <= "z" ? "l" : c >= "A" && c <= "Z" ? "u" : c >= "0" && c <= "9" ? "d" : "";
    if (!cls) {
      previous = "";
      continue;
    }
    alnum++;
    if (previous && cls !== previous) flips++;
    previous = cls;
  }
  return { alnum, flips };
}

/**
 * A credential-looking run: 32+ characters with lower case, upper case and digits that flip class at
 * least every third character (random base64 flips about 6 times in 10; `CamelCase.Names.v2` about 2).
 * Salesforce consumer keys (`3MVG9…`) identify the connected app, not the user: kept.
 */
export function looksLikeSecret(run: string): boolean {
  const core = run.replace(/(?:=|%3[Dd])+$/, "");
  // Stryker disable next-line ConditionalExpression: the secret rule hands over 32+ characters before any padding (never shorter)
  if (core.length < 32) return false;
  if (/^3MVG9/.test(core)) return false;
  if (!/[a-z]/.test(core) || !/[A-Z]/.test(core) || !/[0-9]/.test(core)) return false;
  const { alnum, flips } = classFlips(core);
  return alnum >= 28 && flips / alnum >= 0.35;
}

/** A short credential (an OAuth code, a secret value): mixed case and digits, 16+ characters. */
export function looksLikeCode(value: string): boolean {
  const core = value.replace(/%[0-9A-Fa-f]{2}/g, "").replace(/=+$/, "");
  return core.length >= 16 && /[a-z]/.test(core) && /[A-Z]/.test(core) && /[0-9]/.test(core);
}

/**
 * A phone number written the way people write them: international (`+45 12 34 56 78`, `+1 (415)
 * 555-0132`) or North American (`(415) 555-0132`, `415-555-0132`, with the trunk prefix
 * `1-415-555-0132`). Dates, times, versions and ticks have other shapes and stay.
 */
export function isPhoneNumber(candidate: string): boolean {
  const digits = candidate.replace(/[^0-9]/g, "").length;
  if (/^\+[1-9][0-9 ().-]*[0-9]$/.test(candidate)) return digits >= 8 && digits <= 15 && !/[ ().-]{3}/.test(candidate);
  return /^(?:1[-. ])?(?:\([0-9]{3}\) ?|[0-9]{3}[-. ])[0-9]{3}[-. ][0-9]{4}$/.test(candidate);
}

/** Salesforce's registrable domains: hosts under them belong to Salesforce or to one org. */
const SALESFORCE_DOMAINS = new Set([
  "salesforce.com",
  "force.com",
  "site.com",
  "visualforce.com",
  "documentforce.com",
  "cloudforce.com",
  "database.com",
  "sforce.com",
  "salesforce-sites.com",
  "salesforce-setup.com",
  "salesforce-experience.com",
  "salesforce-scrt.com",
  "salesforceliveagent.com",
]);
/** Labels of Salesforce's own host names: shared by every org, so they say nothing about this one. */
const SALESFORCE_LABELS = new Set([
  "login",
  "test",
  "www",
  "help",
  "developer",
  "trailhead",
  "status",
  "trust",
  "appexchange",
  "success",
  "api",
  "my",
  "sandbox",
  "develop",
  "scratch",
  "demo",
  "patch",
  "trailblaze",
  "free",
  "lightning",
  "vf",
  "visual",
  "file",
  "content",
  "secure",
  "builder",
  "live-preview",
  "preview",
  "c",
  "soap",
  "partner",
  "enterprise",
  "metadata",
  "tooling",
  "static",
  "cdn",
  "ssl",
  "mobile",
  "setup",
  "experience",
]);
/** Instance (pod) names: `na123`, `eu12`, `cs45`, `usa2s`… shared by many orgs. */
const POD = /^(?:na|eu|ap|cs|um|gs|usa|can|aus|ind|jpn|deu|fra|gbr|sgp|swe|isr|bra|kor|zaf|che|ita|esp|irl|ksa|are)[0-9]{1,3}[a-z]?$/;

/** Public hosts of software SFO and Windows talk to (and XML namespaces): not the org's. */
const PUBLIC_DOMAINS = new Set([
  "microsoft.com",
  "office.com",
  "office365.com",
  "outlook.com",
  "live.com",
  "microsoftonline.com",
  "windows.net",
  "windows.com",
  "msft.net",
  "azure.com",
  "msn.com",
  "bing.com",
  "apache.org",
  "w3.org",
  "xmlsoap.org",
  "oasis-open.org",
  "openxmlformats.org",
  "digicert.com",
  "verisign.com",
  "globalsign.com",
  "entrust.net",
  "sectigo.com",
  "usertrust.com",
  "letsencrypt.org",
  "symantec.com",
  "thawte.com",
  "godaddy.com",
  "example.com",
  "example.org",
  "example.net",
]);

/** Top-level domains, generic, country and internal ones; file extensions that are also TLDs (`.md`, `.py`, `.zip`) left out. */
const TLDS = new Set(
  (
    "com net org edu gov mil int biz info io co me us uk de dk se no fi fr nl be at ch es it pt ie pl cz sk eu ca au nz jp " +
    "cn in br mx ru za sg hk tw kr il ae sa tr gr hu ro si hr bg lt lv ee is lu li ar cl ua my ph th vn id " +
    "cloud online tech dev app site global group " +
    "local lan corp internal intranet home localdomain ad priv private"
  ).split(" "),
);

export type HostVerdict = { kind: "org-host" | "host"; text: string } | null;

/**
 * Decides what a dotted run is. The org's Salesforce hosts keep their shape, with `[org]` for the
 * org's own label (`[org].my.salesforce.com`, `[org]--c.vf.force.com`); Salesforce's shared hosts
 * (`login.salesforce.com`, `na123.salesforce.com`) and well-known public hosts stay; any other host
 * name with a known top-level domain becomes `[host]`. File names (`Trace.log`) and .NET names
 * (`System.Net`) are not hosts.
 */
export function judgeHost(run: string): HostVerdict {
  if (run.length > 253) return null;
  const labels = run.split(".");
  // Stryker disable next-line ConditionalExpression: the host rule's run holds a dot followed by a letter or digit, so two labels at least
  if (labels.length < 2) return null;
  if (labels.some((l) => l === "" || l.length > 63)) return null;
  const lower = labels.map((l) => l.toLowerCase());
  const registrable = lower.slice(-2).join(".");
  if (SALESFORCE_DOMAINS.has(registrable)) {
    let changed = false;
    const out = labels.slice(0, -2).map((label, i) => {
      const l = lower[i];
      if (SALESFORCE_LABELS.has(l) || POD.test(l)) return label;
      changed = true;
      const cut = label.indexOf("--");
      return cut > 0 ? `[org]${label.slice(cut)}` : "[org]";
    });
    return changed ? { kind: "org-host", text: [...out, ...labels.slice(-2)].join(".") } : null;
  }
  // TLDS holds lower-case letters only: `System.Net`, `Trace.LOG` and an IP address's last number are not in it.
  if (!TLDS.has(labels[labels.length - 1])) return null;
  if (PUBLIC_DOMAINS.has(registrable)) return null;
  return { kind: "host", text: "[host]" };
}

/** Outlook's own data file names say nothing about the person. */
export function isDefaultMailFile(stem: string): boolean {
  return /^(?:outlook|archive|backup|outlook data file|personal folders|mailbox)$/i.test(stem.trim());
}

/**
 * Windows' own accounts and registry roots look like `DOMAIN\user` and name nobody. (A short path
 * name such as `PROGRA~1\…` never gets here: the windows-account rule's domain holds no `~`.)
 */
export function isWellKnownAccount(domain: string): boolean {
  return /^(?:AUTHORITY|BUILTIN|SERVICE|APPPOOL|NT|HKLM|HKCU|HKCR|HKU|HKCC|HKEY|SYSTEM|WINDOWS)$/.test(domain);
}
