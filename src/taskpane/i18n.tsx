// The pane's language: every language's texts are lazy chunks, English too, so the first bundle carries
// none: the first views' texts load before the pane shows, the other views' texts right after (and a
// lazily loaded view waits for them: loadViewTexts). A language whose translation has not landed yet shows English. `<html lang>`
// names the language on screen. A language the user picks is remembered through the host (roaming
// settings in Outlook, localStorage standalone) and wins over the display language.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { translate, toUiLanguage, UI_LANGUAGES, type Catalog, type Translate, type UiLanguage } from "../engine/i18n";
import { PANE_CATALOGS, VIEW_CATALOGS } from "./language-chunks";

export interface I18n {
  lang: UiLanguage;
  t: Translate;
  setLang: (lang: UiLanguage) => void;
}

let outside: Catalog = {};
/** The texts of components rendered outside an I18nProvider (component tests render single views); keys otherwise. */
export function setTextsOutsideProvider(catalog: Catalog): void {
  outside = catalog;
}

const I18nContext = createContext<I18n>({ lang: "en", t: (k, p) => translate(outside, k, p), setLang: () => undefined });

// Once any view asked for the other views' texts, every language shown brings them along.
let viewsWanted = false;
let viewsShown: () => void = () => undefined;
let whenViewsShown = new Promise<void>((resolve) => (viewsShown = resolve));
const providers = new Set<() => void>();

/** Loads the texts of the lazily loaded views in the pane's language; resolves once the pane shows them. */
export function loadViewTexts(): Promise<void> {
  if (providers.size === 0) return Promise.resolve(); // nothing to load them into
  if (!viewsWanted) {
    viewsWanted = true;
    providers.forEach((wake) => wake());
  }
  return whenViewsShown;
}

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

/** A language's texts (with the views' when wanted), or English's when the language has none yet. */
async function textsOf(lang: UiLanguage, views: boolean): Promise<{ catalog: Catalog; lang: UiLanguage }> {
  const [pane, other] = await Promise.all([PANE_CATALOGS[lang](), views ? VIEW_CATALOGS[lang]() : {}]);
  if (Object.keys(pane).length === 0 && lang !== "en") return textsOf("en", views);
  return { catalog: { ...pane, ...other }, lang };
}

export function I18nProvider({
  displayLanguage,
  memory,
  children,
}: {
  displayLanguage: string;
  memory?: LanguageMemory;
  children: ReactNode;
}) {
  const [lang, setLangState] = useState<UiLanguage>(() => rememberedLanguage(memory) ?? toUiLanguage(displayLanguage));
  const [views, setViews] = useState(viewsWanted);
  const [shown, setShown] = useState<{ catalog: Catalog; lang: UiLanguage } | null>(null);

  useEffect(() => {
    const wake = () => setViews(true);
    providers.add(wake);
    if (viewsWanted) wake();
    return () => void providers.delete(wake);
  }, []);

  // The other views' texts follow once the first view is on screen, outside the opening's critical path.
  useEffect(() => {
    if (!shown || views) return;
    const timer = setTimeout(() => setViews(true), 100);
    return () => clearTimeout(timer);
  }, [shown, views]);

  useEffect(() => {
    let live = true;
    const show = (texts: { catalog: Catalog; lang: UiLanguage }) => {
      if (!live) return;
      setShown(texts);
      // `<html lang>` names the language on screen (hyphenation, line breaking, speech).
      document.documentElement.lang = texts.lang;
      if (views) {
        viewsShown();
        whenViewsShown = Promise.resolve();
      }
    };
    textsOf(lang, views)
      .catch(() => textsOf("en", views)) // a chunk that fails to load must not leave a blank pane
      .then(show, () => show({ catalog: {}, lang: "en" }));
    return () => {
      live = false;
    };
  }, [lang, views]);

  const setLang = useCallback(
    (l: UiLanguage) => {
      setLangState(l);
      void memory?.setSetting(LANGUAGE_SETTING, l).catch(() => undefined); // remembering is a convenience, never a blocker
    },
    [memory],
  );
  const value = useMemo<I18n>(
    () => ({ lang, t: (k, p) => translate(shown?.catalog ?? {}, k, p, undefined, shown?.lang ?? lang), setLang }),
    [lang, shown, setLang],
  );
  if (!shown) return null; // until the language's chunk is in: a few milliseconds, local
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
