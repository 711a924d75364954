// The pane's language: English ships in the first bundle (it is also the fallback); Danish loads
// lazily. `<html lang>` follows the language shown. A language the user picks is remembered through
// the host (roaming settings in Outlook, localStorage standalone) and wins over the display language.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { translate, toUiLanguage, UI_LANGUAGES, type Catalog, type Params, type UiLanguage } from "../engine/i18n";
import en from "../engine/i18n/en/pane";
import { PANE_CATALOGS } from "./language-chunks";

const loaders = PANE_CATALOGS;

export interface I18n {
  lang: UiLanguage;
  t: (key: string, params?: Params) => string;
  setLang: (lang: UiLanguage) => void;
}

const I18nContext = createContext<I18n>({ lang: "en", t: (k, p) => translate(en, k, p), setLang: () => undefined });

/** The host setting that remembers the language the user picked. */
export const LANGUAGE_SETTING = "language";

/** What the pane remembers and reads back; the host's settings in the app, nothing in tests that omit it. */
export interface LanguageMemory {
  getSetting(name: string): string | null;
  setSetting(name: string, value: string): Promise<void>;
}

function rememberedLanguage(memory: LanguageMemory | undefined): UiLanguage | null {
  const v = memory?.getSetting(LANGUAGE_SETTING);
  return v && (UI_LANGUAGES as readonly string[]).includes(v) ? (v as UiLanguage) : null;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function I18nProvider({ displayLanguage, memory, children }: { displayLanguage: string; memory?: LanguageMemory; children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(() => rememberedLanguage(memory) ?? toUiLanguage(displayLanguage));
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

  const setLang = useCallback(
    (l: UiLanguage) => {
      setLangState(l);
      void memory?.setSetting(LANGUAGE_SETTING, l).catch(() => undefined); // remembering is a convenience, never a blocker
    },
    [memory],
  );
  const value = useMemo<I18n>(() => ({ lang, t: (k, p) => translate(catalog ?? en, k, p, en, lang), setLang }), [lang, catalog, setLang]);
  if (!catalog) return null; // one frame at most: the language chunk is tiny and local
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
