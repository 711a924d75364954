// Both complete catalogs, statically. The CLI and tests use this; the pane loads the non-current
// language lazily through `loadCatalog` so that only one language ships in the first bundle.
import type { Catalog, UiLanguage } from "./index";
import en from "./en";
import da from "./da";

export const CATALOGS: Record<UiLanguage, Catalog> = { en, da };
