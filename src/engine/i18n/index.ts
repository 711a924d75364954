// Every string a person reads lives in a catalog here, keyed by a dotted id. The pane, the worker and
// the CLI all translate through `translate`; English is the fallback for any key a language lacks.
export type Catalog = Readonly<Record<string, string>>;
export type Params = Record<string, string | number>;

/** Languages our own texts are written in (complete catalogs). */
export const UI_LANGUAGES = ["en", "da"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The 18 languages Salesforce fully supports (SFO-FACTS §5), as Salesforce spells them. */
export const SALESFORCE_LANGUAGES = [
  "zh_CN", "zh_TW", "da", "nl_NL", "en_US", "fi", "fr", "de", "it", "ja", "ko", "no", "pt_BR", "ru", "es", "es_MX", "sv", "th",
] as const;
export type SalesforceLanguage = (typeof SALESFORCE_LANGUAGES)[number];

/** Maps a BCP 47 tag (Office's displayLanguage, navigator.language, --lang) to one of our UI languages. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage {
  const base = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : "en";
}

/** Maps a BCP 47 tag to the closest Salesforce language, or null when Salesforce does not support it. */
export function toSalesforceLanguage(tag: string | null | undefined): SalesforceLanguage | null {
  const t = (tag ?? "").trim().replace("-", "_");
  if (!t) return null;
  const exact = SALESFORCE_LANGUAGES.find((l) => l.toLowerCase() === t.toLowerCase());
  if (exact) return exact;
  const base = t.split("_")[0].toLowerCase();
  if (base === "nb" || base === "nn") return "no";
  if (base === "zh") return /tw|hk|hant/i.test(t) ? "zh_TW" : "zh_CN";
  if (base === "pt") return "pt_BR";
  if (base === "en") return "en_US";
  if (base === "nl") return "nl_NL";
  const byBase = SALESFORCE_LANGUAGES.find((l) => l.toLowerCase() === base);
  return byBase ?? null;
}

/** Fills `{name}` placeholders. Missing params stay visible so a gap is noticed, not hidden. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Looks `key` up in `catalog`, then in `fallback`; an unknown key returns the key itself. */
export function translate(catalog: Catalog, key: string, params?: Params, fallback?: Catalog): string {
  const text = catalog[key] ?? fallback?.[key];
  return text === undefined ? key : format(text, params);
}
