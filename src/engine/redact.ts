// Takes credentials, personal data and the org's own host names out of log text before it leaves the
// user's screen. Every rule is a flat regular expression: no quantified group holds an unbounded
// quantifier, and each unbounded run starts only at a boundary, so a hostile 1 MB line is scanned in
// linear time. Rules that need judgement (is this run a phone number, a host, a random token?) match a
// whole run and decide in `replace`, never by backtracking.

import { isDefaultMailFile, isPhoneNumber, isWellKnownAccount, judgeHost, looksLikeCode, looksLikeSecret } from "./redact/judge";

export type RedactionKind =
  | "email"
  | "display-name"
  | "windows-user"
  | "windows-account"
  | "sid"
  | "machine-name"
  | "mail-file"
  | "outlook-profile"
  | "phone"
  | "contact-name"
  | "item-text"
  | "org-host"
  | "host"
  | "ipv4"
  | "ipv6"
  | "record-id"
  | "session-token"
  | "bearer-token"
  | "refresh-token"
  | "auth-code"
  | "secret"
  | "password";

export interface Redaction {
  text: string;
  /** What was taken out, per kind, in the order of REDACTION_KINDS; kinds with no hit are left out. */
  removed: { kind: RedactionKind; count: number }[];
}

export const REDACTION_KINDS: readonly RedactionKind[] = [
  "email",
  "display-name",
  "windows-user",
  "windows-account",
  "sid",
  "machine-name",
  "mail-file",
  "outlook-profile",
  "phone",
  "contact-name",
  "item-text",
  "org-host",
  "host",
  "ipv4",
  "ipv6",
  "record-id",
  "session-token",
  "bearer-token",
  "refresh-token",
  "auth-code",
  "secret",
  "password",
];

/** Credentials: removed even when the user turns redaction off (`--no-redact` keeps names and hosts only). */
export const CREDENTIAL_KINDS: readonly RedactionKind[] = [
  "session-token",
  "bearer-token",
  "refresh-token",
  "auth-code",
  "secret",
  "password",
];

/**
 * Language-neutral, stable placeholders (documented in docs/PRIVACY.md): the same in every language,
 * so the same value always gets the same placeholder and redacting twice changes nothing.
 */
export const REDACTION_PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = {
  email: "[email]",
  "display-name": "[name]",
  "windows-user": "[user]",
  "windows-account": "[domain]\\[user]",
  sid: "[sid]",
  "machine-name": "[machine]",
  "mail-file": "[file]",
  "outlook-profile": "[profile]",
  phone: "[phone]",
  "contact-name": "[name]",
  "item-text": "[text]",
  "org-host": "[org]",
  host: "[host]",
  ipv4: "[ip]",
  ipv6: "[ip]",
  "record-id": "[id]",
  "session-token": "[token]",
  "bearer-token": "[token]",
  "refresh-token": "[token]",
  "auth-code": "[code]",
  secret: "[secret]",
  password: "[password]",
};

/** A rewrite that took out more than one thing, or something other than the rule's own kind. */
export interface Replaced {
  text: string;
  kinds: RedactionKind[];
}

/**
 * One rule: a global pattern and how a match is rewritten. A string counts once as the rule's kind;
 * `Replaced` says what it counts as; `null` keeps the match.
 */
export interface RedactionRule {
  kind: RedactionKind;
  pattern: RegExp;
  replace: (match: string, groups: Record<string, string | undefined>) => string | Replaced | null;
}

export interface RedactOptions {
  /** Remove credentials only, keep names, paths and hosts (the user turned redaction off). */
  credentialsOnly?: boolean;
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
const anyCase = (pattern: string): string => pattern.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
/** A placeholder already in the text is not a secret: keeps redaction idempotent. */
const PLACEHOLDER_WORDS = "email|name|user|domain|sid|machine|file|profile|phone|text|org|host|ip|id|token|code|secret|password";
const NOT_PLACEHOLDER = `(?!\\[(?:${PLACEHOLDER_WORDS})\\])`;
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
const STRONG_PASSWORD_KEYS =
  "password|passwd|passphrase|passcode|pwd|(?:client|consumer|api|app)[_-]?secret|secret[_-]?key|private[_-]?key|security[_-]?token";
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
  '(?:"(?:[^"\\\\\\r\\n]|\\\\.)+"' +
  IS_NOT_KEY +
  "|'(?:[^'\\\\\\r\\n]|\\\\.)+'" +
  IS_NOT_KEY +
  `|%22(?:[^%\\r\\n]|%5[Cc](?:%${HEX}${HEX}|[^%\\r\\n])|%(?!22|5[Cc])${HEX}${HEX})+%22${IS_NOT_KEY}` +
  `|["']?(?:${NEXT_KEY}(?:[^\\s"'&,;<>%]|%(?!2[267])${HEX}${HEX}))+)`;
/** What an access token or session id is made of (base64url, Salesforce's `!` and `.`), raw or %-encoded. */
const TOKEN_RUN = `(?:${NEXT_KEY}(?:[A-Za-z0-9._~+/=!-]|%2[1BbFf]|%3[Dd]))+`;

/**
 * A value that already is a placeholder, bare or quoted (`"[token]"`, `%22[user]%22`, `\"[text]\"`): a
 * rule that runs earlier wrote it (the session-token rule inside `"access_token":"…"`, the e-mail rule
 * inside `"username":"…"`), or an earlier pass did. It is not taken out, or counted, again.
 */
const PLACEHOLDER_VALUE = new RegExp(`^(?:${QUOTE}|\\\\")?\\[(?:${PLACEHOLDER_WORDS})\\](?:${QUOTE}|\\\\")?\\s*$`);

/** Keeps the key and separator, replaces the value (inside its quotes, if quoted). */
function keepKey(placeholder: string) {
  return (_m: string, g: Record<string, string | undefined>): string | null => {
    // Stryker disable StringLiteral: every rule that keeps its key matches both groups, so these fallbacks are never read
    const key = g.key ?? "";
    const value = g.value ?? "";
    // Stryker restore StringLiteral
    if (PLACEHOLDER_VALUE.test(value)) return null;
    // Stryker disable next-line MethodExpression: a value that starts with %22 is the %22…%22 form and ends with %22 too (no other value holds a %22)
    const open = value.startsWith("%22") ? "%22" : value[0] === '"' || value[0] === "'" ? value[0] : "";
    return `${key}${open}${placeholder}${open}`;
  };
}

/**
 * Strong keys take `=` or `:`; the short ones (`token`, `sid`, `pw`) only `=`, or `:` after a quoted key
 * (JSON); `PublicKeyToken=` in a .NET assembly name is no secret.
 */
const keyed = (strong: string, weak: string): RegExp =>
  new RegExp(
    `(?<key>(?:${strong})${QUOTE}?${WS}(?:=|:|%3[DdAa])${WS}` +
      `|(?<!PublicKey)(?:${weak})(?:${QUOTE}?${WS}(?:=|%3[Dd])|${QUOTE}${WS}(?::|%3[Aa]))${WS})` +
      `${NOT_PLACEHOLDER}(?!%20|%09)(?<value>${VALUE})`,
    "gi",
  );

/** A quoted value: "…", '…' or %22…%22 (not a JSON key: no single `:` after it). */
const QUOTED =
  '"(?:[^"\\\\\\r\\n]|\\\\.)+"' +
  IS_NOT_KEY +
  "|'(?:[^'\\\\\\r\\n]|\\\\.)+'" +
  IS_NOT_KEY +
  `|%22(?:[^%\\r\\n]|%5[Cc](?:%${HEX}${HEX}|[^%\\r\\n])|%(?!22|5[Cc])${HEX}${HEX})+%22${IS_NOT_KEY}` +
  // JSON inside a JSON string: \"…\"
  '|\\\\"(?:[^"\\\\\\r\\n]|\\\\[^"\\r\\n])+\\\\"';
const PLACEHOLDER_WHOLE = new RegExp(`^\\[(?:${PLACEHOLDER_WORDS})\\]$`);
// Stryker disable next-line StringLiteral: every caller passes a group that took part in the match, so the fallback is never read
const isPlaceholder = (value: string | undefined): boolean => PLACEHOLDER_WHOLE.test(value ?? "");
function unquote(value: string | undefined): string {
  // Stryker disable next-line StringLiteral: every caller passes a value group, which always takes part in the match
  const text = value ?? "";
  return text.replace(/^(?:"|'|%22)|(?:"|'|%22)$/g, "");
}

/**
 * A named field of a log line: `Key=value`, `Key: value`, `"Key":"value"`, %-encoded too. The value is
 * quoted, or `unquoted` (a pattern that ends on its own). `looseQuote` also takes `Key "value"`.
 */
function field(keys: string, unquoted: string, looseQuote = false): RegExp {
  const sep = `(?:\\\\?${QUOTE})?${WS}(?:=|:|%3[DdAa])${WS}` + (looseQuote ? `|[ \\t]+(?=["'])` : "");
  const spaced = keys.replace(/\[ (?:\\t)?_-\]\?/g, "(?:[ \\t_-]|%20)?");
  return new RegExp(
    `(?<key>(?:(?<![A-Za-z0-9_])|(?<=%${HEX}${HEX}))(?:${spaced})(?:${sep}))${NOT_PLACEHOLDER}(?![ \\t]|%20|%09)(?<value>${QUOTED}|${unquoted})`,
    "gi",
  );
}

/** Keeps a field's key and quotes (and the spaces after an unquoted value), replaces the value. */
function keepField(placeholder: string) {
  return (_m: string, g: Record<string, string | undefined>): string | null => {
    // Stryker disable StringLiteral: every field rule matches both groups, so these fallbacks are never read
    const key = g.key ?? "";
    const value = g.value ?? "";
    // Stryker restore StringLiteral
    const open = value.startsWith("%22") ? "%22" : value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : "";
    if ((!open && value.trim() === "") || PLACEHOLDER_VALUE.test(value)) return null;
    const trail = open ? "" : value.slice(value.trimEnd().length);
    return `${key}${open}${placeholder}${open}${trail}`;
  };
}

/** A word of a person's name: letters, apostrophes, dots and hyphens. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]{0,30}`;
const ANY_WORD = String.raw`\p{L}[\p{L}\p{M}'’.-]{0,30}`;
/** Spaces between the words of a name: raw, %20 or a form-encoded `+`. */
const NAME_SPACE = String.raw`(?:[ \t+]|%20){1,3}`;

/** Placeholders of the rules that run after the host rule (ipv6, ipv4, phone, record-id, secret). */
const LATER_THAN_HOST = ["ip", "phone", "id", "secret"];

const AUTH_SCHEMES = "(?:Bearer|OAuth|Basic|Digest|Negotiate|NTLM|Token)";
const IPV4_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
const ID_CHARS = "A-Za-z0-9";

const IPV4_WHOLE = new RegExp(`^${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}$`);

/** Checks a candidate with two or more colons (raw or %3A) is an IPv6 address. */
export function isIpv6(candidate: string): boolean {
  const text = candidate.replace(/%3[Aa]/g, ":");
  if (!/[0-9A-Fa-f]/.test(text)) return false;
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = (part: string): string[] => (part === "" ? [] : part.split(":"));
  const all = [...groups(halves[0]), ...(halves.length === 2 ? groups(halves[1]) : [])];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i];
    if (/^[0-9A-Fa-f]{1,4}$/.test(g)) count += 1;
    else if (i === all.length - 1 && IPV4_WHOLE.test(g)) count += 2;
    else return false;
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** A literal sign that a run of digits may hold a phone number (the cheap test before phonesIn). */
const MAY_HOLD_PHONE = /[+(%]|[0-9]{3}[-. ][0-9]{3}[-. ][0-9]{4}/;

/** Finds the phone numbers in a run of digits, spaces and phone punctuation (see the phone rule). */
function phonesIn(run: string): { text: string; found: number } {
  // Words: split at spaces, and where a bracket or `+` is glued to digits. A %-escape that is not a
  // space, a bracket or a `+` (%2C, %21, %22, %3B, or its first half before a letter) ends a word too.
  const parts = run.split(/((?: |%20)+|%(?!2[89Bb])[0-9Bb]{0,2}|(?<=\)|%29)(?=[0-9+(]|%2[Bb]|%28)|(?<=[0-9])(?=[(+]|%28|%2[Bb]))/);
  const decode = (t: string) =>
    t
      .replace(/%20/g, " ")
      .replace(/%2[Bb]/g, "+")
      .replace(/%28/g, "(")
      .replace(/%29/g, ")");
  let text = "";
  let found = 0;
  // Stryker disable next-line EqualityOperator: words and separators alternate, so there is an odd number of parts and i, always even, never equals it
  for (let i = 0; i < parts.length; i += 2) {
    let taken = 0;
    // An empty word (between two separators, as in a run of %-escapes) starts no number: nothing to try.
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: trying it, or more words than are left, only reads texts no number starts with, or the same text again
    const most = parts[i] ? Math.min(6, Math.ceil((parts.length - i) / 2)) : 0;
    for (let words = most; words >= 1 && !taken; words--) {
      const raw = parts.slice(i, i + words * 2 - 1).join("");
      // An opening bracket before a `+` belongs to the text around the number.
      const lead = /^(?:\(|%28)(?=\+|%2[Bb])/.exec(raw)?.[0] ?? "";
      // Not where the text before is such a sign already: each run of them is tried once (a megabyte of `(` is read in linear time).
      const core = raw.slice(lead.length).replace(/(?<![(.+-]|%2[Bb]|%28)(?:[(.+-]|%2[Bb]|%28)+$/, "");
      let judged = decode(core);
      let cut = core;
      if (judged.endsWith(")") && judged.split("(").length < judged.split(")").length) {
        judged = judged.slice(0, -1);
        cut = core.replace(/(?:\)|%29)$/, "");
      }
      if (isPhoneNumber(judged)) {
        text += lead + REDACTION_PLACEHOLDERS.phone + raw.slice(lead.length + cut.length);
        found++;
        taken = words;
      }
    }
    if (!taken) {
      taken = 1;
      text += parts[i];
    }
    text += parts[i + taken * 2 - 1] ?? "";
    i += (taken - 1) * 2;
  }
  return { text, found };
}

/** The rules, applied in this order: credentials first so that their keys survive, then people, hosts, ids. */
export const REDACTION_RULES: readonly RedactionRule[] = [
  {
    // Salesforce session id / access token: org id, `!`, then the secret part.
    kind: "session-token",
    pattern: new RegExp(
      `${start(ID_CHARS)}${notAfter("token", "password", "email", "user", "ip", "id")}00D[${ID_CHARS}]{12}(?:[${ID_CHARS}]{3})?(?:!|%21)${TOKEN_RUN}`,
      "g",
    ),
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
    // SOAP login and session XML: <password>…</password>, <n1:sessionId>…</n1:sessionId>.
    kind: "password",
    pattern: new RegExp(
      String.raw`(?<open><(?:[A-Za-z0-9]{1,20}:)?(?<tag>password|passwd|securityToken|clientSecret|client_secret|sessionId|session_id|accessToken|access_token|refreshToken|refresh_token)>)` +
        String.raw`(?<value>[^<\r\n]{1,4096})(?=</)`,
      "gi",
    ),
    replace: (_m, g) => {
      if (isPlaceholder(g.value)) return null;
      // Stryker disable next-line StringLiteral: the tag is part of every match, so the fallback is never read
      const kind: RedactionKind = /pass|secret|security/i.test(g.tag ?? "") ? "password" : "bearer-token";
      return { text: `${g.open}${REDACTION_PLACEHOLDERS[kind]}`, kinds: [kind] };
    },
  },
  {
    // A JSON Web Token anywhere, keyed or not.
    kind: "bearer-token",
    pattern: new RegExp(
      `${start("A-Za-z0-9_-")}${notAfter("token", "email", "user", "ip", "id")}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*`,
      "g",
    ),
    replace: () => REDACTION_PLACEHOLDERS["bearer-token"],
  },
  {
    // Salesforce refresh tokens start `5Aep86` (Salesforce's documented examples); taken wherever they stand.
    kind: "refresh-token",
    pattern: new RegExp(`${start("A-Za-z0-9._-")}5Aep8[A-Za-z0-9._-]{20,}(?:=|%3[Dd]){0,2}`, "g"),
    replace: () => REDACTION_PLACEHOLDERS["refresh-token"],
  },
  {
    // OAuth authorization codes (`code=aPrx…`): only values that look random, so `code=401` and
    // `code=OAUTH_APP_ACCESS_DENIED` stay.
    kind: "auth-code",
    pattern: new RegExp(
      `(?<key>(?<![A-Za-z0-9_])code(?:${QUOTE}?${WS}(?:=|%3[Dd])|${QUOTE}${WS}(?::|%3[Aa]))${WS})${NOT_PLACEHOLDER}(?<value>${VALUE})`,
      "gi",
    ),
    replace: (m, g) => (looksLikeCode(unquote(g.value)) ? keepKey(REDACTION_PLACEHOLDERS["auth-code"])(m, g) : null),
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
    // `Jane Doe <[email]>`, `"Doe, Jane" <[email]>`: the display name in front of an address (after the
    // address itself is gone). Up to four words, the first capitalised; or a quoted name.
    kind: "display-name",
    pattern: new RegExp(
      String.raw`(?:"[^"\r\n<>\[\]]{1,80}"|'[^'\r\n<>\[\]]{1,80}'` +
        String.raw`|%22(?:[^%\r\n<>\[\]]|%(?!22)[0-9A-Fa-f][0-9A-Fa-f]){1,80}%22` +
        String.raw`|(?:(?<![\p{L}\p{N}_@.'’%-])|(?<=%[0-9A-Fa-f]{2}))${NAME_WORD}(?:,|%2[Cc])?(?:${NAME_SPACE}${ANY_WORD})?(?:${NAME_SPACE}${ANY_WORD})?(?:${NAME_SPACE}${ANY_WORD})?)` +
        String.raw`(?=(?:[ \t+]|%20){0,3}(?:<|&lt;|%3[Cc])\[email\])`,
      "gu",
    ),
    replace: (m) => {
      // Stryker disable next-line MethodExpression: only a %22-quoted name starts or ends with %22 (a bare name ends with a letter, a quoted one with its quote)
      const q = m.startsWith("%22") ? "%22" : m[0] === '"' || m[0] === "'" ? m[0] : "";
      return `${q}${REDACTION_PLACEHOLDERS["display-name"]}${q}`;
    },
  },
  {
    // C:\Users\NAME, C:/Users/NAME, file:///C:/Users/NAME, C:%5CUsers%5CNAME, JSON's C:\\Users\\NAME.
    // A name with spaces is taken only when a separator follows within 64 characters.
    kind: "windows-user",
    pattern: new RegExp(
      `(?<key>(?<=[\\\\/]|%5[Cc]|%2[Ff])(?:Users|Documents and Settings|home)(?:\\\\\\\\?|/|%5[Cc](?:%5[Cc])?|%2[Ff]))` +
        `${NOT_PLACEHOLDER}(?<value>(?:[^\\\\/%\\s"<>|?*:;,&=\\[\\]]|%(?!5[Cc]|2[Ff])${HEX}${HEX}| ){1,64}(?=[\\\\/]|%5[Cc]|%2[Ff])` +
        `|(?:[^\\\\/%\\s"<>|?*:;,&=\\[\\]]|%(?!5[Cc]|2[Ff])${HEX}${HEX})+)`,
      "gi",
    ),
    // Stryker disable next-line StringLiteral: the key is part of every match, so the fallback is never read
    replace: (_m, g) => `${g.key ?? ""}${REDACTION_PLACEHOLDERS["windows-user"]}`,
  },
  {
    // UNC paths: \\server\share\…; the server is an internal host, and a home share's first folder
    // (`\\fs01\home$\jdoe`) or a per-user hidden share (`\\fs01\jdoe$`) names the user. Raw, JSON and %-encoded.
    kind: "host",
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9\\:/%.$_\]-])(?<lead>\\\\(?:\\\\)?|%5[Cc]%5[Cc])(?<host>[A-Za-z0-9][A-Za-z0-9.-]{0,253})` +
        String.raw`(?<sep>\\\\?|%5[Cc])(?<share>(?:[^\\/%\s"<>|:*?]|%(?!5[Cc]|2[Ff])[0-9A-Fa-f][0-9A-Fa-f]){1,80})` +
        String.raw`(?:(?<sep2>\\\\?|%5[Cc])(?<seg>(?:[^\\/%\s"<>|:*?]|%(?!5[Cc]|2[Ff])[0-9A-Fa-f][0-9A-Fa-f]){1,64}))?`,
      "g",
    ),
    replace: (_m, g) => {
      const kinds: RedactionKind[] = [];
      // Stryker disable next-line StringLiteral: the server is part of every match, so the fallback is never read
      let host = g.host ?? "";
      // The server starts with a letter or digit, so it is never a placeholder; `localhost` is no one's.
      if (host.toLowerCase() !== "localhost") {
        host = REDACTION_PLACEHOLDERS.host;
        kinds.push("host");
      }
      // Stryker disable next-line StringLiteral: the share is part of every match, so the fallback is never read
      const rawShare = g.share ?? "";
      let share = rawShare.replace(/%24/g, "$");
      let seg = g.seg;
      // Windows' own hidden shares (C$, ADMIN$, IPC$…): asked only of a share that ends in `$`.
      const adminShare = /^(?:[A-Za-z]|ADMIN|IPC|PRINT|SYSVOL|NETLOGON)$/i.test(share.slice(0, -1));
      if (
        seg !== undefined &&
        !isPlaceholder(seg) &&
        /^(?:home|homes|users?|profiles?|redirect(?:ed|ions)?|userdata|personal)\$?$/i.test(share)
      ) {
        seg = REDACTION_PLACEHOLDERS["windows-user"];
        kinds.push("windows-user");
      } else if (!adminShare && share.endsWith("$") && !isPlaceholder(share.slice(0, -1))) {
        share = `${REDACTION_PLACEHOLDERS["windows-user"]}${rawShare.endsWith("$") ? "$" : "%24"}`;
        kinds.push("windows-user");
      }
      // Stryker disable next-line ConditionalExpression: with nothing taken out, the text rebuilt below is the match itself
      if (!kinds.length) return null;
      if (share === rawShare.replace(/%24/g, "$")) share = rawShare;
      return { text: `${g.lead}${host}${g.sep}${share}${seg !== undefined ? `${g.sep2}${seg}` : ""}`, kinds };
    },
  },
  {
    // Down-level logon names: DOMAIN\user (NetBIOS domains are upper case; Microsoft's user name formats).
    // Not a path: nothing path-like on either side. Windows' own accounts (NT AUTHORITY\SYSTEM) stay.
    kind: "windows-account",
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_\\/:.%$&~-])(?<domain>[A-Z][A-Z0-9-]{0,14})(?:\\\\?|%5[Cc])(?![A-Za-z]:)(?<user>[A-Za-z0-9][A-Za-z0-9._-]{0,63})(?![A-Za-z0-9_\\/%$-])`,
      "g",
    ),
    replace: (_m, g) =>
      // Stryker disable next-line StringLiteral: the domain and the user are part of every match, so the fallbacks are never read
      isWellKnownAccount(g.domain ?? "") || /\.(?:log|txt|dll|exe|config|xml|htm|pst|ost)$/i.test(g.user ?? "")
        ? null
        : REDACTION_PLACEHOLDERS["windows-account"],
  },
  {
    // user=jdoe, "UserName":"jdoe", UPN: jdoe@… (the address itself is already [email]).
    kind: "windows-user",
    pattern: field(
      String.raw`user(?:[ _-]?name)?|login(?:[ _-]?name)?|logon(?:[ _-]?name)?|upn|user[ _-]?principal[ _-]?name|sam[ _-]?account[ _-]?name|account[ _-]?name`,
      String.raw`[^\s,;&"'<>|()\[\]{}]+`,
    ),
    replace: keepField(REDACTION_PLACEHOLDERS["windows-user"]),
  },
  {
    // Security identifiers of domain and Azure AD accounts (S-1-5-21-…, S-1-12-1-…); well-known SIDs
    // (S-1-5-18, S-1-5-32-544) name no one and stay.
    kind: "sid",
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9-])S-1-(?:5-21|12-1)-[0-9]{1,10}-[0-9]{1,10}-[0-9]{1,10}(?:-[0-9]{1,10})?(?![0-9])`, "g"),
    replace: () => REDACTION_PLACEHOLDERS.sid,
  },
  {
    kind: "machine-name",
    pattern: field(
      String.raw`(?:Environment\.)?(?:machine(?:[ _-]?name)?|computer(?:[ _-]?name)?|host[ _-]?name|workstation(?:[ _-]?name)?|client[ _-]?machine|device[ _-]?name)`,
      String.raw`[A-Za-z0-9][A-Za-z0-9._-]*`,
    ),
    replace: keepField(REDACTION_PLACEHOLDERS["machine-name"]),
  },
  {
    // Windows' default computer names (DESKTOP-7H2K9QJ, LAPTOP-…, WIN-…) wherever they stand.
    kind: "machine-name",
    pattern: /(?<![A-Za-z0-9-])(?:DESKTOP|LAPTOP|WIN|PC)-[A-Z0-9]{4,15}(?![A-Za-z0-9-])/g,
    replace: () => REDACTION_PLACEHOLDERS["machine-name"],
  },
  {
    // Outlook data files: the name of a .pst/.ost often is the person's (`Jane Doe archive.pst`).
    kind: "mail-file",
    pattern: new RegExp(
      String.raw`(?<=[\\/"'=:]|%5[Cc]|%2[Ff])(?<stem>(?:[^\\/%\r\n"<>|:*?\[\]]|%(?!5[Cc]|2[Ff])[0-9A-Fa-f][0-9A-Fa-f]){1,120})(?<ext>\.(?:pst|ost))(?![A-Za-z0-9])`,
      "gi",
    ),
    replace: (_m, g) => {
      // Stryker disable next-line StringLiteral: the stem is part of every match, so the fallback is never read
      const stem = g.stem ?? "";
      const lead = stem.slice(0, stem.length - stem.replace(/^(?:[ \t]|%20)+/, "").length);
      return isDefaultMailFile(stem.replace(/%20/g, " ")) ? null : `${lead}${REDACTION_PLACEHOLDERS["mail-file"]}${g.ext}`;
    },
  },
  {
    // Outlook profile names are often the person's name; Outlook's default profile "Outlook" stays.
    kind: "outlook-profile",
    pattern: field(String.raw`(?:outlook[ \t_-]?)?profile(?:[ \t_-]?name)?`, String.raw`[^\r\n,;&"<>|]{1,80}[^\s,;&"<>|]*`, true),
    replace: (m, g) =>
      /^(?:outlook|default)$/i.test(unquote(g.value).trim()) ? null : keepField(REDACTION_PLACEHOLDERS["outlook-profile"])(m, g),
  },
  {
    // Fields of synced contacts and events: names.
    kind: "contact-name",
    pattern: field(
      String.raw`(?:first|last|middle|full|display|contact|account|company|sender|recipient|organizer|attendee|owner)[ _-]?name|attendees|organizer|recipients?|company`,
      // Up to the next `key=` or `key:` on the line (`FirstName=Ann Lee LastName=Smith` holds two fields),
      // quoted or not (`FirstName=Ann Lee 'LastName=Smith'`).
      String.raw`(?:(?![ \t]+'?[A-Za-z][A-Za-z0-9_-]*[ \t]?[=:])[^\r\n,;&"<>|=()\[\]{}]){1,80}[^\s,;&"<>|=()\[\]{}]*`,
    ),
    replace: keepField(REDACTION_PLACEHOLDERS["contact-name"]),
  },
  {
    kind: "contact-name",
    pattern: new RegExp(`(?<key>(?:"|%22)name(?:"|%22)${WS}(?::|%3[Aa])${WS})${NOT_PLACEHOLDER}(?<value>${QUOTED})`, "gi"),
    replace: keepField(REDACTION_PLACEHOLDERS["contact-name"]),
  },
  {
    // Fields of synced items that hold free text: a subject, a description, a street. Unquoted, the
    // value runs to the end of the line. `error_description` and "Error description" stay.
    kind: "item-text",
    pattern: field(
      String.raw`(?<!error[ _-]?)(?:subject|description|(?:mailing|other|billing|shipping)?[ _-]?street|notes?|comments?)`,
      String.raw`[^\r\n]+`,
    ),
    replace: keepField(REDACTION_PLACEHOLDERS["item-text"]),
  },
  {
    // Phone fields, whatever the number's shape.
    kind: "phone",
    pattern: field(
      String.raw`(?:mobile|home|other|assistant|business|work)?[ _-]?phone(?:[ _-]?number)?|mobile|fax|tel(?:ephone)?`,
      String.raw`\+?[0-9(][0-9 ().+-]{3,30}`,
    ),
    replace: keepField(REDACTION_PLACEHOLDERS.phone),
  },
  {
    // Host names: the run of letters, digits, dots and hyphens is taken whole and judged (judgeHost).
    kind: "host",
    // Not glued to a later rule's placeholder: in the first pass that spot was part of a longer run.
    pattern: new RegExp(
      `${start("A-Za-z0-9.@_-")}${notAfter(...LATER_THAN_HOST)}(?=[A-Za-z0-9])(?=[A-Za-z0-9-]*\\.[A-Za-z0-9])(?=(?<run>[A-Za-z0-9.-]+))\\k<run>` +
        `(?!\\[(?:${LATER_THAN_HOST.join("|")})\\])`,
      "g",
    ),
    replace: (m) => {
      // Stryker disable next-line StringLiteral: `*` matches at the end of any text, so the fallback is never read
      const trail = /[.-]*$/.exec(m)?.[0] ?? "";
      const verdict = judgeHost(m.slice(0, m.length - trail.length));
      return verdict ? { text: verdict.text + trail, kinds: [verdict.kind] } : null;
    },
  },
  {
    // A one-label host in a URL (`http://proxy01:8080/`).
    kind: "host",
    pattern: /(?<=:\/\/|%3[Aa]%2[Ff]%2[Ff])(?!localhost(?![A-Za-z0-9-]))[A-Za-z][A-Za-z0-9-]{0,62}(?=[:/?#]|%3[Aa]|%2[Ff]|\s|$)/g,
    replace: () => REDACTION_PLACEHOLDERS.host,
  },
  {
    // Runs of hex digits, dots and colons (raw or %3A); `isIpv6` decides. Trailing `.`/`:` is punctuation.
    kind: "ipv6",
    // The run is taken whole (lookahead + backreference = atomic), so it cannot shrink to fit.
    pattern: new RegExp(
      `${start("0-9A-Za-z:.", "%3[Aa]")}${notAfter("ip", "phone", "id", "secret")}(?=[0-9A-Fa-f.]*(?::|%3[Aa]))` +
        `(?=(?<run>(?:[0-9A-Fa-f:.]|%3[Aa])+))\\k<run>${NOT_PLACEHOLDER}`,
      "g",
    ),
    replace: (m) => {
      if (m.length > 64) return null;
      // Shorter by one stop at a time (`fe80::1...` ends a sentence; `2001:db8::` ends in colons of its own).
      let candidate = m;
      while (!isIpv6(candidate)) {
        if (!/[.:]$/.test(candidate)) return null;
        candidate = candidate.slice(0, -1);
      }
      return REDACTION_PLACEHOLDERS.ipv6 + m.slice(candidate.length);
    },
  },
  {
    // Four octets; not after "version"/"v" (assembly versions such as Version=4.0.0.0 help the admin).
    kind: "ipv4",
    pattern: new RegExp(
      `${startAfter("[0-9]|[0-9]\\.")}${notAfter("ip", "phone", "id", "secret")}(?<![Vv]ersion[ =:]|[Vv]ersion: |(?<![A-Za-z])[Vv])${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}\\.${IPV4_OCTET}(?![0-9]|\\.[0-9])`,
      "g",
    ),
    replace: () => REDACTION_PLACEHOLDERS.ipv4,
  },
  {
    // Unkeyed phone numbers: a run of digits and phone punctuation (raw or %-encoded) taken whole, then
    // read word by word for the longest phone number at each word (at most six words: linear).
    kind: "phone",
    // It starts after a word's end or a whole %XX escape (call%20415-…), never inside an escape.
    pattern:
      /(?:(?<![A-Za-z0-9_.+-]|\[(?:phone|id|secret)\])|(?<=%[0-9A-Fa-f]{2}))(?<!%)(?<!%[0-9A-Fa-f])(?=(?:[+(]|%2[Bb]|%28)?[0-9])(?=(?<run>[0-9().+ %Bb-]+))\k<run>/g,
    replace: (m) => {
      // Every phone number isPhoneNumber accepts starts with `+` or `(` (raw or %-encoded) or has the
      // North American 3-3-4 shape: a run with none of them (a date, a time, a count) is not read.
      // Stryker disable next-line ConditionalExpression: a run this test turns away holds no phone number, so reading it finds none
      if (!MAY_HOLD_PHONE.test(m)) return null;
      const { text, found } = phonesIn(m);
      return found ? { text, kinds: Array<RedactionKind>(found).fill("phone") } : null;
    },
  },
  {
    // 15/18-character record ids: a key prefix that starts with a digit (001, 005, 00D, 500…) or a
    // lower-case letter and a digit/capital (custom objects a0X), at least one letter and one digit,
    // nothing alphanumeric either side. Plain numbers (.NET ticks) and words (camelCase too) stay.
    kind: "record-id",
    pattern: new RegExp(
      `${start(ID_CHARS)}${notAfter("id", "secret")}(?=[0-9]{0,17}[A-Za-z])(?=[A-Za-z]{0,17}[0-9])` +
        `(?:[0-9][${ID_CHARS}]{14}|[a-z][0-9A-Z][${ID_CHARS}]{13})(?:[${ID_CHARS}]{3})?(?![${ID_CHARS}])`,
      "g",
    ),
    replace: () => REDACTION_PLACEHOLDERS["record-id"],
  },
  {
    // Any other long random run (base64/base64url, 32+ characters): a credential until shown otherwise.
    // The run is taken whole (lookahead + backreference = atomic), then judged. Last, and without dots,
    // so that no other rule changes a run after it was judged. It may start right after "=": the value of
    // any key (state=, nonce=) is judged like any other run; "=" inside a run is only its padding.
    kind: "secret",
    pattern: new RegExp(
      `${start("A-Za-z0-9+_~-")}(?=[A-Za-z0-9])(?=[A-Za-z0-9+_~-]{32})(?=(?<run>[A-Za-z0-9+_~-]+))\\k<run>(?:=|%3[Dd]){0,2}`,
      "g",
    ),
    replace: (m) => (looksLikeSecret(m) ? REDACTION_PLACEHOLDERS.secret : null),
  },
];

/**
 * For each rule that is not a credential rule, the placeholders only rules after it write (credential
 * rules take no such excuse: a credential is removed wherever it stands).
 */
const LATER_PLACEHOLDERS: readonly string[][] = REDACTION_RULES.map((rule, i) => {
  if (CREDENTIAL_KINDS.includes(rule.kind)) return [];
  // Stryker disable next-line ArrayDeclaration: every placeholder holds a bracketed word, so the fallback is never read
  const words = (kinds: RedactionKind[]) => new Set(kinds.flatMap((k) => REDACTION_PLACEHOLDERS[k].match(/\[[a-z]+\]/g) ?? []));
  const before = words(REDACTION_RULES.slice(0, i + 1).map((r) => r.kind));
  return [...words(REDACTION_RULES.slice(i + 1).map((r) => r.kind))].filter((p) => !before.has(p));
});

/**
 * Removes credentials, personal data and the org's host names from `text`. With `credentialsOnly`
 * (the user turned redaction off) only credentials go: they are never worth keeping.
 */
export function redact(text: string, options: RedactOptions = {}): Redaction {
  const counts = new Map<RedactionKind, number>();
  const add = (kind: RedactionKind) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let out = text;
  REDACTION_RULES.forEach((rule, index) => {
    if (options.credentialsOnly && !CREDENTIAL_KINDS.includes(rule.kind)) return;
    const later = LATER_PLACEHOLDERS[index];
    const apply = (text: string): string => {
      rule.pattern.lastIndex = 0;
      return text.replace(rule.pattern, (...args: unknown[]) => {
        const match = args[0] as string;
        const last = args[args.length - 1];
        // The last argument is the named groups (rules with named groups) or the whole text, never null.
        const hasGroups = typeof last === "object";
        const groups = (hasGroups ? last : {}) as Record<string, string | undefined>;
        const whole = args[args.length - (hasGroups ? 2 : 1)] as string;
        const offset = args[args.length - (hasGroups ? 3 : 2)] as number;
        // Glued to the placeholder of a rule that runs later: in the first pass this spot was glued to
        // the text that placeholder replaced, where this rule did not match. Keeps redacting idempotent.
        if (later.some((p) => whole.endsWith(p, offset) || whole.startsWith(p, offset + match.length))) return match;
        const replaced = rule.replace(match, groups);
        if (replaced === null) return match;
        if (typeof replaced === "string") {
          add(rule.kind);
          return replaced;
        }
        replaced.kinds.forEach(add);
        return replaced.text;
      });
    };
    try {
      out = apply(out);
    } catch (e) {
      // A run of megabytes can exhaust the regular-expression stack. Then go line by line, and a line
      // that still cannot be checked does not leave at all.
      if (!(e instanceof RangeError)) throw e;
      out = out
        .split("\n")
        .map((line) => {
          try {
            return apply(line);
          } catch {
            return UNCHECKED_LINE;
          }
        })
        .join("\n");
    }
  });
  return { text: out, removed: toRemoved(counts) };
}

/** Stands for a line too long to check (megabytes without a break): it is left out, not sent unchecked. */
export const UNCHECKED_LINE = "[line too long to check]";

function toRemoved(counts: Map<RedactionKind, number>): Redaction["removed"] {
  return REDACTION_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

/** Adds up several redactions' counts (a report redacts many lines). */
export function mergeRemoved(...lists: Redaction["removed"][]): Redaction["removed"] {
  const counts = new Map<RedactionKind, number>();
  for (const list of lists) for (const { kind, count } of list) counts.set(kind, (counts.get(kind) ?? 0) + count);
  return toRemoved(counts);
}
