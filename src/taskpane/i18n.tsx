// The pane's language: English ships in the first bundle (it is also the fallback); Danish loads
// lazily. `<html lang>` follows the language shown.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { translate, toUiLanguage, type Catalog, type Params, type UiLanguage } from "../engine/i18n";
import en from "../engine/i18n/en/pane";
import { PANE_CATALOGS } from "./language-chunks";

const loaders = PANE_CATALOGS;

export interface I18n {
  lang: UiLanguage;
  t: (key: string, params?: Params) => string;
  setLang: (lang: UiLanguage) => void;
}

const I18nContext = createContext<I18n>({ lang: "en", t: (k, p) => translate(en, k, p), setLang: () => undefined });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function I18nProvider({ displayLanguage, children }: { displayLanguage: string; children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(() => toUiLanguage(displayLanguage));
  const [catalog, setCatalog] = useState<Catalog | null>(lang === "en" ? en : null);

  useEffect(() => {
    let live = true;
    const show = (c: Catalog, shown: UiLanguage) => {
      if (!live) return;
      setCatalog(c);
      // `<html lang>` names the language on screen (hyphenation, line breaking, speech): a language
      // whose translation has not landed yet shows English, and says so.
      document.documentElement.lang = shown;
    };
    loaders[lang]()
      .then((c) => show(c, Object.keys(c).length > 0 ? lang : "en"))
      .catch(() => show(en, "en")); // a chunk that fails to load must not leave a blank pane
    return () => {
      live = false;
    };
  }, [lang]);

  const setLang = useCallback((l: UiLanguage) => setLangState(l), []);
  const value = useMemo<I18n>(() => ({ lang, t: (k, p) => translate(catalog ?? en, k, p, en), setLang }), [lang, catalog, setLang]);
  if (!catalog) return null; // one frame at most: the language chunk is tiny and local
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
