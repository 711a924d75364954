// Each language's pane texts as its own lazy chunk (`lang-<id>`), so the first bundle carries no catalog
// it does not show. The chunk names let the size check and the e2e tests see which language loaded.
import type { Catalog, UiLanguage } from "../engine/i18n";

const json = (m: { default: unknown }) => m.default as Catalog;

export const PANE_CATALOGS: Record<UiLanguage, () => Promise<Catalog>> = {
  en: () => import(/* webpackChunkName: "lang-en" */ "../engine/i18n/en/pane").then((m) => m.default),
  da: () => import(/* webpackChunkName: "lang-da" */ "../engine/i18n/da/pane").then((m) => m.default),
  de: () => import(/* webpackChunkName: "lang-de" */ "../engine/i18n/locales/de/pane.json").then(json),
  es: () => import(/* webpackChunkName: "lang-es" */ "../engine/i18n/locales/es/pane.json").then(json),
  "es-MX": () => import(/* webpackChunkName: "lang-es-MX" */ "../engine/i18n/locales/es-MX/pane.json").then(json),
  fi: () => import(/* webpackChunkName: "lang-fi" */ "../engine/i18n/locales/fi/pane.json").then(json),
  fr: () => import(/* webpackChunkName: "lang-fr" */ "../engine/i18n/locales/fr/pane.json").then(json),
  it: () => import(/* webpackChunkName: "lang-it" */ "../engine/i18n/locales/it/pane.json").then(json),
  ja: () => import(/* webpackChunkName: "lang-ja" */ "../engine/i18n/locales/ja/pane.json").then(json),
  ko: () => import(/* webpackChunkName: "lang-ko" */ "../engine/i18n/locales/ko/pane.json").then(json),
  nl: () => import(/* webpackChunkName: "lang-nl" */ "../engine/i18n/locales/nl/pane.json").then(json),
  no: () => import(/* webpackChunkName: "lang-no" */ "../engine/i18n/locales/no/pane.json").then(json),
  "pt-BR": () => import(/* webpackChunkName: "lang-pt-BR" */ "../engine/i18n/locales/pt-BR/pane.json").then(json),
  ru: () => import(/* webpackChunkName: "lang-ru" */ "../engine/i18n/locales/ru/pane.json").then(json),
  sv: () => import(/* webpackChunkName: "lang-sv" */ "../engine/i18n/locales/sv/pane.json").then(json),
  th: () => import(/* webpackChunkName: "lang-th" */ "../engine/i18n/locales/th/pane.json").then(json),
  "zh-CN": () => import(/* webpackChunkName: "lang-zh-CN" */ "../engine/i18n/locales/zh-CN/pane.json").then(json),
  "zh-TW": () => import(/* webpackChunkName: "lang-zh-TW" */ "../engine/i18n/locales/zh-TW/pane.json").then(json),
};
