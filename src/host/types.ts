// The one interface between the pane and whatever hosts it. Components receive a `Host`; they never
// read `Office` themselves, so the same UI runs in Outlook, in a plain browser and under jest.

export type HostKind = "outlook" | "standalone";
export type ThemeKind = "light" | "dark" | "high-contrast";

export interface NewMessage {
  to: string[];
  subject: string;
  body: string;
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
  /** Remembered settings: Outlook roaming settings, or localStorage standalone. */
  getSetting(name: string): string | null;
  setSetting(name: string, value: string): Promise<void>;
}
