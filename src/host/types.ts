// The one interface between the pane and whatever hosts it. Components receive a `Host`; they never
// read `Office` themselves, so the same UI runs in Outlook, in a plain browser and under jest.

export type HostKind = "outlook" | "standalone";
export type ThemeKind = "light" | "dark" | "high-contrast";

export interface NewMessage {
  to: string[];
  subject: string;
  body: string;
}

/** The rungs of the escalation ladder, best first. */
export type DeliveryWay = "outlook" | "mailto" | "copy" | "download";

/** The report as it leaves: everything each rung needs, made by the pane in the user's language. */
export interface OutgoingReport {
  to: string[];
  subject: string;
  body: string;
  /** The few lines a mailto: carries when the body does not fit, saying where the full report is. */
  shortBody(copied: boolean): string;
  /** The text of the downloaded file (short lines, for editors that do not wrap) and its name. */
  fileText: string;
  fileName: string;
}

/**
 * Which way the report went (null: no rung worked). `note` marks the mailto: that carried only the
 * short note: the full report is on the clipboard ("pasteIntoMail"), or could not be put there ("notCopied").
 */
export interface DeliveryOutcome {
  way: DeliveryWay | null;
  ok: boolean;
  note?: "pasteIntoMail" | "notCopied";
}

export interface Host {
  kind: HostKind;
  /** Outlook's platform/version when known ("OfficeOnline", "PC", "Mac"…), for the diagnostics block. */
  platform: string | null;
  /** BCP 47 display language: Office's displayLanguage, else the browser's. */
  displayLanguage: string;
  theme: ThemeKind;
  /** Opens the host's new-message form. Resolves true when it opened, false when the host cannot. */
  openNewMessage(message: NewMessage): Promise<boolean>;
  /** The escalation rungs this host has, best first. */
  deliveryWays: readonly DeliveryWay[];
  /** Sends the report down the ladder from `from` (default: the best rung) until a rung works. */
  deliver(report: OutgoingReport, from?: DeliveryWay): Promise<DeliveryOutcome>;
  /** Remembered settings: Outlook roaming settings, or localStorage standalone. */
  getSetting(name: string): string | null;
  setSetting(name: string, value: string): Promise<void>;
}
