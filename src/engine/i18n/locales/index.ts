// Catalogs kept as JSON, one folder per language: pane.json (what the pane shows) and cli.json (the
// CLI's own texts). Static imports for the CLI and tests; the pane imports pane.json lazily, one chunk
// per language (src/taskpane/language-chunks.ts). A language without texts yet has empty files.
import type { Catalog, UiLanguage } from "../index";
import dePane from "./de/pane.json";
import deCli from "./de/cli.json";
import esPane from "./es/pane.json";
import esCli from "./es/cli.json";
import esMXPane from "./es-MX/pane.json";
import esMXCli from "./es-MX/cli.json";
import fiPane from "./fi/pane.json";
import fiCli from "./fi/cli.json";
import frPane from "./fr/pane.json";
import frCli from "./fr/cli.json";
import itPane from "./it/pane.json";
import itCli from "./it/cli.json";
import jaPane from "./ja/pane.json";
import jaCli from "./ja/cli.json";
import koPane from "./ko/pane.json";
import koCli from "./ko/cli.json";
import nlPane from "./nl/pane.json";
import nlCli from "./nl/cli.json";
import noPane from "./no/pane.json";
import noCli from "./no/cli.json";
import ptBRPane from "./pt-BR/pane.json";
import ptBRCli from "./pt-BR/cli.json";
import ruPane from "./ru/pane.json";
import ruCli from "./ru/cli.json";
import svPane from "./sv/pane.json";
import svCli from "./sv/cli.json";
import thPane from "./th/pane.json";
import thCli from "./th/cli.json";
import zhCNPane from "./zh-CN/pane.json";
import zhCNCli from "./zh-CN/cli.json";
import zhTWPane from "./zh-TW/pane.json";
import zhTWCli from "./zh-TW/cli.json";

/** Pane texts (pane.json) and CLI texts (cli.json) of each language kept as JSON. */
export const LOCALE_AREAS: Partial<Record<UiLanguage, { pane: Catalog; cli: Catalog }>> = {
  de: { pane: dePane, cli: deCli },
  es: { pane: esPane, cli: esCli },
  "es-MX": { pane: esMXPane, cli: esMXCli },
  fi: { pane: fiPane, cli: fiCli },
  fr: { pane: frPane, cli: frCli },
  it: { pane: itPane, cli: itCli },
  ja: { pane: jaPane, cli: jaCli },
  ko: { pane: koPane, cli: koCli },
  nl: { pane: nlPane, cli: nlCli },
  no: { pane: noPane, cli: noCli },
  "pt-BR": { pane: ptBRPane, cli: ptBRCli },
  ru: { pane: ruPane, cli: ruCli },
  sv: { pane: svPane, cli: svCli },
  th: { pane: thPane, cli: thCli },
  "zh-CN": { pane: zhCNPane, cli: zhCNCli },
  "zh-TW": { pane: zhTWPane, cli: zhTWCli },
};
