// The 18 languages Salesforce fully supports (SFO-FACTS §5), each with our UI language id (a BCP 47 tag:
// `<html lang>`, Intl.PluralRules, the catalog folder name), Salesforce's own code, a typical full locale
// (what Outlook or a browser set to the language reports; the tests open the pane with it), and its name in itself.
// One list, one place: the pane's picker, the CLI's --lang, the catalogs and the tests all read it.

export const LANGUAGES = [
  { id: "en", salesforce: "en_US", locale: "en-US", name: "English" },
  { id: "da", salesforce: "da", locale: "da-DK", name: "Dansk" },
  { id: "de", salesforce: "de", locale: "de-DE", name: "Deutsch" },
  { id: "es", salesforce: "es", locale: "es-ES", name: "Español" },
  { id: "es-MX", salesforce: "es_MX", locale: "es-MX", name: "Español (México)" },
  { id: "fi", salesforce: "fi", locale: "fi-FI", name: "Suomi" },
  { id: "fr", salesforce: "fr", locale: "fr-FR", name: "Français" },
  { id: "it", salesforce: "it", locale: "it-IT", name: "Italiano" },
  { id: "ja", salesforce: "ja", locale: "ja-JP", name: "日本語" },
  { id: "ko", salesforce: "ko", locale: "ko-KR", name: "한국어" },
  { id: "nl", salesforce: "nl_NL", locale: "nl-NL", name: "Nederlands" },
  { id: "no", salesforce: "no", locale: "nb-NO", name: "Norsk" },
  { id: "pt-BR", salesforce: "pt_BR", locale: "pt-BR", name: "Português (Brasil)" },
  { id: "ru", salesforce: "ru", locale: "ru-RU", name: "Русский" },
  { id: "sv", salesforce: "sv", locale: "sv-SE", name: "Svenska" },
  { id: "th", salesforce: "th", locale: "th-TH", name: "ไทย" },
  { id: "zh-CN", salesforce: "zh_CN", locale: "zh-CN", name: "简体中文" },
  { id: "zh-TW", salesforce: "zh_TW", locale: "zh-TW", name: "繁體中文" },
] as const;

export type UiLanguage = (typeof LANGUAGES)[number]["id"];
export type SalesforceLanguage = (typeof LANGUAGES)[number]["salesforce"];

/** Every language the pane and the CLI speak, as UI language ids. */
export const UI_LANGUAGES: readonly UiLanguage[] = LANGUAGES.map((l) => l.id);

/** The files of a language's message catalog (locales/<lang>/<area>.json), merged in this order. */
export const CATALOG_AREAS = ["pane", "views", "cli", "org"] as const;

/** The languages whose catalogs must be complete: all 18 (the catalog tests fail on any missing or extra key). */
export const REQUIRED_LANGUAGES: readonly UiLanguage[] = UI_LANGUAGES;

// Spanish outside Spain reads Salesforce's Mexican Spanish best (Latin American regions, UN M.49 419).
const LATIN_AMERICA = new Set([
  "419",
  "MX",
  "US",
  "AR",
  "BO",
  "CL",
  "CO",
  "CR",
  "CU",
  "DO",
  "EC",
  "GT",
  "HN",
  "NI",
  "PA",
  "PE",
  "PR",
  "PY",
  "SV",
  "UY",
  "VE",
]);

/**
 * The Salesforce language for a BCP 47 tag or a Salesforce code (Office's displayLanguage,
 * navigator.language, --lang, `pt_BR`): es vs es_MX by region, zh_CN vs zh_TW by script or region
 * (zh-HK, zh-MO, zh-Hant are Traditional), Norwegian nb/nn/no, any Portuguese to pt_BR, any English
 * to en_US, any Dutch to nl_NL. Null when Salesforce does not fully support the language.
 */
export function salesforceLanguageOf(tag: string | null | undefined): SalesforceLanguage | null {
  const parts = (tag ?? "")
    .trim()
    .split(/[-_.@]/)
    .filter(Boolean);
  if (parts.length === 0) return null;
  const base = parts[0].toLowerCase();
  const rest = parts.slice(1).map((p) => p.toUpperCase());
  switch (base) {
    case "en":
      return "en_US";
    case "nl":
      return "nl_NL";
    case "pt":
      return "pt_BR";
    case "no":
    case "nb":
    case "nn":
      return "no";
    case "es":
      return rest.some((p) => LATIN_AMERICA.has(p)) ? "es_MX" : "es";
    case "zh":
      if (rest.includes("HANS")) return "zh_CN";
      return rest.some((p) => ["TW", "HK", "MO", "HANT"].includes(p)) ? "zh_TW" : "zh_CN";
  }
  return LANGUAGES.find((l) => l.salesforce === base)?.salesforce ?? null;
}

/** Our UI language for a Salesforce language. */
export function uiLanguageOfSalesforce(sf: SalesforceLanguage): UiLanguage {
  return LANGUAGES.find((l) => l.salesforce === sf)!.id;
}

/** Our UI language for any tag or Salesforce code, or null when it is none of the 18. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage | null {
  const sf = salesforceLanguageOf(tag);
  return sf ? uiLanguageOfSalesforce(sf) : null;
}

/** A language's name in itself ("Deutsch", "日本語"), for pickers. */
export function languageName(lang: UiLanguage): string {
  return LANGUAGES.find((l) => l.id === lang)!.name;
}
