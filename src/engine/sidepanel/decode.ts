// Decodes what SFO passed to sidepanelcontainer.htm, from a URL or a whole `NavigateTo: url=` log line,
// raw or percent-encoded, with `+` or `%20` for spaces (SFO-FACTS §1).
import type { SalesforceLanguage } from "../i18n";
import type { SidePanelSlot, SidePanelState } from "../types";
import { SIDE_PANEL_KEYS, detailKeyForText, labelText, resolveLabel, unknownLabel } from "./labels";
import { SALESFORCE_LANGUAGES } from "../i18n";

const PARAMS: Record<string, SidePanelSlot> = { loggedoutlabel: "loggedOut", loggedoutdetaillabel: "detail", buttonlabel: "button" };
const SLOTS: SidePanelSlot[] = ["loggedOut", "detail", "button"];
const UNKNOWN = /^<<Unknown Label:([^<>]*)>>$/;

function decodeComponent(s: string): string {
  const spaced = s.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A raw label may hold a lone `%`; decode what can be decoded and keep the rest as written.
    return spaced.replace(/(%[0-9a-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

export function decodeSidePanelUrl(input: string): SidePanelState | null {
  let text = input.trim();
  // The whole URL encoded once more (`loggedOutLabel%3D…`): undo the outer layer first.
  if (
    !/loggedOutLabel=|loggedOutDetailLabel=|buttonLabel=/i.test(text) &&
    /(loggedOutLabel|loggedOutDetailLabel|buttonLabel)%3D/i.test(text)
  ) {
    text = decodeComponent(text);
  }
  const re = /(?:^|[?&\s])(loggedOutLabel|loggedOutDetailLabel|buttonLabel)=/gi;
  const marks: { slot: SidePanelSlot; nameStart: number; valueStart: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const slot = PARAMS[m[1].toLowerCase()];
    marks.push({ slot, nameStart: m.index + m[0].length - m[1].length - 1, valueStart: m.index + m[0].length });
  }
  if (marks.length === 0) return null;
  const labels: Record<SidePanelSlot, string> = { loggedOut: "", detail: "", button: "" };
  for (let i = 0; i < marks.length; i++) {
    const end = i + 1 < marks.length ? marks[i + 1].nameStart : text.length;
    let value = text.slice(marks[i].valueStart, end);
    // A label holds spaces, so it runs to the next `&name=` of any parameter (an unknown one, such as a
    // user name, is dropped unread), else to a fragment, a closing quote or the end of the line.
    const next = /&[A-Za-z_][\w.-]*=/.exec(value);
    if (next) value = value.slice(0, next.index);
    else if (i + 1 === marks.length) value = value.replace(/["#].*/s, "");
    labels[marks[i].slot] = decodeComponent(value.replace(/&$/, "")).trim();
  }
  return stateFromLabels(labels);
}

const SLOT_KEYS: Partial<Record<SidePanelSlot, string>> = { loggedOut: SIDE_PANEL_KEYS.loggedOut, button: SIDE_PANEL_KEYS.button };
const normal = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Builds the state from the three label texts: raw keys are read; resolved texts get a key only when they match our catalog exactly and unambiguously. */
export function stateFromLabels(labels: Record<SidePanelSlot, string>): SidePanelState {
  const keys: Partial<Record<SidePanelSlot, string>> = {};
  const unresolved: SidePanelSlot[] = [];
  for (const slot of SLOTS) {
    const raw = UNKNOWN.exec(labels[slot]);
    if (raw) {
      keys[slot] = raw[1];
      unresolved.push(slot);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: an empty label and the detail slot (no fixed key) match no heading or button text either way
    } else if (labels[slot] && slot !== "detail") {
      // A heading or button slot only ever maps to its own key, and only on an exact text.
      const key = SLOT_KEYS[slot]!;
      if (SALESFORCE_LANGUAGES.some((l) => labelText(key, l) !== undefined && normal(labelText(key, l)!) === normal(labels[slot])))
        keys[slot] = key;
    }
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a raw or empty detail label is no state's text, so asking for its key changes nothing
  if (!keys.detail && labels.detail) {
    const k = detailKeyForText(labels.loggedOut, labels.detail, unresolved.includes("loggedOut"));
    if (k) keys.detail = k;
  }
  return { labels, keys, detailKey: keys.detail ?? null, unresolved };
}

/** The state SFO would show for a detail key, resolved in `lang`, or raw (`<<Unknown Label:KEY>>`) when `raw` or no language. */
export function sidePanelStateFor(detailKey: string, lang: SalesforceLanguage | null, raw = false): SidePanelState {
  const keys: Record<SidePanelSlot, string> = { loggedOut: SIDE_PANEL_KEYS.loggedOut, detail: detailKey, button: SIDE_PANEL_KEYS.button };
  const labels = Object.fromEntries(SLOTS.map((s) => [s, raw ? unknownLabel(keys[s]) : resolveLabel(keys[s], lang)])) as Record<
    SidePanelSlot,
    string
  >;
  return { labels, keys, detailKey, unresolved: SLOTS.filter((s) => UNKNOWN.test(labels[s])) };
}
