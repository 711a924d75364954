// What one log entry says, decided once: its status flags, the side-panel state it carries, whether it
// is SFO's failed logon, and the catalog wordings anywhere in it (message and continuation lines). The
// reader keeps an entry on this, and diagnosis reads it; nothing searches the signatures twice.
import type { LogStatus, SidePanelState } from "../types";
import { matchSignatures, type SignatureHit } from "../causes/match";
import { decodeSidePanelUrl } from "../sidepanel";
import { statusFlags, statusOf } from "./entry";

export interface EntryFacts {
  /** Status flags the entry reports, or null. */
  flags: string[] | null;
  status: LogStatus | null;
  /** The side-panel state of a `NavigateTo` line (or any line carrying SFO's label parameters). */
  panel: SidePanelState | null;
  /** SFO's own `LogOn failed` line. */
  logonFailed: boolean;
  /** Catalog wordings found anywhere in the entry. */
  hits: SignatureHit[];
}

const PANEL_LINE = /NavigateTo|loggedOutLabel|loggedOutDetailLabel|buttonLabel/i;

export function classifyEntry(message: string, continuation?: readonly string[]): EntryFacts {
  const text = continuation && continuation.length ? `${message}\n${continuation.join("\n")}` : message;
  const flags = statusFlags(message);
  const panel = PANEL_LINE.test(message) ? decodeSidePanelUrl(message) : null;
  return {
    flags,
    status: flags ? statusOf(flags) : null,
    panel,
    logonFailed: /logon failed/i.test(message),
    // A side-panel line holds SFO's own labels (raw keys such as `ipRestricted` read like wordings): its state speaks for it.
    hits: panel ? [] : matchSignatures(text),
  };
}

/** An entry that says something went wrong with the sign-in (not just a status). */
export const isFailure = (f: EntryFacts): boolean => f.hits.length > 0 || f.logonFailed;
