// The escalation ladder, best way first (the Outlook SSO sample's pattern): Outlook's new-message form,
// then a mailto: link, then the clipboard, then a downloaded text file. Each host says which rungs it
// has; the pane asks for one delivery and learns which way it went, never scripting the order itself.
import type { DeliveryOutcome, DeliveryWay, OutgoingReport } from "./types";

/** Longer mailto: URLs get cut or refused by some mail apps; above this the mailto: gets the short note. */
export const MAILTO_MAX = 1800;

export const LADDER: readonly DeliveryWay[] = ["outlook", "mailto", "copy", "download"];

export function mailtoUrl(to: readonly string[], subject: string, body: string): string {
  return `mailto:${to.map(encodeURIComponent).join(",")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * How a report fits a mailto: link: whole, as the short note (the full text then goes to the clipboard
 * first), or not at all. Both notes must fit, as whether the copy works is only known on the click.
 */
export function mailtoFit(report: OutgoingReport): "full" | "short" | "none" {
  if (mailtoUrl(report.to, report.subject, report.body).length <= MAILTO_MAX) return "full";
  const short = Math.max(...[true, false].map((copied) => mailtoUrl(report.to, report.subject, report.shortBody(copied)).length));
  return short <= MAILTO_MAX ? "short" : "none";
}

/** What a host can do for each rung; a missing rung is one the host does not have. */
export interface Rungs {
  outlook?(report: OutgoingReport): Promise<boolean>;
  mailto?(url: string): boolean;
  copy?(text: string): Promise<boolean>;
  download?(report: OutgoingReport): boolean;
}

export interface Ladder {
  /** The rungs this host has, best first. */
  ways: readonly DeliveryWay[];
  /** Tries `from` (default: the best rung), then each lower rung, until one works. */
  send(report: OutgoingReport, from?: DeliveryWay): Promise<DeliveryOutcome>;
}

export function createLadder(rungs: Rungs): Ladder {
  const ways = LADDER.filter((w) => rungs[w] !== undefined);
  const fullText = (r: OutgoingReport) => `${r.subject}\n\n${r.body}`;

  const tryOne = async (way: DeliveryWay, r: OutgoingReport): Promise<DeliveryOutcome | null> => {
    switch (way) {
      case "outlook":
        return (await rungs.outlook!(r).catch(() => false)) ? { way, ok: true } : null;
      case "mailto": {
        const fit = mailtoFit(r);
        if (fit === "full") return rungs.mailto!(mailtoUrl(r.to, r.subject, r.body)) ? { way, ok: true } : null;
        if (fit === "none") return null;
        // Copy first: once the mail app takes focus the browser may refuse the clipboard.
        const copied = rungs.copy ? await rungs.copy(fullText(r)).catch(() => false) : false;
        if (!rungs.mailto!(mailtoUrl(r.to, r.subject, r.shortBody(copied)))) return copied ? { way: "copy", ok: true } : null;
        return copied ? { way, ok: true, note: "pasteIntoMail" } : { way, ok: false, note: "notCopied" };
      }
      case "copy":
        return (await rungs.copy!(fullText(r)).catch(() => false)) ? { way, ok: true } : null;
      case "download":
        return rungs.download!(r) ? { way, ok: true } : null;
    }
  };

  return {
    ways,
    async send(report, from = ways[0]) {
      for (const way of ways.slice(Math.max(0, ways.indexOf(from)))) {
        const outcome = await tryOne(way, report);
        if (outcome) return outcome;
      }
      return { way: null, ok: false };
    },
  };
}
