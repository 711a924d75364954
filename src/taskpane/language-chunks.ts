// Each language's pane texts and simulated side-panel labels as one lazy chunk (`lang-<id>`), so the
// first bundle carries no catalog it does not show. The chunk names let the size check see which loaded.
import { registerSidePanelLabels, toSalesforceLanguage, type Catalog, type LabelSet, type UiLanguage } from "../engine";

type Json = { default: unknown };

/** The pane texts, after adding the language's side-panel labels to the engine's label resources. */
function withLabels(lang: UiLanguage, [pane, labels]: [Json, Json]): Catalog {
  const sf = toSalesforceLanguage(lang);
  if (sf) registerSidePanelLabels(sf, labels.default as LabelSet);
  return pane.default as Catalog;
}

export const PANE_CATALOGS: Record<UiLanguage, () => Promise<Catalog>> = {
  en: () => import(/* webpackChunkName: "lang-en" */ "../engine/i18n/en/pane").then((m) => m.default),
  da: () => import(/* webpackChunkName: "lang-da" */ "../engine/i18n/da/pane").then((m) => m.default),
  de: () =>
    Promise.all([import(/* webpackChunkName: "lang-de" */ "../engine/i18n/locales/de/pane.json"), import(/* webpackChunkName: "lang-de" */ "../engine/i18n/locales/de/sidepanel.json")]).then((m) =>
      withLabels("de", m),
    ),
  es: () =>
    Promise.all([import(/* webpackChunkName: "lang-es" */ "../engine/i18n/locales/es/pane.json"), import(/* webpackChunkName: "lang-es" */ "../engine/i18n/locales/es/sidepanel.json")]).then((m) =>
      withLabels("es", m),
    ),
  "es-MX": () =>
    Promise.all([import(/* webpackChunkName: "lang-es-MX" */ "../engine/i18n/locales/es-MX/pane.json"), import(/* webpackChunkName: "lang-es-MX" */ "../engine/i18n/locales/es-MX/sidepanel.json")]).then((m) =>
      withLabels("es-MX", m),
    ),
  fi: () =>
    Promise.all([import(/* webpackChunkName: "lang-fi" */ "../engine/i18n/locales/fi/pane.json"), import(/* webpackChunkName: "lang-fi" */ "../engine/i18n/locales/fi/sidepanel.json")]).then((m) =>
      withLabels("fi", m),
    ),
  fr: () =>
    Promise.all([import(/* webpackChunkName: "lang-fr" */ "../engine/i18n/locales/fr/pane.json"), import(/* webpackChunkName: "lang-fr" */ "../engine/i18n/locales/fr/sidepanel.json")]).then((m) =>
      withLabels("fr", m),
    ),
  it: () =>
    Promise.all([import(/* webpackChunkName: "lang-it" */ "../engine/i18n/locales/it/pane.json"), import(/* webpackChunkName: "lang-it" */ "../engine/i18n/locales/it/sidepanel.json")]).then((m) =>
      withLabels("it", m),
    ),
  ja: () =>
    Promise.all([import(/* webpackChunkName: "lang-ja" */ "../engine/i18n/locales/ja/pane.json"), import(/* webpackChunkName: "lang-ja" */ "../engine/i18n/locales/ja/sidepanel.json")]).then((m) =>
      withLabels("ja", m),
    ),
  ko: () =>
    Promise.all([import(/* webpackChunkName: "lang-ko" */ "../engine/i18n/locales/ko/pane.json"), import(/* webpackChunkName: "lang-ko" */ "../engine/i18n/locales/ko/sidepanel.json")]).then((m) =>
      withLabels("ko", m),
    ),
  nl: () =>
    Promise.all([import(/* webpackChunkName: "lang-nl" */ "../engine/i18n/locales/nl/pane.json"), import(/* webpackChunkName: "lang-nl" */ "../engine/i18n/locales/nl/sidepanel.json")]).then((m) =>
      withLabels("nl", m),
    ),
  no: () =>
    Promise.all([import(/* webpackChunkName: "lang-no" */ "../engine/i18n/locales/no/pane.json"), import(/* webpackChunkName: "lang-no" */ "../engine/i18n/locales/no/sidepanel.json")]).then((m) =>
      withLabels("no", m),
    ),
  "pt-BR": () =>
    Promise.all([import(/* webpackChunkName: "lang-pt-BR" */ "../engine/i18n/locales/pt-BR/pane.json"), import(/* webpackChunkName: "lang-pt-BR" */ "../engine/i18n/locales/pt-BR/sidepanel.json")]).then((m) =>
      withLabels("pt-BR", m),
    ),
  ru: () =>
    Promise.all([import(/* webpackChunkName: "lang-ru" */ "../engine/i18n/locales/ru/pane.json"), import(/* webpackChunkName: "lang-ru" */ "../engine/i18n/locales/ru/sidepanel.json")]).then((m) =>
      withLabels("ru", m),
    ),
  sv: () =>
    Promise.all([import(/* webpackChunkName: "lang-sv" */ "../engine/i18n/locales/sv/pane.json"), import(/* webpackChunkName: "lang-sv" */ "../engine/i18n/locales/sv/sidepanel.json")]).then((m) =>
      withLabels("sv", m),
    ),
  th: () =>
    Promise.all([import(/* webpackChunkName: "lang-th" */ "../engine/i18n/locales/th/pane.json"), import(/* webpackChunkName: "lang-th" */ "../engine/i18n/locales/th/sidepanel.json")]).then((m) =>
      withLabels("th", m),
    ),
  "zh-CN": () =>
    Promise.all([import(/* webpackChunkName: "lang-zh-CN" */ "../engine/i18n/locales/zh-CN/pane.json"), import(/* webpackChunkName: "lang-zh-CN" */ "../engine/i18n/locales/zh-CN/sidepanel.json")]).then((m) =>
      withLabels("zh-CN", m),
    ),
  "zh-TW": () =>
    Promise.all([import(/* webpackChunkName: "lang-zh-TW" */ "../engine/i18n/locales/zh-TW/pane.json"), import(/* webpackChunkName: "lang-zh-TW" */ "../engine/i18n/locales/zh-TW/sidepanel.json")]).then((m) =>
      withLabels("zh-TW", m),
    ),
};
