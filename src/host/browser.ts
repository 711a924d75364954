// The rungs of the escalation ladder any browser can climb (a plain page and Outlook's webview alike):
// a mailto: link, the clipboard, a downloaded text file.
import type { OutgoingReport } from "./types";
import type { Rungs } from "./ladder";

/** The async clipboard, or a selected textarea where that API is blocked (some Office webviews). */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea way
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** A link click hands the URL to the mail app (or the file to the downloads) without navigating the pane away. */
function clickLink(doc: Document, href: string, download?: string): void {
  const a = doc.createElement("a");
  a.href = href;
  if (download) a.download = download;
  doc.body.appendChild(a);
  a.click();
  a.remove();
}

export function browserRungs(win: Window = window): Required<Omit<Rungs, "outlook">> {
  const doc = win.document;
  return {
    mailto(url) {
      try {
        clickLink(doc, url);
        return true;
      } catch {
        return false;
      }
    },
    copy: (text) => copyText(text, doc),
    download(report: OutgoingReport) {
      try {
        const blob = new Blob([report.fileText.replace(/\r?\n/g, "\r\n")], { type: "text/plain;charset=utf-8" });
        const url = URL.createObjectURL(blob);
        clickLink(doc, url, report.fileName);
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        return true;
      } catch {
        return false;
      }
    },
  };
}
