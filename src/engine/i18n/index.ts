// Every string a person reads lives in a catalog here, keyed by a dotted id. The pane, the worker and
// the CLI all translate through `translate`; English is the fallback for any key a language lacks.
import type { Catalog, MessageKey } from "./keys";
export type { Catalog, MessageKey } from "./keys";
export type Params = Record<string, string | number>;
/** What the pane, the CLI and the report translate with: a catalog key (never a free string) and its params. */
export type Translate = (key: MessageKey, params?: Params) => string;

export {
  LANGUAGES,
  UI_LANGUAGES,
  REQUIRED_LANGUAGES,
  languageName,
  uiLanguageOf,
  type UiLanguage,
  type SalesforceLanguage,
} from "./languages";
import { salesforceLanguageOf, uiLanguageOf, type SalesforceLanguage, type UiLanguage } from "./languages";

/** The 18 languages Salesforce fully supports (SFO-FACTS §5), as Salesforce spells them. */
export const SALESFORCE_LANGUAGES: readonly SalesforceLanguage[] = [
  "zh_CN",
  "zh_TW",
  "da",
  "nl_NL",
  "en_US",
  "fi",
  "fr",
  "de",
  "it",
  "ja",
  "ko",
  "no",
  "pt_BR",
  "ru",
  "es",
  "es_MX",
  "sv",
  "th",
];

/** Maps a BCP 47 tag or Salesforce code (Office's displayLanguage, navigator.language, --lang) to our UI language; English when none of the 18. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage {
  return uiLanguageOf(tag) ?? "en";
}

/** Maps a BCP 47 tag to the closest Salesforce language, or null when Salesforce does not support it. */
export function toSalesforceLanguage(tag: string | null | undefined): SalesforceLanguage | null {
  return salesforceLanguageOf(tag);
}

/**
 * Fills a message in the ICU MessageFormat subset our catalogs use: `{name}`, `{name, number}` and
 * `{name, plural, =0 {none} one {# line} other {# lines}}` (`=N` exact matches first, then the
 * language's plural category from Intl.PluralRules; `#` is the number in the language's digits).
 * Missing params stay visible so a gap is noticed, not hidden.
 */
export function format(template: string, params?: Params, lang: UiLanguage = "en"): string {
  if (!params || !template.includes("{")) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open) + argument(template.slice(open + 1, close), template.slice(open, close + 1), params, lang);
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

function argument(inner: string, whole: string, params: Params, lang: UiLanguage): string {
  const m = /^\s*(\w+)\s*(?:,\s*(\w+)\s*(?:,([\s\S]*))?)?$/.exec(inner);
  if (!m || !(m[1] in params)) return whole;
  const value = params[m[1]];
  if (!m[2]) return String(value);
  if (m[2] === "number") return typeof value === "number" ? formatNumber(value, lang) : String(value);
  if (m[2] !== "plural" || m[3] === undefined || typeof value !== "number") return whole;
  const options = pluralOptions(m[3]);
  const text = options.get(`=${value}`) ?? options.get(pluralRules(lang).select(value)) ?? options.get("other");
  if (text === undefined) return whole;
  // `#` is this plural's number; a nested `{…}` is another argument, filled with the same params.
  return format(text.replace(/#/g, formatNumber(value, lang)), params, lang);
}

/** `one {# line} other {# lines}` -> { one: "# line", other: "# lines" }. */
function pluralOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  const re = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g;
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m.index !== at) break;
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    options.set(m[1], text.slice(open + 1, close));
    at = close + 1;
  }
  return options;
}

const pluralCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function pluralRules(lang: UiLanguage): Intl.PluralRules {
  let r = pluralCache.get(lang);
  if (!r) pluralCache.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** A number in the language's digits and separators: 12,345.5 in English, 12.345,5 in Danish. */
export function formatNumber(value: number, lang: UiLanguage, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(lang, options).format(value);
  let f = numberCache.get(lang);
  if (!f) numberCache.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })));
  return f.format(value);
}

/** A file size for people: "1.5 MB" in English, "1,5 MB" in Danish (steps of 1024, as Windows Explorer counts). */
export function formatBytes(bytes: number, lang: UiLanguage): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return formatNumber(value, lang, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  });
}

/** A log's local time (no zone, SFO-FACTS §2) as the language writes dates: "24 Apr 2015, 15:18:50". */
export function formatLogTime(isoLocal: string, lang: UiLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})/.exec(isoLocal);
  if (!m) return isoLocal;
  // Built and shown in UTC so the reader's own time zone never shifts a log's wall-clock time.
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }).format(date);
}

/** Looks `key` up in `catalog`, then in `fallback`; an unknown key returns the key itself. */
export function translate(catalog: Catalog, key: MessageKey, params?: Params, fallback?: Catalog, lang: UiLanguage = "en"): string {
  const text = catalog[key] ?? fallback?.[key];
  return text === undefined ? key : format(text, params, lang);
}
