// Login times as Salesforce writes them: the API's ISO GMT (2023-07-23T16:18:23.000+0000) and Setup's
// download in the viewer's locale and zone (1/20/2016 12:01:40 PM EST, 20.01.2016 12:01:40, Excel's
// 20-01-2016 12:01). A slash date is month-first or day-first depending on the locale; both readings are
// kept (`key`, `alt`) until the file's dates show which one it is.

export interface OrgTime {
  /** Milliseconds since 1970 (UTC when the zone is known; the wall clock otherwise), month-first for slash dates. */
  key: number;
  /** The same time read day-first; equals `key` for every unambiguous format. */
  alt: number;
  /** True when the text named a zone we could convert (GMT, +0100, EST …). */
  zoned: boolean;
  /** For slash dates: which reading the numbers force (a part above 12), else null. */
  order: "month-first" | "day-first" | null;
}

// Zone abbreviations Setup can print (hours from UTC). Ambiguous ones (IST, CST in China) are left out.
const ZONES: Record<string, number> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 1,
  BST: 1,
  CET: 1,
  CEST: 2,
  MET: 1,
  MEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  EST: -5,
  EDT: -4,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  AKST: -9,
  AKDT: -8,
  HST: -10,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
  ACST: 9.5,
  NZST: 12,
  NZDT: 13,
  SGT: 8,
  HKT: 8,
};
// US Central is by far the likelier reading of CST in a Salesforce org's download.
ZONES.CST = -6;

/** Minutes east of UTC for a zone text (not empty, no spaces around it), or null when it is not one we know. */
function zoneOffset(zone: string): number | null {
  const z = zone.toUpperCase();
  const num = /^(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (num) return (num[1] === "-" ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3] ?? 0));
  return z in ZONES ? ZONES[z] * 60 : null;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(.*)$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(.*)$/;
const DAY_FIRST = /^(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(.*)$/;
const MERIDIEM = /^([AaPp])\.?\s?[Mm]\.?\s*(.*)$/;

function wall(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || mi > 59 || s > 60) return null;
  // Stryker disable next-line EqualityOperator: the year 100 could only come from a four-digit 0100, which no export writes
  const ms = Date.UTC(y < 100 ? 2000 + y : y, mo - 1, d, h, mi, s);
  // Day 0, a day past the month's end and hours 24 to 99 all roll the date over, so the day no longer matches.
  return new Date(ms).getUTCDate() === d ? ms : null;
}

/** Parses one date-time; null when it is none of the forms above (the row is then unreadable). */
export function parseOrgTime(text: string): OrgTime | null {
  const s = text.trim();
  let m = ISO.exec(s) ?? YMD_SLASH.exec(s);
  let a: number, b: number, y: number;
  let slash = false;
  let dayFirst = false;
  if (m) {
    y = Number(m[1]);
    a = Number(m[2]);
    b = Number(m[3]);
  } else if ((m = SLASH.exec(s))) {
    slash = true;
    a = Number(m[1]);
    b = Number(m[2]);
    y = Number(m[3]);
  } else if ((m = DAY_FIRST.exec(s))) {
    dayFirst = true;
    a = Number(m[1]);
    b = Number(m[2]);
    y = Number(m[3]);
  } else return null;
  let h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = Number(m[6] ?? 0);
  let rest = m[7];
  const mer = MERIDIEM.exec(rest);
  if (mer) {
    if (h < 1 || h > 12) return null;
    const pm = mer[1].toLowerCase() === "p";
    h = (h % 12) + (pm ? 12 : 0);
    rest = mer[2];
  }
  let offset = 0;
  let zoned = false;
  // The patterns leave no spaces around `rest` (the text is trimmed, and \s* before it takes them all).
  if (rest) {
    const o = zoneOffset(rest);
    if (o !== null) {
      offset = o;
      zoned = true;
    } else if (!/^[A-Za-z][A-Za-z ()/_+:-]{0,60}$/.test(rest)) return null; // a zone name we cannot convert is kept as wall time; anything else is not a date
  }
  const shift = offset * 60_000;
  if (slash) {
    const monthFirst = wall(y, a, b, h, mi, sec);
    const dayFirstMs = wall(y, b, a, h, mi, sec);
    if (monthFirst === null && dayFirstMs === null) return null;
    const key = (monthFirst ?? dayFirstMs)! - shift;
    const alt = (dayFirstMs ?? monthFirst)! - shift;
    const order = a > 12 ? "day-first" : b > 12 ? "month-first" : null;
    return { key, alt, zoned, order };
  }
  const ms = dayFirst ? wall(y, b, a, h, mi, sec) : wall(y, a, b, h, mi, sec);
  if (ms === null) return null;
  return { key: ms - shift, alt: ms - shift, zoned, order: null };
}

const two = (n: number) => String(n).padStart(2, "0");

/** `2016-01-20 17:01:40 UTC` (zone known) or `2016-01-20 12:01:40` (wall clock as written). */
export function formatOrgTime(ms: number, zoned: boolean): string {
  const d = new Date(ms);
  const text = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return zoned ? `${text} UTC` : text;
}
