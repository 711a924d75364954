// The host outside Outlook: browser language, prefers-color-scheme, localStorage.
import type { Host, ThemeKind } from "./types";

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
  return {
    kind: "standalone",
    platform: null,
    displayLanguage: win.navigator?.language || "en-US",
    theme: browserTheme(win),
    async openNewMessage() {
      return false;
    },
    getSetting(name) {
      return storage(win)?.getItem(PREFIX + name) ?? null;
    },
    async setSetting(name, value) {
      storage(win)?.setItem(PREFIX + name, value);
    },
  };
}
