// The catalogs, one folder per language: pane.json (the pane's first views), views.json (its lazily
// loaded views and the report), cli.json (the CLI's own texts) and org.json (the org view, for sfo-doctor
// org and admin mode). Static imports for the CLI and tests; the pane loads them per language, lazily
// (src/taskpane/language-chunks.ts). A language without texts yet has empty files.
import type { Catalog, UiLanguage } from "../index";
import enPane from "./en/pane.json";
import enViews from "./en/views.json";
import enCli from "./en/cli.json";
import enOrg from "./en/org.json";
import daPane from "./da/pane.json";
import daViews from "./da/views.json";
import daCli from "./da/cli.json";
import daOrg from "./da/org.json";
import dePane from "./de/pane.json";
import deViews from "./de/views.json";
import deCli from "./de/cli.json";
import deOrg from "./de/org.json";
import esPane from "./es/pane.json";
import esViews from "./es/views.json";
import esCli from "./es/cli.json";
import esOrg from "./es/org.json";
import esMXPane from "./es-MX/pane.json";
import esMXViews from "./es-MX/views.json";
import esMXCli from "./es-MX/cli.json";
import esMXOrg from "./es-MX/org.json";
import fiPane from "./fi/pane.json";
import fiViews from "./fi/views.json";
import fiCli from "./fi/cli.json";
import fiOrg from "./fi/org.json";
import frPane from "./fr/pane.json";
import frViews from "./fr/views.json";
import frCli from "./fr/cli.json";
import frOrg from "./fr/org.json";
import itPane from "./it/pane.json";
import itViews from "./it/views.json";
import itCli from "./it/cli.json";
import itOrg from "./it/org.json";
import jaPane from "./ja/pane.json";
import jaViews from "./ja/views.json";
import jaCli from "./ja/cli.json";
import jaOrg from "./ja/org.json";
import koPane from "./ko/pane.json";
import koViews from "./ko/views.json";
import koCli from "./ko/cli.json";
import koOrg from "./ko/org.json";
import nlPane from "./nl/pane.json";
import nlViews from "./nl/views.json";
import nlCli from "./nl/cli.json";
import nlOrg from "./nl/org.json";
import noPane from "./no/pane.json";
import noViews from "./no/views.json";
import noCli from "./no/cli.json";
import noOrg from "./no/org.json";
import ptBRPane from "./pt-BR/pane.json";
import ptBRViews from "./pt-BR/views.json";
import ptBRCli from "./pt-BR/cli.json";
import ptBROrg from "./pt-BR/org.json";
import ruPane from "./ru/pane.json";
import ruViews from "./ru/views.json";
import ruCli from "./ru/cli.json";
import ruOrg from "./ru/org.json";
import svPane from "./sv/pane.json";
import svViews from "./sv/views.json";
import svCli from "./sv/cli.json";
import svOrg from "./sv/org.json";
import thPane from "./th/pane.json";
import thViews from "./th/views.json";
import thCli from "./th/cli.json";
import thOrg from "./th/org.json";
import zhCNPane from "./zh-CN/pane.json";
import zhCNViews from "./zh-CN/views.json";
import zhCNCli from "./zh-CN/cli.json";
import zhCNOrg from "./zh-CN/org.json";
import zhTWPane from "./zh-TW/pane.json";
import zhTWViews from "./zh-TW/views.json";
import zhTWCli from "./zh-TW/cli.json";
import zhTWOrg from "./zh-TW/org.json";

/** Every language's texts per area. */
export const LOCALE_AREAS: Record<UiLanguage, { pane: Catalog; views: Catalog; cli: Catalog; org: Catalog }> = {
  en: { pane: enPane, views: enViews, cli: enCli, org: enOrg },
  da: { pane: daPane, views: daViews, cli: daCli, org: daOrg },
  de: { pane: dePane, views: deViews, cli: deCli, org: deOrg },
  es: { pane: esPane, views: esViews, cli: esCli, org: esOrg },
  "es-MX": { pane: esMXPane, views: esMXViews, cli: esMXCli, org: esMXOrg },
  fi: { pane: fiPane, views: fiViews, cli: fiCli, org: fiOrg },
  fr: { pane: frPane, views: frViews, cli: frCli, org: frOrg },
  it: { pane: itPane, views: itViews, cli: itCli, org: itOrg },
  ja: { pane: jaPane, views: jaViews, cli: jaCli, org: jaOrg },
  ko: { pane: koPane, views: koViews, cli: koCli, org: koOrg },
  nl: { pane: nlPane, views: nlViews, cli: nlCli, org: nlOrg },
  no: { pane: noPane, views: noViews, cli: noCli, org: noOrg },
  "pt-BR": { pane: ptBRPane, views: ptBRViews, cli: ptBRCli, org: ptBROrg },
  ru: { pane: ruPane, views: ruViews, cli: ruCli, org: ruOrg },
  sv: { pane: svPane, views: svViews, cli: svCli, org: svOrg },
  th: { pane: thPane, views: thViews, cli: thCli, org: thOrg },
  "zh-CN": { pane: zhCNPane, views: zhCNViews, cli: zhCNCli, org: zhCNOrg },
  "zh-TW": { pane: zhTWPane, views: zhTWViews, cli: zhTWCli, org: zhTWOrg },
};
