// Each language's first-view texts and simulated side-panel labels as one lazy chunk (`lang-<id>`), the
// texts of the other views as another (`views-<id>`), so the first bundle carries no catalog it does not
// show. The chunk names let the size check see which loaded.
import { toSalesforceLanguage, type Catalog, type UiLanguage } from "../engine/i18n";
import { registerSidePanelLabels, type LabelSet } from "../engine/sidepanel/labels";

type Json = { default: unknown };
const json = (m: Json) => m.default as Catalog;

/** The pane texts, after adding the language's side-panel labels to the engine's label resources. */
function withLabels(lang: UiLanguage, [pane, labels]: [Json, Json]): Catalog {
  const sf = toSalesforceLanguage(lang);
  if (sf) registerSidePanelLabels(sf, labels.default as LabelSet);
  return pane.default as Catalog;
}

export const PANE_CATALOGS: Record<UiLanguage, () => Promise<Catalog>> = {
  en: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-en" */ "../engine/i18n/locales/en/pane.json"),
      import(/* webpackChunkName: "lang-en" */ "../engine/i18n/locales/en/sidepanel.json"),
    ]).then((m) => withLabels("en", m)),
  da: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-da" */ "../engine/i18n/locales/da/pane.json"),
      import(/* webpackChunkName: "lang-da" */ "../engine/i18n/locales/da/sidepanel.json"),
    ]).then((m) => withLabels("da", m)),
  de: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-de" */ "../engine/i18n/locales/de/pane.json"),
      import(/* webpackChunkName: "lang-de" */ "../engine/i18n/locales/de/sidepanel.json"),
    ]).then((m) => withLabels("de", m)),
  es: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-es" */ "../engine/i18n/locales/es/pane.json"),
      import(/* webpackChunkName: "lang-es" */ "../engine/i18n/locales/es/sidepanel.json"),
    ]).then((m) => withLabels("es", m)),
  "es-MX": () =>
    Promise.all([
      import(/* webpackChunkName: "lang-es-MX" */ "../engine/i18n/locales/es-MX/pane.json"),
      import(/* webpackChunkName: "lang-es-MX" */ "../engine/i18n/locales/es-MX/sidepanel.json"),
    ]).then((m) => withLabels("es-MX", m)),
  fi: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-fi" */ "../engine/i18n/locales/fi/pane.json"),
      import(/* webpackChunkName: "lang-fi" */ "../engine/i18n/locales/fi/sidepanel.json"),
    ]).then((m) => withLabels("fi", m)),
  fr: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-fr" */ "../engine/i18n/locales/fr/pane.json"),
      import(/* webpackChunkName: "lang-fr" */ "../engine/i18n/locales/fr/sidepanel.json"),
    ]).then((m) => withLabels("fr", m)),
  it: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-it" */ "../engine/i18n/locales/it/pane.json"),
      import(/* webpackChunkName: "lang-it" */ "../engine/i18n/locales/it/sidepanel.json"),
    ]).then((m) => withLabels("it", m)),
  ja: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-ja" */ "../engine/i18n/locales/ja/pane.json"),
      import(/* webpackChunkName: "lang-ja" */ "../engine/i18n/locales/ja/sidepanel.json"),
    ]).then((m) => withLabels("ja", m)),
  ko: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-ko" */ "../engine/i18n/locales/ko/pane.json"),
      import(/* webpackChunkName: "lang-ko" */ "../engine/i18n/locales/ko/sidepanel.json"),
    ]).then((m) => withLabels("ko", m)),
  nl: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-nl" */ "../engine/i18n/locales/nl/pane.json"),
      import(/* webpackChunkName: "lang-nl" */ "../engine/i18n/locales/nl/sidepanel.json"),
    ]).then((m) => withLabels("nl", m)),
  no: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-no" */ "../engine/i18n/locales/no/pane.json"),
      import(/* webpackChunkName: "lang-no" */ "../engine/i18n/locales/no/sidepanel.json"),
    ]).then((m) => withLabels("no", m)),
  "pt-BR": () =>
    Promise.all([
      import(/* webpackChunkName: "lang-pt-BR" */ "../engine/i18n/locales/pt-BR/pane.json"),
      import(/* webpackChunkName: "lang-pt-BR" */ "../engine/i18n/locales/pt-BR/sidepanel.json"),
    ]).then((m) => withLabels("pt-BR", m)),
  ru: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-ru" */ "../engine/i18n/locales/ru/pane.json"),
      import(/* webpackChunkName: "lang-ru" */ "../engine/i18n/locales/ru/sidepanel.json"),
    ]).then((m) => withLabels("ru", m)),
  sv: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-sv" */ "../engine/i18n/locales/sv/pane.json"),
      import(/* webpackChunkName: "lang-sv" */ "../engine/i18n/locales/sv/sidepanel.json"),
    ]).then((m) => withLabels("sv", m)),
  th: () =>
    Promise.all([
      import(/* webpackChunkName: "lang-th" */ "../engine/i18n/locales/th/pane.json"),
      import(/* webpackChunkName: "lang-th" */ "../engine/i18n/locales/th/sidepanel.json"),
    ]).then((m) => withLabels("th", m)),
  "zh-CN": () =>
    Promise.all([
      import(/* webpackChunkName: "lang-zh-CN" */ "../engine/i18n/locales/zh-CN/pane.json"),
      import(/* webpackChunkName: "lang-zh-CN" */ "../engine/i18n/locales/zh-CN/sidepanel.json"),
    ]).then((m) => withLabels("zh-CN", m)),
  "zh-TW": () =>
    Promise.all([
      import(/* webpackChunkName: "lang-zh-TW" */ "../engine/i18n/locales/zh-TW/pane.json"),
      import(/* webpackChunkName: "lang-zh-TW" */ "../engine/i18n/locales/zh-TW/sidepanel.json"),
    ]).then((m) => withLabels("zh-TW", m)),
};

/** Each language's org-view texts, loaded with admin mode's org view (`org-<id>`). */
export const ORG_CATALOGS: Record<UiLanguage, () => Promise<Catalog>> = {
  en: () => import(/* webpackChunkName: "org-en" */ "../engine/i18n/locales/en/org.json").then(json),
  da: () => import(/* webpackChunkName: "org-da" */ "../engine/i18n/locales/da/org.json").then(json),
  de: () => import(/* webpackChunkName: "org-de" */ "../engine/i18n/locales/de/org.json").then(json),
  es: () => import(/* webpackChunkName: "org-es" */ "../engine/i18n/locales/es/org.json").then(json),
  "es-MX": () => import(/* webpackChunkName: "org-es-MX" */ "../engine/i18n/locales/es-MX/org.json").then(json),
  fi: () => import(/* webpackChunkName: "org-fi" */ "../engine/i18n/locales/fi/org.json").then(json),
  fr: () => import(/* webpackChunkName: "org-fr" */ "../engine/i18n/locales/fr/org.json").then(json),
  it: () => import(/* webpackChunkName: "org-it" */ "../engine/i18n/locales/it/org.json").then(json),
  ja: () => import(/* webpackChunkName: "org-ja" */ "../engine/i18n/locales/ja/org.json").then(json),
  ko: () => import(/* webpackChunkName: "org-ko" */ "../engine/i18n/locales/ko/org.json").then(json),
  nl: () => import(/* webpackChunkName: "org-nl" */ "../engine/i18n/locales/nl/org.json").then(json),
  no: () => import(/* webpackChunkName: "org-no" */ "../engine/i18n/locales/no/org.json").then(json),
  "pt-BR": () => import(/* webpackChunkName: "org-pt-BR" */ "../engine/i18n/locales/pt-BR/org.json").then(json),
  ru: () => import(/* webpackChunkName: "org-ru" */ "../engine/i18n/locales/ru/org.json").then(json),
  sv: () => import(/* webpackChunkName: "org-sv" */ "../engine/i18n/locales/sv/org.json").then(json),
  th: () => import(/* webpackChunkName: "org-th" */ "../engine/i18n/locales/th/org.json").then(json),
  "zh-CN": () => import(/* webpackChunkName: "org-zh-CN" */ "../engine/i18n/locales/zh-CN/org.json").then(json),
  "zh-TW": () => import(/* webpackChunkName: "org-zh-TW" */ "../engine/i18n/locales/zh-TW/org.json").then(json),
};

/** Each language's texts of the lazily loaded views (logs, result, ask my admin, admin mode), `views-<id>`. */
export const VIEW_CATALOGS: Record<UiLanguage, () => Promise<Catalog>> = {
  en: () => import(/* webpackChunkName: "views-en" */ "../engine/i18n/locales/en/views.json").then(json),
  da: () => import(/* webpackChunkName: "views-da" */ "../engine/i18n/locales/da/views.json").then(json),
  de: () => import(/* webpackChunkName: "views-de" */ "../engine/i18n/locales/de/views.json").then(json),
  es: () => import(/* webpackChunkName: "views-es" */ "../engine/i18n/locales/es/views.json").then(json),
  "es-MX": () => import(/* webpackChunkName: "views-es-MX" */ "../engine/i18n/locales/es-MX/views.json").then(json),
  fi: () => import(/* webpackChunkName: "views-fi" */ "../engine/i18n/locales/fi/views.json").then(json),
  fr: () => import(/* webpackChunkName: "views-fr" */ "../engine/i18n/locales/fr/views.json").then(json),
  it: () => import(/* webpackChunkName: "views-it" */ "../engine/i18n/locales/it/views.json").then(json),
  ja: () => import(/* webpackChunkName: "views-ja" */ "../engine/i18n/locales/ja/views.json").then(json),
  ko: () => import(/* webpackChunkName: "views-ko" */ "../engine/i18n/locales/ko/views.json").then(json),
  nl: () => import(/* webpackChunkName: "views-nl" */ "../engine/i18n/locales/nl/views.json").then(json),
  no: () => import(/* webpackChunkName: "views-no" */ "../engine/i18n/locales/no/views.json").then(json),
  "pt-BR": () => import(/* webpackChunkName: "views-pt-BR" */ "../engine/i18n/locales/pt-BR/views.json").then(json),
  ru: () => import(/* webpackChunkName: "views-ru" */ "../engine/i18n/locales/ru/views.json").then(json),
  sv: () => import(/* webpackChunkName: "views-sv" */ "../engine/i18n/locales/sv/views.json").then(json),
  th: () => import(/* webpackChunkName: "views-th" */ "../engine/i18n/locales/th/views.json").then(json),
  "zh-CN": () => import(/* webpackChunkName: "views-zh-CN" */ "../engine/i18n/locales/zh-CN/views.json").then(json),
  "zh-TW": () => import(/* webpackChunkName: "views-zh-TW" */ "../engine/i18n/locales/zh-TW/views.json").then(json),
};
