// `sfo-doctor panel`: what a side-panel URL (or a NavigateTo log line) says, and which cause it means.
import { decodeSidePanelUrl, resolveLabel, SIDE_PANEL_DETAIL_KEYS, type CauseId, type SidePanelSlot, type SidePanelState } from "../engine";
import { toSalesforceLanguage } from "../engine/i18n";
import { renderSidePanel } from "./diagnose";
import { InputProblem } from "./read";
import { shown, type CliText } from "./text";

export interface PanelReading extends SidePanelState {
  /** The cause the detail key stands for; null when the key is unknown or missing. */
  cause: CauseId | null;
}

export function readPanel(input: string): PanelReading {
  const state = decodeSidePanelUrl(input.trim());
  if (!state) throw new InputProblem(shown(input.trim(), 80), "not-panel");
  const cause = state.detailKey ? (SIDE_PANEL_DETAIL_KEYS.find((k) => k.key === state.detailKey)?.cause ?? null) : null;
  return { ...state, cause };
}

export function renderPanel(reading: PanelReading, t: CliText, lang: string): string {
  const lines = renderSidePanel(reading, t);
  const sfLang = toSalesforceLanguage(lang);
  const keyed = (["loggedOut", "detail", "button"] as SidePanelSlot[]).filter((slot) => reading.keys[slot]);
  if (sfLang && keyed.length > 0) {
    lines.push("", t.t("cli.panel.resolvedIn", { lang: sfLang }));
    for (const slot of keyed) lines.push(`  ${t.t(`cli.panel.slot.${slot}`)}: ${shown(resolveLabel(reading.keys[slot] as string, sfLang))}`);
  }
  return lines.join("\n") + "\n";
}
