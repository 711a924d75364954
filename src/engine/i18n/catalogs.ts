// Every language's complete catalog, statically. The CLI and tests use this; the pane loads one
// language lazily (src/taskpane/language-chunks.ts) so that only one language ships in the first bundle.
import type { Catalog, UiLanguage } from "./index";
import { UI_LANGUAGES } from "./languages";
import en from "./en";
import da from "./da";
import { LOCALE_AREAS } from "./locales";

export const CATALOGS: Record<UiLanguage, Catalog> = Object.fromEntries(
  UI_LANGUAGES.map((l) => [l, l === "en" ? en : l === "da" ? da : { ...LOCALE_AREAS[l]?.pane, ...LOCALE_AREAS[l]?.cli }]),
) as Record<UiLanguage, Catalog>;
