// log4net entries: `yyyy-MM-dd HH:mm:ss,fff [thread] LEVEL logger message`, padded or collapsed columns.
import type { LogEntry, LogStatus } from "../types";

// No nested or lazy quantifiers next to each other: a hostile line must not make the match quadratic.
const HEADER = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})[,.](\d{3})\s+\[([^\]]*)\]\s+([A-Za-z]+)\s+(\S+)\s?(.*)$/;

/** Parses an entry's text (header line plus continuation lines). Null when the first line is no log4net header. */
export function parseEntry(file: string, line: number, text: string, maxContinuation = 200): LogEntry | null {
  const lines = text.split("\n");
  const first = lines[0].replace(/\r$/, "");
  const m = HEADER.exec(first);
  if (!m) return null;
  const entry: LogEntry = {
    file,
    line,
    time: `${m[1]}T${m[2]}.${m[3]}`,
    thread: m[4].trim(),
    level: m[5].toUpperCase(),
    logger: m[6],
    message: m[7].trim(),
  };
  const continuation: string[] = [];
  for (let i = 1; i < lines.length && continuation.length < maxContinuation; i++) {
    const l = lines[i].replace(/\r$/, "");
    if (l.trim()) continuation.push(l);
  }
  if (continuation.length) entry.continuation = continuation;
  return entry;
}

/** `2015-04-24 15:17:11,290` to the ISO form entries carry. */
export function isoTime(logTime: string): string {
  return `${logTime.slice(0, 10)}T${logTime.slice(11, 19)}.${logTime.slice(20, 23)}`;
}

/** SFO announcing a status change itself (not a sync line repeating the current status). */
export const STATUS_CHANGED = /Application status changed to\s*(.+)$/i;
const SYNC_STATUS = /Synchroni[sz]e.*?\bStatus:\s*(.+)$/i;

/** The status flags an entry reports (`Application status changed to A, B` or a sync line's `Status:A, B`). */
export function statusFlags(message: string): string[] | null {
  const m = STATUS_CHANGED.exec(message) ?? SYNC_STATUS.exec(message);
  if (!m) return null;
  const flags = m[1]
    .split(/[,|]/)
    .map((f) => f.trim().replace(/[.;]+$/, ""))
    .filter((f) => /^[A-Za-z][A-Za-z0-9_]*$/.test(f));
  return flags.length ? flags : null;
}

/** What a set of status flags means for the user. */
export function statusOf(flags: string[]): LogStatus {
  if (flags.some((f) => /NotConnected|CredentialsInvalid|LoggedOut|NotLoggedIn/i.test(f))) return "logged-out";
  if (flags.some((f) => /^(Salesforce)?Connected$/i.test(f))) return "connected";
  return "unknown";
}
