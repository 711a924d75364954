// Every language's simulated side-panel labels (locales/<id>/sidepanel.json) registered at once, for
// what must recognise or show any language: the CLI, the diagnosis worker, admin mode. The pane's other
// views register only their own language, loaded with its texts (src/taskpane/language-chunks.ts).
import type { SalesforceLanguage } from "../i18n";
import { registerSidePanelLabels, type LabelSet } from "./labels";
import de from "../i18n/locales/de/sidepanel.json";
import es from "../i18n/locales/es/sidepanel.json";
import esMX from "../i18n/locales/es-MX/sidepanel.json";
import fi from "../i18n/locales/fi/sidepanel.json";
import fr from "../i18n/locales/fr/sidepanel.json";
import it from "../i18n/locales/it/sidepanel.json";
import ja from "../i18n/locales/ja/sidepanel.json";
import ko from "../i18n/locales/ko/sidepanel.json";
import nl from "../i18n/locales/nl/sidepanel.json";
import no from "../i18n/locales/no/sidepanel.json";
import ptBR from "../i18n/locales/pt-BR/sidepanel.json";
import ru from "../i18n/locales/ru/sidepanel.json";
import sv from "../i18n/locales/sv/sidepanel.json";
import th from "../i18n/locales/th/sidepanel.json";
import zhCN from "../i18n/locales/zh-CN/sidepanel.json";
import zhTW from "../i18n/locales/zh-TW/sidepanel.json";

/** The side-panel labels kept as JSON, per Salesforce language (empty until translated). */
export const LOCALE_LABELS: [SalesforceLanguage, LabelSet][] = [
  ["de", de],
  ["es", es],
  ["es_MX", esMX],
  ["fi", fi],
  ["fr", fr],
  ["it", it],
  ["ja", ja],
  ["ko", ko],
  ["nl_NL", nl],
  ["no", no],
  ["pt_BR", ptBR],
  ["ru", ru],
  ["sv", sv],
  ["th", th],
  ["zh_CN", zhCN],
  ["zh_TW", zhTW],
];

/** Registers the side-panel labels of all 18 languages. */
export function registerAllSidePanelLabels(): void {
  for (const [lang, set] of LOCALE_LABELS) registerSidePanelLabels(lang, set);
}
