// Both complete catalogs, statically. The CLI and tests use this; the pane loads the non-current
// language lazily through `loadCatalog` so that only one language ships in the first bundle.
import { translate, type Catalog, type Params, type UiLanguage } from "./index";
import en from "./en";
import da from "./da";

export const CATALOGS: Record<UiLanguage, Catalog> = { en, da };

/** A language's texts from the static catalogs (English fallback), for the CLI and tests. */
export function textsFor(lang: UiLanguage): { lang: UiLanguage; t(key: string, params?: Params): string } {
  return { lang, t: (key, params) => translate(CATALOGS[lang], key, params, CATALOGS.en, lang) };
}
