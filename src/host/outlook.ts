// The host inside Outlook. This file and ./detect.ts are the only places that touch Office.js.
/// <reference types="office-js" />
import type { Host, NewMessage, ThemeKind } from "./types";
import { browserRungs } from "./browser";
import { createLadder } from "./ladder";

/** Office's theme colours tell dark from light; a high-contrast system shows as forced colours. */
function officeTheme(office: typeof Office, win: Window): ThemeKind {
  if (typeof win.matchMedia === "function" && win.matchMedia("(forced-colors: active)").matches) return "high-contrast";
  const bg = office.context?.officeTheme?.bodyBackgroundColor;
  if (bg && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const hex = bg.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    if (0.2126 * r + 0.7152 * g + 0.0722 * b < 128) return "dark";
  }
  return "light";
}

export function createOutlookHost(office: typeof Office, win: Window = window): Host {
  const mailbox = office.context.mailbox;
  const settings = office.context.roamingSettings;
  const openNewMessage = async (message: NewMessage): Promise<boolean> => {
    if (!mailbox || typeof mailbox.displayNewMessageForm !== "function") return false;
    try {
      mailbox.displayNewMessageForm({ toRecipients: message.to, subject: message.subject, htmlBody: toHtml(message.body) });
      return true;
    } catch {
      return false;
    }
  };
  // Outlook's form first; its webview is a browser, so the browser's rungs follow.
  const ladder = createLadder({ outlook: openNewMessage, ...browserRungs(win) });
  return {
    kind: "outlook",
    platform: office.context.diagnostics?.platform ? String(office.context.diagnostics.platform) : null,
    displayLanguage: office.context.displayLanguage || win.navigator?.language || "en-US",
    theme: officeTheme(office, win),
    openNewMessage,
    deliveryWays: ladder.ways,
    deliver: ladder.send,
    getSetting(name) {
      const v = settings?.get(name);
      return typeof v === "string" ? v : null;
    },
    setSetting(name, value) {
      return new Promise((resolve, reject) => {
        if (!settings) return resolve();
        settings.set(name, value);
        settings.saveAsync((r) => (r.status === office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message))));
      });
    },
  };
}

/** The body is plain text; the form takes HTML, so escape it and keep the line breaks. */
export function toHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<div style="font-family:Segoe UI,Calibri,Arial,sans-serif;white-space:pre-wrap">${escaped.replace(/\r?\n/g, "<br>")}</div>`;
}
