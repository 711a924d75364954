// The org's SFO sign-ins, gathered row by row from any number of files and summarised per user. Keeps
// per user only counters, first/last times, the latest values and a few status texts (login-table.ts),
// so millions of rows cost flat memory; the per-user report is made one user at a time (orgUsers).
import { CAUSE_IDS, type CauseId } from "../types";
import { readLoginStatus } from "../causes/login-status";
import { formatOrgTime, parseOrgTime, type OrgTime } from "./time";
import { causeOf, detach, Interner, LoginTable } from "./login-table";
import type {
  OrgAuditChange,
  OrgCauseSummary,
  OrgFileSummary,
  OrgHint,
  OrgKind,
  OrgProblem,
  OrgReport,
  OrgTokenUser,
  OrgUser,
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
    // Stryker disable next-line UnaryOperator: every synonym's lookup below overwrites it (no list is empty)
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
  if ((c.display >= 0 || c.action >= 0) && (c.created >= 0 || c.loginTime >= 0) && (c.section >= 0 || c.who >= 0))
    return "setup-audit-trail";
  return null;
}

/** Salesforce for Outlook under any spelling Setup or the API gives it ("Salesforce for Outlook", "SalesforceForOutlook" …). */
export function isSfoApplication(name: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return n.includes("foroutlook") || n === "sfo";
}

/**
 * The cheap test on a raw row of Login History or OauthToken: every spelling isSfoApplication takes, so a
 * CSV export keeps the rows a JSON one keeps ("SFO" as a word: "Salesforce" holds the letters too).
 */
const SFO_MENTIONS = /outlook|\bsfo\b/i;

/** Setup changes an SFO sign-in problem can come from: the connected app, its OAuth policies, session and IP settings. */
export const AUDIT_MENTIONS = /outlook|oauth|refresh.?token|connected.?app|ip.?relax|login.?ip|login.?hours|session.?(timeout|security)/i;

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
/** A row's field in column `i`, trimmed; "" when the file has no such column (i = -1). */
const at = (fields: readonly string[], i: number): string => (fields[i] ?? "").trim();

export class OrgAnalysis {
  /** Detached copies of the few values rows repeat (statuses, client versions, TLS protocols, audit names). */
  private readonly pool = new Interner();
  private readonly logins = new LoginTable(this.pool);
  private readonly tokens = new Map<string, TokenAcc[]>();
  private readonly audit: AuditAcc[] = [];
  private readonly files: OrgFileSummary[] = [];
  readonly problems: OrgProblem[] = [];
  private monthFirstVotes = 0;
  private dayFirstVotes = 0;
  private readonly sfoApps = new Map<string, boolean>();

  private keep(s: string): string {
    // The pooled copy, or (the pool full: id -1) a copy of its own.
    return this.pool.values[this.pool.id(s)] ?? detach(s);
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
    // Stryker disable next-line ConditionalExpression: the cache only saves work; asking isSfoApplication again gives the same answer
    if (hit === undefined) {
      hit = isSfoApplication(app);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only caps the cache's memory (10,000 application names); answers are the same past it
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
      mentions: filtered ? SFO_MENTIONS : null,
      add: (f, file) => {
        const status = at(f, c.status);
        if (filtered && !this.isSfo(at(f, c.app)) && !/outlook integration/i.test(status)) return true;
        const user = at(f, c.user);
        const t = this.time(at(f, c.loginTime));
        if (!user || !t) return false;
        file.sfoRows++;
        this.logins.add(this.logins.row(user), t, status, readLoginStatus(status), at(f, c.subtype), at(f, c.client), at(f, c.tls));
        return true;
      },
    };
  }

  private tokenSink(c: Columns): RowSink {
    return {
      mentions: SFO_MENTIONS,
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
          this.audit.push({
            t,
            who: this.keep(at(f, c.who)),
            section: this.keep(at(f, c.section)),
            action: this.keep(c.display >= 0 ? at(f, c.action) : ""),
            display: detach(at(f, display)),
          });
        }
        return true;
      },
    };
  }

  /** The whole report at once (the pane's table). */
  report(): OrgReport {
    const parts = this.reportParts();
    const { files, problems, dateOrder, tokens, audit, summary } = parts.head;
    return { files, problems, dateOrder, users: [...parts.users()], tokens, audit, summary };
  }

  /**
   * The report without its users, and the users one at a time in report order: the CLI writes each user
   * as it is made, so 50,000 users never stand in memory as objects or as one output string.
   */
  reportParts(): { head: Omit<OrgReport, "users">; users: () => Generator<OrgUser> } {
    const dayFirst = this.dayFirstVotes > this.monthFirstVotes;
    const anySlash = this.dayFirstVotes + this.monthFirstVotes > 0;
    const L = this.logins;
    const failCause = dayFirst ? L.failCauseA : L.failCauseK;
    const latestCause = dayFirst ? L.causeA : L.causeK;
    // Failing users first, then by the rank of their cause in the catalog, most failures, name (one row per name: never equal).
    const rank = (n: number) => (n === 0 ? CAUSE_IDS.length : n - 1);
    const order = Array.from({ length: L.size }, (_, i) => i).sort(
      (a, b) =>
        Number(latestCause[b] !== 0) - Number(latestCause[a] !== 0) ||
        rank(failCause[a]) - rank(failCause[b]) ||
        L.failures[b] - L.failures[a] ||
        (L.names[a] < L.names[b] ? -1 : 1),
    );
    const causes: Partial<Record<CauseId, number>> = {};
    let failing = 0;
    for (const i of order) {
      const c = causeOf(failCause[i]);
      if (c) causes[c] = (causes[c] ?? 0) + 1;
      if (latestCause[i] !== 0) failing++;
    }
    const users = function* (): Generator<OrgUser> {
      for (const i of order) yield loginUser(L, i, dayFirst);
    };

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
    tokens.sort(
      (a, b) => Number(Boolean(b.hint)) - Number(Boolean(a.hint)) || b.tokens.length - a.tokens.length || (a.user < b.user ? -1 : 1),
    );

    const audit: OrgAuditChange[] = [...this.audit]
      .sort((a, b) => (dayFirst ? b.t.alt - a.t.alt : b.t.key - a.t.key))
      .map((a) => ({
        time: formatOrgTime(dayFirst ? a.t.alt : a.t.key, a.t.zoned),
        who: a.who,
        section: a.section,
        action: a.action,
        display: a.display,
      }));

    return {
      head: {
        files: this.files,
        problems: this.problems,
        dateOrder: anySlash ? (dayFirst ? "day-first" : "month-first") : null,
        tokens,
        audit,
        summary: {
          users: L.size,
          failing,
          causes,
          unreadableRows: this.files.reduce((n, f) => n + f.unreadable.count, 0),
        },
      },
      users,
    };
  }
}

/** One user's line of the report, read from the table. */
function loginUser(L: LoginTable, i: number, dayFirst: boolean): OrgUser {
  const rank = (id: CauseId) => CAUSE_IDS.indexOf(id);
  const latestMs = dayFirst ? L.latestA[i] : L.latestK[i];
  const latestCause = causeOf(dayFirst ? L.causeA[i] : L.causeK[i]);
  const zoned = (dayFirst ? L.zonedA[i] : L.zonedK[i]) === 1;
  const causes: OrgCauseSummary[] = L.causes(i, dayFirst)
    .map((c) => ({
      cause: c.cause,
      count: c.count,
      first: formatOrgTime(c.min, c.zoned),
      last: formatOrgTime(c.max, c.zoned),
      statuses: c.statuses,
      inferred: c.inferred,
    }))
    .sort((a, b) => b.count - a.count || rank(a.cause) - rank(b.cause));
  const signIns = L.signIns[i];
  const hint: OrgHint | null = signIns >= 3 ? { kind: "signs-in-again", key: "org.hint.signsInAgain", params: { count: signIns } } : null;
  return {
    user: L.names[i],
    logins: L.logins[i],
    failures: L.failures[i],
    signIns,
    failing: latestCause !== null,
    latest: Number.isFinite(latestMs)
      ? { time: formatOrgTime(latestMs, zoned), status: (dayFirst ? L.statusA : L.statusK).get(i), cause: latestCause }
      : null,
    cause: causeOf(dayFirst ? L.failCauseA[i] : L.failCauseK[i]),
    causes,
    clientVersion: (dayFirst ? L.clientValA : L.clientValK).get(i) || null,
    tlsProtocol: (dayFirst ? L.tlsValA : L.tlsValK).get(i) || null,
    hint,
  };
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
