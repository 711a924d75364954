// The host outside Outlook: browser language, prefers-color-scheme, localStorage, and the rungs of the
// escalation ladder a browser can climb (mailto:, clipboard, download).
import type { Host, ThemeKind } from "./types";
import { browserRungs } from "./browser";
import { createLadder } from "./ladder";

const PREFIX = "sfo-doctor.";

function browserTheme(win: Window): ThemeKind {
  const mq = (q: string) => (typeof win.matchMedia === "function" ? win.matchMedia(q).matches : false);
  if (mq("(forced-colors: active)")) return "high-contrast";
  return mq("(prefers-color-scheme: dark)") ? "dark" : "light";
}

function storage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null; // storage can be blocked (private mode, sandboxed frames)
  }
}

export function createStandaloneHost(win: Window = window): Host {
  const ladder = createLadder(browserRungs(win));
  return {
    kind: "standalone",
    platform: null,
    displayLanguage: win.navigator?.language || "en-US",
    theme: browserTheme(win),
    async openNewMessage() {
      return false;
    },
    deliveryWays: ladder.ways,
    deliver: ladder.send,
    getSetting(name) {
      return storage(win)?.getItem(PREFIX + name) ?? null;
    },
    async setSetting(name, value) {
      storage(win)?.setItem(PREFIX + name, value);
    },
  };
}
