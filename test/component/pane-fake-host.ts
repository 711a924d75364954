// A Host for component tests: records what the pane asks of it, never touches Office.
import type { Host, NewMessage, ThemeKind } from "../../src/host/types";

export function fakeHost(displayLanguage = "en-US", theme: ThemeKind = "light"): Host & { sent: NewMessage[]; settings: Map<string, string> } {
  const settings = new Map<string, string>();
  const sent: NewMessage[] = [];
  return {
    kind: "standalone",
    platform: null,
    displayLanguage,
    theme,
    sent,
    settings,
    async openNewMessage(m) {
      sent.push(m);
      return false;
    },
    getSetting: (name) => settings.get(name) ?? null,
    async setSetting(name, value) {
      settings.set(name, value);
    },
  };
}
