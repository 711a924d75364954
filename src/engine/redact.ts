// Takes personal data and secrets out of log text before it leaves the user's screen (issue 5).
// Every rule is a flat regular expression: no quantified group holds an unbounded quantifier, and each
// unbounded run starts only at a boundary, so a hostile 1 MB line is scanned in linear time.

export type RedactionKind =
  | "email"
  | "windows-user"
  | "ipv4"
  | "ipv6"
  | "record-id"
  | "session-token"
  | "bearer-token"
  | "password";

export interface Redaction {
  text: string;
  /** What was taken out, per kind, in the order of REDACTION_KINDS; kinds with no hit are left out. */
  removed: { kind: RedactionKind; count: number }[];
}

export const REDACTION_KINDS: readonly RedactionKind[] = [
  "email",
  "windows-user",
  "ipv4",
  "ipv6",
  "record-id",
  "session-token",
  "bearer-token",
  "password",
];

/** Language-neutral, stable placeholders (documented in docs/PRIVACY.md): the same in every language. */
export const REDACTION_PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = {
  email: "[email]",
  "windows-user": "[user]",
  ipv4: "[ip]",
  ipv6: "[ip]",
  "record-id": "[id]",
  "session-token": "[token]",
  "bearer-token": "[token]",
  password: "[password]",
};

/** One rule: a global pattern and how a match is rewritten; `null` from `replace` keeps the match. */
export interface RedactionRule {
  kind: RedactionKind;
  pattern: RegExp;
  replace: (match: string, groups: Record<string, string | undefined>) => string | null;
}

const HEX = "[0-9A-Fa-f]";
/**
 * A secret starts where `notAfter` does not precede it, or after a whole %XX escape (an encoded
 * delimiter), never inside one. `glue` lists escapes that belong to the secret's own run (%2B in an
 * e-mail, %3A in an IPv6 address): after those a new run must not start, or a rescan could split it.
 */
const startAfter = (notAfter: string, glue?: string): string =>
  `(?:(?<!${notAfter})|(?<=%${HEX}${HEX})${glue ? `(?<!${glue})` : ""})(?!(?<=%)${HEX}${HEX})(?!(?<=%${HEX})${HEX})`;
const start = (cls: string, glue?: string): string => startAfter(`[${cls}]`, glue);
/** Case-insensitive letters without the `i` flag (the bearer rule needs case to tell words from tokens). */
const anyCase = (pattern: string): string =>
  pattern.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
/** A placeholder already in the text is not a secret: keeps redaction idempotent. */
const NOT_PLACEHOLDER = "(?!\\[(?:email|user|ip|id|token|password)\\])";
/**
 * No secret starts right after the placeholder of its own or a later rule: in the first pass that spot
 * was glued to the text the placeholder replaced, so a second pass must not see a boundary there.
 */
const notAfter = (...names: string[]): string => `(?<!\\[(?:${names.join("|")})\\])`;
/** Spaces around a separator, raw or %-encoded. */
const WS = "(?:[ \\t]|%20)*";
const QUOTE = "(?:[\"']|%22|%27)";
const STRONG_TOKEN_KEYS =
  "access[_-]?token|refresh[_-]?token|id[_-]?token|oauth[_-]?token|auth[_-]?token|session[_-]?token|session[_-]?id|api[_-]?key";
const STRONG_PASSWORD_KEYS = "password|passwd|passphrase|pwd|client[_-]?secret";
/** Where another key begins, an unquoted value ends: `pw=x]Password: y` must not hide `y` inside x's value. */
const NEXT_KEY =
  `(?!${anyCase(`(?:${STRONG_TOKEN_KEYS}|${STRONG_PASSWORD_KEYS}|token|sid|pw|authorization)`)}(?:["']|%22|%27)?[ \\t]?(?:=|:|%3[DdAa])` +
  `|${anyCase("bearer")}(?:[ \\t+]|%20))`;
/** A quoted string followed by one `:` is the next JSON key, not this key's value (`::` starts an IPv6). */
const IS_NOT_KEY = "(?![ \\t]*(?::|%3[Aa])(?!:|%3[Aa]))";
/**
 * A parameter value: a quoted string (raw or %22-quoted) or a run up to the next delimiter.
 * `&`, whitespace, quotes, `,`, `;`, `<`, `>` end it; %-escapes of `&` and quotes end it too.
 */
const VALUE =
  '(?:"(?:[^"\\\\\\r\\n]|\\\\.)+"' + IS_NOT_KEY +
  "|'(?:[^'\\\\\\r\\n]|\\\\.)+'" + IS_NOT_KEY +
  `|%22(?:[^%\\r\\n]|%5[Cc](?:%${HEX}${HEX}|[^%\\r\\n])|%(?!22|5[Cc])${HEX}${HEX})+%22${IS_NOT_KEY}` +
  `|["']?(?:${NEXT_KEY}(?:[^\\s"'&,;<>%]|%(?!2[267])${HEX}${HEX}))+)`;
/** What an access token or session id is made of (base64url, Salesforce's `!` and `.`), raw or %-encoded. */
const TOKEN_RUN = `(?:${NEXT_KEY}(?:[A-Za-z0-9._~+/=!-]|%2[1BbFf]|%3[Dd]))+`;

/** Keeps the key and separator, replaces the value (inside its quotes, if quoted). */
function keepKey(placeholder: string) {
  return (_m: string, g: Record<string, string | undefined>): string => {
    const value = g.value ?? "";
    const open = value.startsWith("%22") ? "%22" : value[0] === '"' || value[0] === "'" ? value[0] : "";
    return `${g.key ?? ""}${open}${placeholder}${open}`;
  };
}

/** Strong keys take `=` or `:`; the short ones (`token`, `sid`, `pw`) only `=`, or `:` after a quoted key (JSON). */
const keyed = (strong: string, weak: string): RegExp =>
  new RegExp(
    `(?<key>(?:${strong})${QUOTE}?${WS}(?:=|:|%3[DdAa])${WS}` +
      `|(?:${weak})(?:${QUOTE}?${WS}(?:=|%3[Dd])|${QUOTE}${WS}(?::|%3[Aa]))${WS})` +
      `${NOT_PLACEHOLDER}(?!%20|%09)(?<value>${VALUE})`,
    "gi",
  );

const AUTH_SCHEMES = "(?:Bearer|OAuth|Basic|Digest|Negotiate|NTLM|Token)";
const IPV4_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
const ID_CHARS = "A-Za-z0-9";

const IPV4_WHOLE = new RegExp(`^${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}$`);

/** Checks a candidate with two or more colons (raw or %3A) is an IPv6 address. */
export function isIpv6(candidate: string): boolean {
  const text = candidate.replace(/%3[Aa]/g, ":");
  if (text.length < 2 || text.length > 45 || !/[0-9A-Fa-f]/.test(text)) return false;
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = (part: string): string[] | null => (part === "" ? [] : part.split(":"));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i];
    if (/^[0-9A-Fa-f]{1,4}$/.test(g)) count += 1;
    else if (i === all.length - 1 && IPV4_WHOLE.test(g)) count += 2;
    else return false;
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** The rules, applied in this order: keyed secrets first so that their keys survive, ids last. */
export const REDACTION_RULES: readonly RedactionRule[] = [
  {
    // Salesforce session id / access token: org id, `!`, then the secret part.
    kind: "session-token",
    pattern: new RegExp(`${start(ID_CHARS)}${notAfter("token", "password", "email", "user", "ip", "id")}00D[${ID_CHARS}]{12}(?:[${ID_CHARS}]{3})?(?:!|%21)${TOKEN_RUN}`, "g"),
    replace: () => REDACTION_PLACEHOLDERS["session-token"],
  },
  {
    kind: "bearer-token",
    pattern: new RegExp(
      `(?<key>Authorization${QUOTE}?${WS}(?::|=|%3[AaDd])${WS}${QUOTE}?` +
        `(?:${AUTH_SCHEMES}(?:[ \\t+]|%20)+)?)${NOT_PLACEHOLDER}(?!${AUTH_SCHEMES}(?:[ \\t+]|%20))(?<value>${TOKEN_RUN})`,
      "gi",
    ),
    replace: keepKey(REDACTION_PLACEHOLDERS["bearer-token"]),
  },
  {
    // `Bearer <token>` anywhere (values end where it starts: NEXT_KEY), but not `Bearer token` or
    // `Bearer Authentication` in prose (a word under 20 letters).
    kind: "bearer-token",
    pattern: new RegExp(
      `(?<key>(?:[Bb]earer|BEARER)(?:[ \\t+]|%20)+)${NOT_PLACEHOLDER}` +
        `(?![A-Za-z][a-z]{0,18}(?![A-Za-z0-9._~+/=!%-]))(?<value>${TOKEN_RUN})`,
      "g",
    ),
    replace: keepKey(REDACTION_PLACEHOLDERS["bearer-token"]),
  },
  {
    kind: "bearer-token",
    pattern: keyed(STRONG_TOKEN_KEYS, "token|sid"),
    replace: keepKey(REDACTION_PLACEHOLDERS["bearer-token"]),
  },
  {
    kind: "password",
    pattern: keyed(STRONG_PASSWORD_KEYS, "pw"),
    replace: keepKey(REDACTION_PLACEHOLDERS.password),
  },
  {
    // A JSON Web Token anywhere, keyed or not.
    kind: "bearer-token",
    pattern: new RegExp(`${start("A-Za-z0-9_-")}${notAfter("token", "email", "user", "ip", "id")}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*`, "g"),
    replace: () => REDACTION_PLACEHOLDERS["bearer-token"],
  },
  {
    kind: "email",
    pattern: new RegExp(
      `${start("A-Za-z0-9._+-", "%2[Bb]")}${notAfter("email", "user", "ip", "id")}(?:[A-Za-z0-9._+-]|%2[Bb])+(?:@|%40)[A-Za-z0-9-]+\\.[A-Za-z0-9.-]*[A-Za-z0-9]`,
      "g",
    ),
    replace: () => REDACTION_PLACEHOLDERS.email,
  },
  {
    // C:\Users\NAME, C:/Users/NAME, file:///C:/Users/NAME, C:%5CUsers%5CNAME, JSON's C:\\Users\\NAME.
    // A name with spaces is taken only when a separator follows within 64 characters.
    kind: "windows-user",
    pattern: new RegExp(
      `(?<key>(?<=[\\\\/]|%5[Cc]|%2[Ff])(?:Users|Documents and Settings)(?:\\\\\\\\?|/|%5[Cc](?:%5[Cc])?|%2[Ff]))` +
        `${NOT_PLACEHOLDER}(?<value>(?:[^\\\\/%\\s"<>|?*:;,&=\\[\\]]|%(?!5[Cc]|2[Ff])${HEX}${HEX}| ){1,64}(?=[\\\\/]|%5[Cc]|%2[Ff])` +
        `|(?:[^\\\\/%\\s"<>|?*:;,&=\\[\\]]|%(?!5[Cc]|2[Ff])${HEX}${HEX})+)`,
      "gi",
    ),
    replace: (_m, g) => `${g.key ?? ""}${REDACTION_PLACEHOLDERS["windows-user"]}`,
  },
  {
    // Runs of hex digits, dots and colons (raw or %3A); `isIpv6` decides. Trailing `.`/`:` is punctuation.
    kind: "ipv6",
    // The run is taken whole (lookahead + backreference = atomic), so it cannot shrink to fit.
    pattern: new RegExp(
      `${start("0-9A-Za-z:.", "%3[Aa]")}${notAfter("ip", "id")}(?=[0-9A-Fa-f.]*(?::|%3[Aa]))` +
        `(?=(?<run>(?:[0-9A-Fa-f:.]|%3[Aa])+))\\k<run>${NOT_PLACEHOLDER}`,
      "g",
    ),
    replace: (m) => {
      if (m.length > 64) return null;
      let candidate = m;
      for (let i = 0; i < 3; i++) {
        if (isIpv6(candidate)) return REDACTION_PLACEHOLDERS.ipv6 + m.slice(candidate.length);
        if (!/[.:]$/.test(candidate)) return null;
        candidate = candidate.slice(0, -1);
      }
      return null;
    },
  },
  {
    // Four octets; not after "version"/"v" (assembly versions such as Version=4.0.0.0 help the admin).
    kind: "ipv4",
    pattern: new RegExp(
      `${startAfter("[0-9]|[0-9]\\.")}${notAfter("ip", "id")}(?<![Vv]ersion[ =:]|[Vv]ersion: |(?<![A-Za-z])[Vv])${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}(?![0-9]|\\.[0-9])`,
      "g",
    ),
    replace: () => REDACTION_PLACEHOLDERS.ipv4,
  },
  {
    // 15/18-character record ids: a key prefix that starts with a digit (001, 005, 00D, 500…) or a
    // lower-case letter and a digit/capital (custom objects a0X), at least one letter and one digit,
    // nothing alphanumeric either side. Plain numbers (.NET ticks) and words (camelCase too) stay.
    kind: "record-id",
    pattern: new RegExp(
      `${start(ID_CHARS)}${notAfter("id")}(?=[0-9]{0,17}[A-Za-z])(?=[A-Za-z]{0,17}[0-9])` +
        `(?:[0-9][${ID_CHARS}]{14}|[a-z][0-9A-Z][${ID_CHARS}]{13})(?:[${ID_CHARS}]{3})?(?![${ID_CHARS}])`,
      "g",
    ),
    replace: () => REDACTION_PLACEHOLDERS["record-id"],
  },
];

/** Removes e-mail addresses, Windows user names, IPs, record ids, tokens and passwords from `text`. */
export function redact(text: string): Redaction {
  const counts = new Map<RedactionKind, number>();
  let out = text;
  for (const rule of REDACTION_RULES) {
    rule.pattern.lastIndex = 0;
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const last = args[args.length - 1];
      const groups = (typeof last === "object" && last !== null ? last : {}) as Record<string, string | undefined>;
      const replaced = rule.replace(match, groups);
      if (replaced === null) return match;
      counts.set(rule.kind, (counts.get(rule.kind) ?? 0) + 1);
      return replaced;
    });
  }
  return { text: out, removed: toRemoved(counts) };
}

function toRemoved(counts: Map<RedactionKind, number>): Redaction["removed"] {
  return REDACTION_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

/** Adds up several redactions' counts (a report redacts many lines). */
export function mergeRemoved(...lists: Redaction["removed"][]): Redaction["removed"] {
  const counts = new Map<RedactionKind, number>();
  for (const list of lists) for (const { kind, count } of list) counts.set(kind, (counts.get(kind) ?? 0) + count);
  return toRemoved(counts);
}
