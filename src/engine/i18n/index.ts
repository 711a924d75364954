// Every string a person reads lives in a catalog here, keyed by a dotted id. The pane, the worker and
// the CLI all translate through `translate`; English is the fallback for any key a language lacks.
export type Catalog = Readonly<Record<string, string>>;
export type Params = Record<string, string | number>;

export { LANGUAGES, UI_LANGUAGES, REQUIRED_LANGUAGES, languageName, uiLanguageOf, type UiLanguage, type SalesforceLanguage } from "./languages";
import { salesforceLanguageOf, uiLanguageOf, type SalesforceLanguage, type UiLanguage } from "./languages";

/** The 18 languages Salesforce fully supports (SFO-FACTS §5), as Salesforce spells them. */
export const SALESFORCE_LANGUAGES: readonly SalesforceLanguage[] = [
  "zh_CN", "zh_TW", "da", "nl_NL", "en_US", "fi", "fr", "de", "it", "ja", "ko", "no", "pt_BR", "ru", "es", "es_MX", "sv", "th",
];

/** Maps a BCP 47 tag or Salesforce code (Office's displayLanguage, navigator.language, --lang) to our UI language; English when none of the 18. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage {
  return uiLanguageOf(tag) ?? "en";
}

/** Maps a BCP 47 tag to the closest Salesforce language, or null when Salesforce does not support it. */
export function toSalesforceLanguage(tag: string | null | undefined): SalesforceLanguage | null {
  return salesforceLanguageOf(tag);
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
