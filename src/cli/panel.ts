// `sfo-doctor panel`: what a side-panel URL (or a NavigateTo log line, or the newest one in a log file)
// says, and which cause it means.
import * as fs from "node:fs";
import { decodeSidePanelUrl, resolveLabel, SIDE_PANEL_DETAIL_KEYS, type CauseId, type SidePanelSlot, type SidePanelState } from "../engine";
import { toSalesforceLanguage } from "../engine/i18n";
import { renderSidePanel } from "./diagnose";
import { InputProblem, scanFile } from "./read";
import { shown, type CliText } from "./text";

export interface PanelReading extends SidePanelState {
  /** The cause the detail key stands for; null when the key is unknown or missing. */
  cause: CauseId | null;
  /** Where the URL came from when panel was given a log file. */
  source?: { file: string; line: number; navigateToLines: number };
}

export function readPanel(input: string): PanelReading {
  const state = decodeSidePanelUrl(input); // it trims the input itself
  if (!state) throw new InputProblem(shown(input.trim(), 80), "not-panel");
  const cause = SIDE_PANEL_DETAIL_KEYS.find((k) => k.key === state.detailKey)?.cause ?? null;
  return { ...state, cause };
}

/** The argument names an existing file (AddinTrace.log), not a URL. */
export function isLogFile(input: string): boolean {
  try {
    return fs.statSync(input).isFile();
  } catch {
    return false;
  }
}

/** Decodes the newest NavigateTo line of a log: SFO logs are in time order, so the last is what shows now. */
export async function readPanelFromLog(file: string): Promise<PanelReading> {
  const scanned = await scanFile(file);
  const navigations = scanned.entries.filter((e) => /NavigateTo/i.test(e.message) && decodeSidePanelUrl(e.message) !== null);
  const last = navigations[navigations.length - 1];
  if (!last) throw new InputProblem(file, "no-navigate");
  return { ...readPanel(last.message), source: { file, line: last.line, navigateToLines: navigations.length } };
}

// Only the English text of a documented key (oauthPolicy, SFO-FACTS §1) is SFO's own; the rest is ours.
function isDocumented(detailKey: string | null, sfLang: string): boolean {
  const entry = SIDE_PANEL_DETAIL_KEYS.find((k) => k.key === detailKey);
  if (!entry || sfLang !== "en_US") return false;
  return entry.documented;
}

export function renderPanel(reading: PanelReading, t: CliText, lang: string): string {
  const lines: string[] = [];
  if (reading.source) {
    const { file, line, navigateToLines } = reading.source;
    lines.push(t.t("cli.panel.source", { file: shown(file), line, count: navigateToLines }), "");
  }
  lines.push(...renderSidePanel(reading, t));
  const sfLang = toSalesforceLanguage(lang);
  const keyed = (["loggedOut", "detail", "button"] as SidePanelSlot[]).filter((slot) => reading.keys[slot]);
  if (sfLang && keyed.length > 0) {
    const documented = isDocumented(reading.detailKey, sfLang);
    lines.push(
      "",
      t.t(documented ? "cli.panel.resolvedDocumented" : "cli.panel.resolvedSimulated", {
        lang: sfLang,
        // Stryker disable next-line StringLiteral: only the documented sentence names {key}, and only for a known key
        key: shown(reading.detailKey ?? ""),
      }),
    );
    for (const slot of keyed)
      lines.push(`  ${t.t(`cli.panel.slot.${slot}`)}: ${shown(resolveLabel(reading.keys[slot] as string, sfLang))}`);
  }
  return lines.join("\n") + "\n";
}
