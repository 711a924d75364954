// A Host for component tests: records what the pane asks of it, never touches Office.
import type { Host, NewMessage, ThemeKind } from "../../src/host/types";
import { createLadder } from "../../src/host/ladder";
import { browserRungs } from "../../src/host/browser";

export interface FakeHostOptions {
  /** Which host to pretend to be; the pane offers Outlook's form only in "outlook". */
  kind?: Host["kind"];
  /** What openNewMessage answers: true as if Outlook opened the form, false as if it could not. */
  opensMessages?: boolean;
}

export function fakeHost(
  displayLanguage = "en-US",
  theme: ThemeKind = "light",
  { kind = "standalone", opensMessages = false }: FakeHostOptions = {},
): Host & { sent: NewMessage[]; settings: Map<string, string> } {
  const settings = new Map<string, string>();
  const sent: NewMessage[] = [];
  const openNewMessage = async (m: NewMessage) => {
    sent.push(m);
    return opensMessages;
  };
  // The real ladder over jsdom's browser rungs, with this fake's form at the top when it plays Outlook.
  const ladder = createLadder(kind === "outlook" ? { outlook: openNewMessage, ...browserRungs(window) } : browserRungs(window));
  return {
    kind,
    platform: null,
    displayLanguage,
    theme,
    sent,
    settings,
    openNewMessage,
    deliveryWays: ladder.ways,
    deliver: ladder.send,
    getSetting: (name) => settings.get(name) ?? null,
    async setSetting(name, value) {
      settings.set(name, value);
    },
  };
}
