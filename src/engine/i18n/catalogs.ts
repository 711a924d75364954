// Every language's complete catalog, statically. The CLI and tests use this; the pane loads one
// language lazily (src/taskpane/language-chunks.ts) so that only one language ships in the first bundle.
import { translate, type Catalog, type MessageKey, type Translate, type UiLanguage } from "./index";
import { CATALOG_AREAS, UI_LANGUAGES } from "./languages";
import { LOCALE_AREAS } from "./locales";

/** English has every key (it defines them); the other languages may lack some until translated. */
export const CATALOGS: Record<UiLanguage, Catalog> & { en: Readonly<Record<MessageKey, string>> } = Object.fromEntries(
  UI_LANGUAGES.map((l) => [l, Object.assign({}, ...CATALOG_AREAS.map((area) => LOCALE_AREAS[l][area]))]),
) as Record<UiLanguage, Catalog> & { en: Readonly<Record<MessageKey, string>> };

/** A language's texts from the static catalogs (English fallback), for the CLI and tests. */
export function textsFor(lang: UiLanguage): { lang: UiLanguage; t: Translate } {
  return { lang, t: (key, params) => translate(CATALOGS[lang], key, params, CATALOGS.en, lang) };
}
