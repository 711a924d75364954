// Every language's complete catalog, statically. The CLI and tests use this; the pane loads one
// language lazily (src/taskpane/language-chunks.ts) so that only one language ships in the first bundle.
import { translate, type Catalog, type Params, type UiLanguage } from "./index";
import { UI_LANGUAGES } from "./languages";
import { LOCALE_AREAS } from "./locales";

export const CATALOGS: Record<UiLanguage, Catalog> = Object.fromEntries(
  UI_LANGUAGES.map((l) => [l, { ...LOCALE_AREAS[l].pane, ...LOCALE_AREAS[l].views, ...LOCALE_AREAS[l].cli, ...LOCALE_AREAS[l].org }]),
) as Record<UiLanguage, Catalog>;

/** A language's texts from the static catalogs (English fallback), for the CLI and tests. */
export function textsFor(lang: UiLanguage): { lang: UiLanguage; t(key: string, params?: Params): string } {
  return { lang, t: (key, params) => translate(CATALOGS[lang], key, params, CATALOGS.en, lang) };
}
