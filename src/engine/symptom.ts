// What a user can copy without any log: the side panel's sentence (any language our label catalog has),
// a raw `<<Unknown Label:KEY>>`, the side-panel URL (with or without `NavigateTo: url=`), SFO's dialog
// texts, a Login History status or an error message. Read here into the same facts a log entry gives.
import type { SidePanelSlot, SidePanelState } from "./types";
import { matchNormalised, normaliseText, type SignatureHit } from "./causes/match";
import { decodeSidePanelUrl, SIDE_PANEL_KEYS, SIDE_PANEL_LABELS, sidePanelLabelsVersion, unknownLabel } from "./sidepanel";
import { CAUSES } from "./causes/catalog";

export interface SymptomReading {
  /** The side-panel state the text shows, or null when it shows none. */
  panel: SidePanelState | null;
  /** Catalog wordings in the text. */
  hits: SignatureHit[];
}

const RAW_LABEL = /<<\s*Unknown\s+Label\s*:\s*([A-Za-z0-9_]+)\s*>>/gi;
const SLOT_OF_KEY: Record<string, SidePanelSlot> = { [SIDE_PANEL_KEYS.loggedOut]: "loggedOut", [SIDE_PANEL_KEYS.button]: "button" };
const DETAIL_KEYS = new Set(CAUSES.map((c) => c.sidePanel.detailKey));
// Stryker disable next-line Regex: no label text ends with more than one full stop or exclamation mark, so one or all trimmed read the same
const trimEnd = (s: string) => s.replace(/[.!]+$/, "");

let sentences: { heading: string; headingText: string; detail: string; detailText: string; key: string }[] | null = null;
let sentencesVersion = 0;
function knownSentences() {
  // Rebuilt when a language's labels were registered since (the pane loads its language after start).
  // Stryker disable next-line ConditionalExpression: building the sentences every time reads the same, only slower
  if (sentences && sentencesVersion === sidePanelLabelsVersion()) return sentences;
  sentencesVersion = sidePanelLabelsVersion();
  sentences = [];
  for (const set of Object.values(SIDE_PANEL_LABELS)) {
    const headingText = set[SIDE_PANEL_KEYS.loggedOut];
    if (!headingText) continue;
    for (const key of DETAIL_KEYS) {
      const detailText = set[key];
      if (detailText)
        sentences.push({
          heading: trimEnd(normaliseText(headingText)),
          headingText,
          detail: trimEnd(normaliseText(detailText)),
          detailText,
          key,
        });
    }
  }
  return sentences;
}

function rawLabelState(text: string): SidePanelState | null {
  const labels: Record<SidePanelSlot, string> = { loggedOut: "", detail: "", button: "" };
  const keys: Partial<Record<SidePanelSlot, string>> = {};
  for (const m of text.matchAll(RAW_LABEL)) {
    const key = m[1];
    const slot = SLOT_OF_KEY[key] ?? "detail";
    if (keys[slot]) continue;
    keys[slot] = key;
    labels[slot] = unknownLabel(key);
  }
  // Every slot given a key was read from a raw label: all of them are unresolved, in the order pasted.
  const unresolved = Object.keys(keys) as SidePanelSlot[];
  if (!unresolved.length) return null;
  return { labels, keys, detailKey: keys.detail ?? null, unresolved };
}

function sentenceState(normalised: string): SidePanelState | null {
  let best: ReturnType<typeof knownSentences>[number] | null = null;
  let heading: ReturnType<typeof knownSentences>[number] | null = null;
  for (const s of knownSentences()) {
    if (!heading && normalised.includes(s.heading)) heading = s;
    if (!normalised.includes(s.detail)) continue;
    // The longest detail wins: "Click this message to log in again." ends several other details.
    // Stryker disable next-line ConditionalExpression: the short detail other details end with comes last in every language, so the first found is already the longest
    if (!best || s.detail.length > best.detail.length) best = s;
  }
  // A detail text alone only counts when it is no part of another state's detail ("Click this message to log in
  // again." ends several), in any language: a length would treat short CJK details and long German tails alike.
  const alone = best;
  const detail = alone && (heading || !knownSentences().some((s) => s.key !== alone.key && s.detail.includes(alone.detail))) ? alone : null;
  const shown = heading ?? detail;
  if (!shown) return null;
  const labels: Record<SidePanelSlot, string> = {
    loggedOut: shown.headingText,
    detail: detail?.detailText ?? "",
    button: "",
  };
  const keys: Partial<Record<SidePanelSlot, string>> = { loggedOut: SIDE_PANEL_KEYS.loggedOut };
  if (detail) keys.detail = detail.key;
  return { labels, keys, detailKey: detail?.key ?? null, unresolved: [] };
}

/** Reads a pasted text as a symptom; null when it carries nothing the doctor knows. */
export function readSymptom(text: string): SymptomReading | null {
  const sample = text.slice(0, 64 * 1024);
  const normalised = normaliseText(sample);
  const hits = matchNormalised(normalised);
  const panel = decodeSidePanelUrl(sample) ?? rawLabelState(sample) ?? sentenceState(normalised);
  if (!panel && hits.length === 0) return null;
  return { panel, hits };
}
