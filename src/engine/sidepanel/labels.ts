// SFO's own side-panel label resources, simulated (SFO-FACTS §1). This is data SFO would ship, not our
// UI catalog: the simulator shows it and the decoder maps resolved text back to keys.
import type { CauseId } from "../types";
import { CAUSES } from "../causes/catalog";
import type { SalesforceLanguage } from "../i18n";
import { SALESFORCE_LANGUAGES } from "../i18n";
import enLabels from "../i18n/locales/en/sidepanel.json";
import daLabels from "../i18n/locales/da/sidepanel.json";

export const SIDE_PANEL_KEYS = { loggedOut: "loggedOut", button: "loginButton" } as const;

/** Label keys a public source shows (the seed article's URL); every other key and all Danish texts are our simulation. */
export const DOCUMENTED_LABEL_KEYS: readonly string[] = [
  SIDE_PANEL_KEYS.loggedOut,
  ...CAUSES.filter((c) => c.sidePanel.documented).map((c) => c.sidePanel.detailKey),
  SIDE_PANEL_KEYS.button,
];

export interface SidePanelDetailKey {
  key: string;
  cause: CauseId;
  /** True only for keys seen in public sources (`oauthPolicy`); false for keys our simulator invents, which UIs should call simulated. */
  documented: boolean;
}

/** Every detail key the simulator can show, with the cause it stands for and whether SFO is known to use it: the cause catalog's side-panel states. */
export const SIDE_PANEL_DETAIL_KEYS: readonly SidePanelDetailKey[] = CAUSES.map((c) => ({
  key: c.sidePanel.detailKey,
  cause: c.id,
  documented: c.sidePanel.documented,
}));

export type LabelSet = Readonly<Record<string, string>>;

// en_US: the documented texts (the heading + detail read as the seed's sentence: "You've been logged out
// of Salesforce" + " " + "based on your organization's security settings. Click this message to log in
// again."); da: our simulation. Both built in; the other languages are registered (below).
const en_US: LabelSet = enLabels;
const da: LabelSet = daLabels;

/**
 * Label resources per Salesforce language (locales/<id>/sidepanel.json): en_US (documented) and da built
 * in; every other language's our simulation, added with registerSidePanelLabels (the pane adds the one
 * language it loaded; the CLI, the worker and admin mode add all, see ./all-labels). A language without
 * labels resolves to `<<Unknown Label:KEY>>`, as SFO does.
 */
export const SIDE_PANEL_LABELS: Readonly<Record<SalesforceLanguage, LabelSet>> = Object.fromEntries(
  SALESFORCE_LANGUAGES.map((l) => [l, l === "en_US" ? en_US : l === "da" ? da : {}]),
) as Record<SalesforceLanguage, LabelSet>;

let version = 0;

/** Adds (or replaces) a language's label resources; an empty set changes nothing. */
export function registerSidePanelLabels(lang: SalesforceLanguage, set: LabelSet): void {
  if (Object.keys(set).length === 0) return;
  (SIDE_PANEL_LABELS as Record<SalesforceLanguage, LabelSet>)[lang] = set;
  sentences = null;
  // Stryker disable next-line UpdateOperator: counting down marks a change as well as counting up
  version++;
}

/** Grows each time a language's labels are registered: what is built from the labels is stale when it changed. */
export const sidePanelLabelsVersion = (): number => version;

/** SFO's own label text, or undefined when the language has none for the key. */
export function labelText(key: string, lang: SalesforceLanguage): string | undefined {
  const set = SIDE_PANEL_LABELS[lang];
  return set && Object.prototype.hasOwnProperty.call(set, key) ? set[key] : undefined;
}

export const unknownLabel = (key: string): string => `<<Unknown Label:${key}>>`;

/** Exactly what SFO shows: the text, or `<<Unknown Label:KEY>>` when the key or language has none. */
export function resolveLabel(key: string, lang: SalesforceLanguage | null): string {
  return (lang ? labelText(key, lang) : undefined) ?? unknownLabel(key);
}

const normal = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

let sentences: { sentence: string; heading: string; detail: string; key: string }[] | null = null;

/**
 * The detail key of resolved side-panel text, or null when not sure. How SFO splits its sentence between heading and
 * detail is not public, so the whole sentence (heading + detail) must equal one of our states; a detail alone (heading
 * unresolved or empty) only counts when that text is no part of another state's text.
 */
export function detailKeyForText(heading: string, detailText: string, headingUnresolved: boolean): string | null {
  // Stryker disable next-line ConditionalExpression: built once and again after each registration; building it every time reads the same
  if (!sentences) {
    sentences = [];
    for (const set of Object.values(SIDE_PANEL_LABELS)) {
      if (!set[SIDE_PANEL_KEYS.loggedOut]) continue;
      for (const { key } of SIDE_PANEL_DETAIL_KEYS) {
        if (!set[key]) continue;
        const h = normal(set[SIDE_PANEL_KEYS.loggedOut]);
        const d = normal(set[key]);
        sentences.push({ sentence: `${h} ${d}`, heading: h, detail: d, key });
      }
    }
  }
  // An empty detail matches no state: labels with no text are never kept (below), and a sentence always has its detail.
  const d = normal(detailText);
  const h = headingUnresolved ? "" : normal(heading);
  if (h) {
    const whole = `${h} ${d}`;
    const keys = new Set(sentences.filter((s) => s.sentence === whole).map((s) => s.key));
    return keys.size === 1 ? [...keys][0] : null;
  }
  const keys = new Set(sentences.filter((s) => s.detail === d).map((s) => s.key));
  if (keys.size !== 1) return null;
  const ambiguous = sentences.some((s) => s.detail !== d && s.detail.includes(d));
  return ambiguous ? null : [...keys][0];
}
