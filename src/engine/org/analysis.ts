// The org's SFO sign-ins, gathered row by row from any number of files and summarised per user. Keeps
// per user only counters, first/last times and the latest row, so millions of rows cost flat memory.
import { CAUSE_IDS, type CauseId } from "../types";
import { readLoginStatus } from "../causes/login-status";
import { formatOrgTime, parseOrgTime, type OrgTime } from "./time";
import type {
  OrgAuditChange, OrgCauseSummary, OrgFileSummary, OrgHint, OrgKind, OrgProblem, OrgReport, OrgTokenUser, OrgUser,
} from "./types";

/** Header names compared without case, spaces or punctuation: "Login Time" = "LoginTime" = "login_time". */
export const headerKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "");

const COLUMNS = {
  user: ["username", "user", "userid", "createdbyusername"],
  loginTime: ["logintime", "logintimegmt", "logintimeutc", "logindate", "date", "time"],
  status: ["status", "loginstatus"],
  app: ["application", "app", "appname", "applicationname"],
  client: ["clientversion", "client"],
  tls: ["tlsprotocol", "tls"],
  subtype: ["loginsubtype", "subtype"],
  created: ["createddate", "created"],
  lastUsed: ["lastuseddate", "lastused"],
  useCount: ["usecount"],
  action: ["action"],
  section: ["section"],
  display: ["display", "description"],
  who: ["createdbyname", "createdbyusername", "createdby", "user", "username", "createdbyid"],
} as const;

type Columns = { -readonly [K in keyof typeof COLUMNS]: number };

export type { Columns as OrgColumns };
export function findColumns(headers: readonly string[]): Columns {
  const keys = headers.map(headerKey);
  const out = {} as Columns;
  for (const [name, synonyms] of Object.entries(COLUMNS) as [keyof Columns, readonly string[]][]) {
    let at = -1;
    for (const s of synonyms) {
      at = keys.indexOf(s);
      if (at >= 0) break;
    }
    // "Login Time (GMT)" and similar: any header that starts with logintime.
    if (at < 0 && name === "loginTime") at = keys.findIndex((k) => k.startsWith("logintime"));
    out[name] = at;
  }
  return out;
}

/** Which object a table holds, from its columns; null when it is none of the three. */
export function kindOfColumns(c: Columns): OrgKind | null {
  if (c.loginTime >= 0 && c.status >= 0 && (c.app >= 0 || c.user >= 0)) return "login-history";
  if (c.app >= 0 && c.created >= 0 && (c.useCount >= 0 || c.lastUsed >= 0)) return "oauth-token";
  if ((c.display >= 0 || c.action >= 0) && (c.created >= 0 || c.loginTime >= 0) && (c.section >= 0 || c.who >= 0)) return "setup-audit-trail";
  return null;
}

/** Salesforce for Outlook under any spelling Setup or the API gives it ("Salesforce for Outlook", "SalesforceForOutlook" …). */
export function isSfoApplication(name: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return n.includes("foroutlook") || n === "sfo";
}

/** Setup changes an SFO sign-in problem can come from: the connected app, its OAuth policies, session and IP settings. */
export const AUDIT_MENTIONS = /outlook|oauth|refresh.?token|connected.?app|ip.?relax|login.?ip|login.?hours|session.?(timeout|security)/i;

/**
 * One user's SFO sign-ins so far, as flat numbers and a few kept strings (50,000 users fit in a few MB).
 * Every "latest" is kept under both readings of a slash date (k: month first, a: day first).
 */
class LoginUser {
  logins = 0;
  failures = 0;
  signIns = 0;
  latestK = -Infinity;
  latestA = -Infinity;
  statusK = "";
  statusA = "";
  causeK: CauseId | null = null;
  causeA: CauseId | null = null;
  zonedK = true;
  zonedA = true;
  failK = -Infinity;
  failA = -Infinity;
  failCauseK: CauseId | null = null;
  failCauseA: CauseId | null = null;
  clientK = -Infinity;
  clientA = -Infinity;
  clientValK = "";
  clientValA = "";
  tlsK = -Infinity;
  tlsA = -Infinity;
  tlsValK = "";
  tlsValA = "";
  causes: CauseAcc[] = [];
}

class CauseAcc {
  count = 0;
  statuses: string[] = [];
  minK = Infinity;
  maxK = -Infinity;
  minA = Infinity;
  maxA = -Infinity;
  zoned = true;
  constructor(
    readonly cause: CauseId,
    public inferred: boolean,
  ) {}
  add(t: OrgTime): void {
    this.count++;
    if (t.key < this.minK) this.minK = t.key;
    if (t.key > this.maxK) this.maxK = t.key;
    if (t.alt < this.minA) this.minA = t.alt;
    if (t.alt > this.maxA) this.maxA = t.alt;
    if (!t.zoned) this.zoned = false;
  }
}

interface TokenAcc {
  created: OrgTime;
  lastUsed: OrgTime | null;
  useCount: number | null;
}

interface AuditAcc {
  t: OrgTime;
  who: string;
  section: string;
  action: string;
  display: string;
}

/** Reads one row of a table; false when the row cannot be read (it is counted, with its line). */
export interface RowSink {
  /** Cheap test on the raw row text: rows that fail it cannot matter and are not parsed. */
  mentions: RegExp | null;
  add(fields: readonly string[], file: OrgFileSummary): boolean;
}

// More would only hide the summary: the count says how many there were.
const MAX_LINES_KEPT = 20;
const MAX_AUDIT = 10_000;
const at = (fields: readonly string[], i: number): string => (i >= 0 ? (fields[i] ?? "").trim() : "");

/**
 * A copy of `s` that does not hold on to the text it was cut from. V8 keeps a substring as a view into
 * its parent, so keeping one 20-character user name would keep the whole 64 KiB piece of the file alive.
 */
const detach = (s: string): string => (s.length === 0 ? "" : (" " + s).slice(1));

export class OrgAnalysis {
  private readonly logins = new Map<string, LoginUser>();
  private readonly tokens = new Map<string, TokenAcc[]>();
  private readonly audit: AuditAcc[] = [];
  private readonly files: OrgFileSummary[] = [];
  readonly problems: OrgProblem[] = [];
  private monthFirstVotes = 0;
  private dayFirstVotes = 0;
  private readonly sfoApps = new Map<string, boolean>();
  /** Detached copies of the few values rows repeat (statuses, client versions, TLS protocols). */
  private readonly pool = new Map<string, string>();

  private keep(s: string): string {
    let kept = this.pool.get(s);
    if (kept === undefined) {
      kept = detach(s);
      if (this.pool.size < 10_000) this.pool.set(kept, kept);
    }
    return kept;
  }

  /** Registers a file's table once its columns are known; returns where its rows go. */
  table(file: OrgFileSummary, headers: readonly string[]): RowSink | null {
    const c = findColumns(headers);
    const kind = kindOfColumns(c);
    if (!kind) return null;
    file.kind = kind;
    this.files.push(file);
    if (kind === "login-history") return this.loginSink(c);
    if (kind === "oauth-token") return this.tokenSink(c);
    return this.auditSink(c);
  }

  /** Counts an unreadable row of `file` at `line`. */
  unreadable(file: OrgFileSummary, line: number): void {
    file.unreadable.count++;
    if (file.unreadable.lines.length < MAX_LINES_KEPT) file.unreadable.lines.push(line);
  }

  problem(problem: OrgProblem): void {
    this.problems.push(problem);
  }

  private isSfo(app: string): boolean {
    let hit = this.sfoApps.get(app);
    if (hit === undefined) {
      hit = isSfoApplication(app);
      if (this.sfoApps.size < 10_000) this.sfoApps.set(detach(app), hit);
    }
    return hit;
  }

  private time(text: string): OrgTime | null {
    const t = parseOrgTime(text);
    if (t?.order === "day-first") this.dayFirstVotes++;
    else if (t?.order === "month-first") this.monthFirstVotes++;
    return t;
  }

  private loginSink(c: Columns): RowSink {
    // Without an Application column nothing tells SFO's rows apart: the export is taken as already filtered.
    const filtered = c.app >= 0;
    return {
      mentions: filtered ? /outlook/i : null,
      add: (f, file) => {
        const status = at(f, c.status);
        if (filtered && !this.isSfo(at(f, c.app)) && !/outlook integration/i.test(status)) return true;
        const user = at(f, c.user);
        const t = this.time(at(f, c.loginTime));
        if (!user || !t) return false;
        file.sfoRows++;
        let u = this.logins.get(user);
        if (!u) {
          u = new LoginUser();
          this.logins.set(detach(user), u);
        }
        u.logins++;
        const reading = readLoginStatus(status);
        if (t.key >= u.latestK) {
          u.latestK = t.key;
          u.statusK = this.keep(status);
          u.causeK = reading.cause;
          u.zonedK = t.zoned;
        }
        if (t.alt >= u.latestA) {
          u.latestA = t.alt;
          u.statusA = this.keep(status);
          u.causeA = reading.cause;
          u.zonedA = t.zoned;
        }
        if (/user.?agent/i.test(at(f, c.subtype))) u.signIns++;
        const client = at(f, c.client);
        if (client && client.toUpperCase() !== "N/A") {
          if (t.key >= u.clientK) {
            u.clientK = t.key;
            u.clientValK = this.keep(client);
          }
          if (t.alt >= u.clientA) {
            u.clientA = t.alt;
            u.clientValA = this.keep(client);
          }
        }
        const tls = at(f, c.tls);
        if (tls && tls.toUpperCase() !== "N/A" && tls.toLowerCase() !== "unknown") {
          if (t.key >= u.tlsK) {
            u.tlsK = t.key;
            u.tlsValK = this.keep(tls);
          }
          if (t.alt >= u.tlsA) {
            u.tlsA = t.alt;
            u.tlsValA = this.keep(tls);
          }
        }
        if (reading.failed && reading.cause) {
          u.failures++;
          if (t.key >= u.failK) {
            u.failK = t.key;
            u.failCauseK = reading.cause;
          }
          if (t.alt >= u.failA) {
            u.failA = t.alt;
            u.failCauseA = reading.cause;
          }
          let acc = u.causes.find((x) => x.cause === reading.cause);
          if (!acc) {
            acc = new CauseAcc(reading.cause, reading.inferred);
            u.causes.push(acc);
          }
          acc.add(t);
          if (acc.statuses.length < 10 && !acc.statuses.includes(status)) acc.statuses.push(this.keep(status || "—"));
          if (!reading.inferred) acc.inferred = false;
        }
        return true;
      },
    };
  }

  private tokenSink(c: Columns): RowSink {
    return {
      mentions: /outlook/i,
      add: (f, file) => {
        if (!this.isSfo(at(f, c.app))) return true;
        const user = at(f, c.user);
        const created = this.time(at(f, c.created));
        if (!user || !created) return false;
        const lastText = at(f, c.lastUsed);
        const lastUsed = lastText ? this.time(lastText) : null;
        if (lastText && !lastUsed) return false;
        const countText = at(f, c.useCount);
        const useCount = countText === "" ? null : Number(countText);
        if (useCount !== null && !Number.isFinite(useCount)) return false;
        file.sfoRows++;
        let list = this.tokens.get(user);
        if (!list) {
          list = [];
          this.tokens.set(detach(user), list);
        }
        // Five approvals per user and app: more rows than that are duplicates across files.
        if (list.length < 50) list.push({ created, lastUsed, useCount });
        return true;
      },
    };
  }

  private auditSink(c: Columns): RowSink {
    const display = c.display >= 0 ? c.display : c.action;
    const timeAt = c.created >= 0 ? c.created : c.loginTime;
    return {
      mentions: AUDIT_MENTIONS,
      add: (f, file) => {
        const text = `${at(f, display)} ${at(f, c.section)} ${at(f, c.action)}`;
        if (!AUDIT_MENTIONS.test(text)) return true;
        const t = this.time(at(f, timeAt));
        if (!t) return false;
        file.sfoRows++;
        if (this.audit.length < MAX_AUDIT) {
          this.audit.push({ t, who: this.keep(at(f, c.who)), section: this.keep(at(f, c.section)), action: this.keep(c.display >= 0 ? at(f, c.action) : ""), display: detach(at(f, display)) });
        }
        return true;
      },
    };
  }

  report(): OrgReport {
    const dayFirst = this.dayFirstVotes > this.monthFirstVotes;
    const anySlash = this.dayFirstVotes + this.monthFirstVotes > 0;
    const rank = (id: CauseId | null) => (id ? CAUSE_IDS.indexOf(id) : CAUSE_IDS.length);
    const users: OrgUser[] = [];
    for (const [user, u] of this.logins) {
      const latestMs = dayFirst ? u.latestA : u.latestK;
      const status = dayFirst ? u.statusA : u.statusK;
      const latestCause = dayFirst ? u.causeA : u.causeK;
      const zoned = dayFirst ? u.zonedA : u.zonedK;
      const fmt = (ms: number, z: boolean) => formatOrgTime(ms, z);
      const causes: OrgCauseSummary[] = u.causes
        .map((acc) => ({
          cause: acc.cause,
          count: acc.count,
          first: fmt(dayFirst ? acc.minA : acc.minK, acc.zoned),
          last: fmt(dayFirst ? acc.maxA : acc.maxK, acc.zoned),
          statuses: [...acc.statuses],
          inferred: acc.inferred,
        }))
        .sort((a, b) => b.count - a.count || rank(a.cause) - rank(b.cause));
      const hint: OrgHint | null =
        u.signIns >= 3 ? { kind: "signs-in-again", key: "org.hint.signsInAgain", params: { count: u.signIns } } : null;
      users.push({
        user,
        logins: u.logins,
        failures: u.failures,
        signIns: u.signIns,
        failing: latestCause !== null,
        latest: Number.isFinite(latestMs) ? { time: fmt(latestMs, zoned), status, cause: latestCause } : null,
        cause: (dayFirst ? u.failCauseA : u.failCauseK) ?? null,
        causes,
        clientVersion: (dayFirst ? u.clientValA : u.clientValK) || null,
        tlsProtocol: (dayFirst ? u.tlsValA : u.tlsValK) || null,
        hint,
      });
    }
    users.sort((a, b) => Number(b.failing) - Number(a.failing) || rank(a.cause) - rank(b.cause) || b.failures - a.failures || (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));

    const tokens: OrgTokenUser[] = [];
    for (const [user, list] of this.tokens) {
      const sorted = [...list].sort((a, b) => (dayFirst ? a.created.alt - b.created.alt : a.created.key - b.created.key));
      const ms = (t: OrgTime) => (dayFirst ? t.alt : t.key);
      const rows = sorted.map((tk) => ({
        created: formatOrgTime(ms(tk.created), tk.created.zoned),
        lastUsed: tk.lastUsed ? formatOrgTime(ms(tk.lastUsed), tk.lastUsed.zoned) : null,
        useCount: tk.useCount,
        lifeHours: tk.lastUsed ? Math.max(0, Math.round(((ms(tk.lastUsed) - ms(tk.created)) / 3_600_000) * 10) / 10) : null,
      }));
      tokens.push({ user, tokens: rows, hint: tokenHint(rows) });
    }
    tokens.sort((a, b) => Number(Boolean(b.hint)) - Number(Boolean(a.hint)) || b.tokens.length - a.tokens.length || (a.user < b.user ? -1 : 1));

    const audit: OrgAuditChange[] = [...this.audit]
      .sort((a, b) => (dayFirst ? b.t.alt - a.t.alt : b.t.key - a.t.key))
      .map((a) => ({ time: formatOrgTime(dayFirst ? a.t.alt : a.t.key, a.t.zoned), who: a.who, section: a.section, action: a.action, display: a.display }));

    const causes: Partial<Record<CauseId, number>> = {};
    for (const u of users) if (u.cause) causes[u.cause] = (causes[u.cause] ?? 0) + 1;
    return {
      files: this.files,
      problems: this.problems,
      dateOrder: anySlash ? (dayFirst ? "day-first" : "month-first") : null,
      users,
      tokens,
      audit,
      summary: {
        users: users.length,
        failing: users.filter((u) => u.failing).length,
        causes,
        unreadableRows: this.files.reduce((n, f) => n + f.unreadable.count, 0),
      },
    };
  }
}

/** Under a Refresh Token Policy that expires tokens, SFO has to ask for a new one each time (inferred, SFO-FACTS §7). */
export function tokenHint(tokens: OrgTokenUser["tokens"]): OrgHint | null {
  if (tokens.length >= 5) return { kind: "five-approvals", key: "org.hint.fiveApprovals", params: { count: tokens.length } };
  if (tokens.length < 2) return null;
  // Every token but the newest (which may still be in use) lived less than a day.
  const older = tokens.slice(0, -1);
  const lives = older.map((t) => t.lifeHours ?? 0);
  if (lives.every((h) => h < 24)) {
    return {
      kind: "expiring-policy",
      key: "org.hint.expiringPolicy",
      params: { count: tokens.length, first: tokens[0].created, last: tokens[tokens.length - 1].created, hours: Math.max(...lives) },
    };
  }
  return null;
}
