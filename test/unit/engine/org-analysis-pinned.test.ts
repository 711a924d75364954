// What the org view makes of each export an admin can hand it: which object a file is (by its columns,
// in any order), which rows are SFO's, which rows are counted as unreadable, how users, tokens and Setup
// changes are ordered, and when a hint is given. Every file is read inside its test, as the CLI reads it.
import * as fs from "node:fs";
import * as path from "node:path";
import { type OrgReport } from "../../../src/engine";
import { readOrg } from "./org-read";

const DIR = path.join(__dirname, "../../fixtures/org");

/** Reads each file (name -> text, or bytes) as the CLI does; a file it cannot read becomes a problem. */
const read = (files: Record<string, string | Uint8Array>): OrgReport => readOrg(files);

const csv = (...lines: string[]) => [...lines, ""].join("\r\n");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

/** What an admin reads of a one-file report: the file's kind or its problem, and what was taken from it. */
function view(r: OrgReport) {
  return {
    kind: r.files.length > 0 ? r.files[0].kind : r.problems[0]?.reason,
    users: r.users.map((u) => [u.user, u.latest?.status ?? null, u.cause, u.clientVersion, u.tlsProtocol]),
    tokens: r.tokens.map((t) => [t.user, ...t.tokens.map((k) => [k.created, k.lastUsed, k.useCount])]),
    audit: r.audit.map((a) => [a.time, a.who, a.section, a.action, a.display]),
    unreadable: r.summary.unreadableRows,
  };
}

const T = "2024-03-01T08:00:00.000+0000";
const SFO = "Salesforce for Outlook";
const REFRESH = "Changed Refresh Token Policy Type from Infinite to Zero";
const none = { users: [], tokens: [], audit: [], unreadable: 0 };

describe("org: which object a file holds, from its columns", () => {
  const cases: [string, string, ReturnType<typeof view>][] = [
    // Login History, pre-filtered to SFO (no Application column), Username first, no client or TLS columns.
    [
      "Login History without Application, Client Version or TLS columns",
      csv("Username,Login Time,Status", `anna@example.com,${T},Restricted IP`),
      { ...none, kind: "login-history", users: [["anna@example.com", "Restricted IP", "ip-restricted", null, null]] },
    ],
    [
      "Login History with Login Time first",
      csv("Login Time,Status,Username,Application", `${T},Restricted time,bo@example.com,${SFO}`),
      { ...none, kind: "login-history", users: [["bo@example.com", "Restricted time", "login-hours", null, null]] },
    ],
    [
      "Login History with Status first",
      csv("Status,Username,Login Time,Application", `User is frozen,carl@example.com,${T},${SFO}`),
      { ...none, kind: "login-history", users: [["carl@example.com", "User is frozen", "user-auth-failure", null, null]] },
    ],
    [
      "Login History whose time column names its zone (Login Time (Central European Time))",
      csv("Username,Login Time (Central European Time),Status,Application", `dina@example.com,2024-03-01 09:00:00 CET,Success,${SFO}`),
      { ...none, kind: "login-history", users: [["dina@example.com", "Success", null, null, null]] },
    ],
    [
      "Login History dated in a Date column, beside a Login Time Zone column",
      csv("Date,Username,Status,Application,Login Time Zone", `${T},erik@example.com,Restricted IP,${SFO},GMT`),
      { ...none, kind: "login-history", users: [["erik@example.com", "Restricted IP", "ip-restricted", null, null]] },
    ],
    [
      "Login History with Application first and no user column (its rows cannot be read)",
      csv("Application,Login Time,Status", `${SFO},${T},Success`),
      { ...none, kind: "login-history", unreadable: 1 },
    ],
    // Setup's audit trail download: Date, User, Action, Section, Delegate User
    // (http://sfdcsrini.blogspot.com/2015/10/view-setup-audit-trail-in-salesforce.html): the Action column holds the text.
    [
      "the Setup Audit Trail download (Date first, Action text, no Display)",
      csv("Date,User,Action,Section,Delegate User", `${T},admin@example.com,${REFRESH},Connected Apps,`),
      { ...none, kind: "setup-audit-trail", audit: [["2024-03-01 08:00:00 UTC", "admin@example.com", "Connected Apps", "", REFRESH]] },
    ],
    [
      "an audit trail with Action first and no Section",
      csv("Action,CreatedDate,CreatedBy.Username", `${REFRESH},${T},admin@example.com`),
      { ...none, kind: "setup-audit-trail", audit: [["2024-03-01 08:00:00 UTC", "admin@example.com", "", "", REFRESH]] },
    ],
    [
      "an audit trail with its user first, a Display and no Section or Action",
      csv("CreatedBy.Username,CreatedDate,Display", `admin@example.com,${T},${REFRESH}`),
      { ...none, kind: "setup-audit-trail", audit: [["2024-03-01 08:00:00 UTC", "admin@example.com", "", "", REFRESH]] },
    ],
    [
      "an audit trail with Display first and no Action or user",
      csv("Display,CreatedDate,Section", `${REFRESH},${T},Connected Apps`),
      { ...none, kind: "setup-audit-trail", audit: [["2024-03-01 08:00:00 UTC", "", "Connected Apps", "", REFRESH]] },
    ],
    [
      "an audit trail with Display first and an Action",
      csv("Display,Action,CreatedDate,Section", `${REFRESH},changedConnectedAppRefreshTokenPolicy,${T},Connected Apps`),
      {
        ...none,
        kind: "setup-audit-trail",
        audit: [["2024-03-01 08:00:00 UTC", "", "Connected Apps", "changedConnectedAppRefreshTokenPolicy", REFRESH]],
      },
    ],
    [
      "an audit trail with Section first and no user",
      csv("Section,CreatedDate,Action", `Connected Apps,${T},changedConnectedAppRefreshTokenPolicy`),
      {
        ...none,
        kind: "setup-audit-trail",
        audit: [["2024-03-01 08:00:00 UTC", "", "Connected Apps", "", "changedConnectedAppRefreshTokenPolicy"]],
      },
    ],
    [
      "OauthToken with AppName first",
      csv("AppName,UserId,CreatedDate,LastUsedDate,UseCount", `${SFO},0055g00000AnnaAAA,${T},2024-03-01T09:00:00.000+0000,4`),
      { ...none, kind: "oauth-token", tokens: [["0055g00000AnnaAAA", ["2024-03-01 08:00:00 UTC", "2024-03-01 09:00:00 UTC", 4]]] },
    ],
    [
      "OauthToken with CreatedDate first and UseCount only",
      csv("CreatedDate,UserId,AppName,UseCount", `${T},0055g00000AnnaAAA,${SFO},4`),
      { ...none, kind: "oauth-token", tokens: [["0055g00000AnnaAAA", ["2024-03-01 08:00:00 UTC", null, 4]]] },
    ],
    [
      "OauthToken with UseCount first",
      csv("UseCount,UserId,AppName,CreatedDate", `7,0055g00000AnnaAAA,${SFO},${T}`),
      { ...none, kind: "oauth-token", tokens: [["0055g00000AnnaAAA", ["2024-03-01 08:00:00 UTC", null, 7]]] },
    ],
    [
      "OauthToken with LastUsedDate first and no UseCount",
      csv("LastUsedDate,UserId,AppName,CreatedDate", `2024-03-01T09:00:00.000+0000,0055g00000AnnaAAA,${SFO},${T}`),
      { ...none, kind: "oauth-token", tokens: [["0055g00000AnnaAAA", ["2024-03-01 08:00:00 UTC", "2024-03-01 09:00:00 UTC", null]]] },
    ],
    // Files that are none of the three, however close their columns come.
    [
      "a task export (Subject, Date, Status)",
      csv("Subject,Date,Status,Priority", `Call Outlook team,${T},Open,Normal`),
      { ...none, kind: "not-org" },
    ],
    ["Login History without its time", csv("Username,Status,Application", `anna@example.com,Success,${SFO}`), { ...none, kind: "not-org" }],
    [
      "Login History without its status",
      csv("Username,Login Time,Application", `anna@example.com,${T},${SFO}`),
      { ...none, kind: "not-org" },
    ],
    ["tokens without app or creation", csv("User,Last Used Date,Use Count", `anna@example.com,${T},4`), { ...none, kind: "not-org" }],
    ["tokens without app", csv("UserId,Created Date,Use Count", `anna@example.com,${T},4`), { ...none, kind: "not-org" }],
    [
      "tokens without creation",
      csv("UserId,AppName,LastUsedDate,UseCount", `anna@example.com,${SFO},${T},4`),
      { ...none, kind: "not-org" },
    ],
    ["tokens without use", csv("UserId,AppName,CreatedDate", `anna@example.com,${SFO},${T}`), { ...none, kind: "not-org" }],
    ["a user list", csv("Username,Email,Profile", "outlook.admin@example.com,a@example.com,OAuth admins"), { ...none, kind: "not-org" }],
    [
      "a user list with creation dates",
      csv("Username,Created Date,Profile", `outlook.admin@example.com,${T},OAuth admins`),
      { ...none, kind: "not-org" },
    ],
    ["audit rows without a date", csv("Action,Section,User", `${REFRESH},Connected Apps,admin@example.com`), { ...none, kind: "not-org" }],
    ["a bank statement", csv("Date,Description,Amount", `${T},Outlook licence (OAuth),12.00`), { ...none, kind: "not-org" }],
  ];

  it.each(cases)("%s", (_title, text, expected) => {
    expect(view(read({ "export.csv": text }))).toEqual(expected);
  });
});

describe("org: which rows count, and which are unreadable", () => {
  it("passes over other applications' rows without calling them unreadable (sf data query --json)", () => {
    const r = read({
      "login-history-sf.json": fixture("login-history-sf.json"),
      "oauth-tokens.json": fixture("oauth-tokens.json"),
      "setup-audit-trail.json": fixture("setup-audit-trail.json"),
    });
    expect(r.files.map((f) => [f.kind, f.rows, f.sfoRows, f.unreadable.count])).toEqual([
      ["login-history", 5, 4, 0],
      ["oauth-token", 5, 4, 0],
      ["setup-audit-trail", 2, 1, 0],
    ]);
    expect(r.summary.unreadableRows).toBe(0);
  });

  it("takes the application under its short name SFO, and not a row with no application", () => {
    const rec = (user: string, app: string) => ({ UserId: user, LoginTime: T, Status: "Restricted IP", Application: app });
    const json = JSON.stringify({ status: 0, result: { records: [rec("anna", "SFO"), rec("bo", ""), rec("carl", "Browser")] } });
    const r = read({ "LoginHistory.json": json });
    expect(r.users.map((u) => u.user)).toEqual(["anna"]);
    expect(r.files[0]).toMatchObject({ rows: 3, sfoRows: 1, unreadable: { count: 0, lines: [] } });
  });

  it("takes SFO's short name in a CSV export as in a JSON one (Login History and tokens)", () => {
    const r = read({
      "LoginHistory.csv": csv(
        "Username,Login Time,Status,Application",
        `anna@example.com,${T},Restricted IP,SFO`,
        `bo@example.com,${T},Success,Salesforce CLI`,
      ),
      "OauthToken.csv": csv("UserId,AppName,CreatedDate,LastUsedDate,UseCount", `anna,SFO,${T},,2`, `bo,Salesforce CLI,${T},,2`),
    });
    expect(r.users.map((u) => [u.user, u.cause])).toEqual([["anna@example.com", "ip-restricted"]]);
    expect(r.tokens.map((t) => t.user)).toEqual(["anna"]);
    expect(r.files.map((f) => [f.sfoRows, f.unreadable.count])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it("keeps a row of another app that mentions Outlook out of the SFO users", () => {
    const r = read({
      "LoginHistory.csv": csv(
        "Application,Username,Login Time,Status",
        `Outlook Mobile,anna@example.com,${T},Restricted IP`,
        `${SFO},bo@example.com,${T},Success`,
      ),
    });
    expect(r.users.map((u) => [u.user, u.cause])).toEqual([["bo@example.com", null]]);
    expect(r.files[0]).toMatchObject({ sfoRows: 1, unreadable: { count: 0 } });
  });

  it("trims the spaces around a field: the user is one user", () => {
    const r = read({
      "LoginHistory.csv": csv(
        "Username,Login Time,Status,Application",
        ` anna@example.com ,${T}, Restricted IP ,${SFO}`,
        `anna@example.com,2024-03-01T07:00:00.000+0000,Success,${SFO}`,
      ),
    });
    expect(r.users.map((u) => [u.user, u.logins, u.latest?.status])).toEqual([["anna@example.com", 2, "Restricted IP"]]);
  });

  it("counts every unreadable row and lists the first 20 line numbers", () => {
    const bad = Array.from({ length: 22 }, (_, i) => `u${i}@example.com,not a date,Success,${SFO}`);
    const r = read({ "LoginHistory.csv": csv("Username,Login Time,Status,Application", ...bad) });
    expect(r.files[0].unreadable.count).toBe(22);
    expect(r.files[0].unreadable.lines).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(r.summary.unreadableRows).toBe(22);
  });

  it("reads each token row: a blank use count is unknown, a use count, last use or creation that is not one makes the row unreadable", () => {
    const r = read({
      "OauthToken.csv": csv(
        "UserId,AppName,CreatedDate,LastUsedDate,UseCount",
        `anna,${SFO},${T},,`,
        `bo,${SFO},${T},2024-03-01T09:00:00.000+0000,n/a`,
        `carl,${SFO},${T},yesterday,3`,
        `dina,${SFO},last week,,3`,
        `,${SFO},${T},,3`,
      ),
    });
    expect(view(r).tokens).toEqual([["anna", ["2024-03-01 08:00:00 UTC", null, null]]]);
    expect(r.files[0]).toMatchObject({ rows: 5, sfoRows: 1, unreadable: { count: 4, lines: [3, 4, 5, 6] } });
  });

  it("lists at most 50 tokens per user (more are the same approvals from other files)", () => {
    const rows = Array.from({ length: 51 }, (_, i) => `anna,${SFO},2024-03-01T08:${String(i).padStart(2, "0")}:00.000+0000,,1`);
    const r = read({ "OauthToken.csv": csv("UserId,AppName,CreatedDate,LastUsedDate,UseCount", ...rows) });
    expect(r.tokens[0].tokens).toHaveLength(50);
    expect(r.files[0]).toMatchObject({ sfoRows: 51, unreadable: { count: 0 } });
  });

  it("counts a Setup change with an unreadable date as unreadable", () => {
    const r = read({
      "SetupAuditTrail.csv": csv(
        "Date,User,Action,Section",
        `${T},admin@example.com,${REFRESH},Connected Apps`,
        `soon,admin@example.com,${REFRESH},Connected Apps`,
      ),
    });
    expect(r.audit).toHaveLength(1);
    expect(r.files[0]).toMatchObject({ sfoRows: 1, unreadable: { count: 1, lines: [3] } });
  });
  it("lists at most 10,000 Setup changes and still counts every one", () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `${new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()},OAuth,x${i}`);
    const r = read({ "SetupAuditTrail.csv": csv("CreatedDate,Section,Action", ...rows) });
    expect(r.audit).toHaveLength(10_000);
    expect(r.audit[0]).toMatchObject({ time: "2024-01-07 22:39:00 UTC", display: "x9999" });
    expect(r.files[0]).toMatchObject({ sfoRows: 10_001, unreadable: { count: 0 } });
  });
});

describe("org: how dates are read", () => {
  it("reads a UK download's slash dates day-first in Login History, tokens and the audit trail alike", () => {
    const r = read({
      "LoginHistory.csv": csv(
        "Username,Login Time,Status,Application",
        `anna@example.com,13/03/2024 09:00,Restricted IP,${SFO}`,
        `anna@example.com,03/04/2024 10:00,Restricted time,${SFO}`,
      ),
      "OauthToken.csv": csv(
        "UserId,AppName,CreatedDate,LastUsedDate,UseCount",
        `anna,${SFO},02/04/2024 08:00,,1`,
        `anna,${SFO},13/03/2024 08:00,,1`,
        `anna,${SFO},05/03/2024 08:00,,1`,
      ),
      "SetupAuditTrail.csv": csv(
        "Date,User,Action,Section",
        `05/03/2024 08:00,admin@example.com,first,Connected Apps`,
        `02/04/2024 08:00,admin@example.com,second,Connected Apps`,
      ),
    });
    expect(r.dateOrder).toBe("day-first");
    const anna = r.users[0];
    expect(anna.latest).toEqual({ time: "2024-04-03 10:00:00", status: "Restricted time", cause: "login-hours" });
    expect(anna.cause).toBe("login-hours");
    expect(r.tokens[0].tokens.map((t) => t.created)).toEqual(["2024-03-05 08:00:00", "2024-03-13 08:00:00", "2024-04-02 08:00:00"]);
    expect(r.audit.map((a) => [a.time, a.display])).toEqual([
      ["2024-04-02 08:00:00", "second"],
      ["2024-03-05 08:00:00", "first"],
    ]);
  });

  it("reads slash dates that could be either way month-first, as a US download writes them", () => {
    const r = read({
      "LoginHistory.csv": csv(
        "Username,Login Time,Status,Application",
        `anna@example.com,3/4/2024 9:00 AM,Success,${SFO}`,
        `anna@example.com,4/3/2024 8:00 AM,Restricted IP,${SFO}`,
      ),
    });
    expect(r.users[0].latest).toEqual({ time: "2024-04-03 08:00:00", status: "Restricted IP", cause: "ip-restricted" });
    expect(r.dateOrder).toBeNull();
  });

  it("names no date order when every date is the API's ISO form", () => {
    const r = read({ "login-history-sf.json": fixture("login-history-sf.json"), "oauth-tokens.json": fixture("oauth-tokens.json") });
    expect(r.dateOrder).toBeNull();
  });
});

describe("org: the order an admin reads", () => {
  it("puts failing users first, by the catalog's rank of their cause, then most failures, then name", () => {
    const row = (u: string, minute: number, status: string) =>
      `${u}@example.com,2024-03-01T08:${String(minute).padStart(2, "0")}:00.000+0000,${status},${SFO}`;
    const r = read({
      "LoginHistory.csv": csv(
        "Username,Login Time,Status,Application",
        row("una", 1, "Success"),
        row("vic", 1, "Success"),
        row("tim", 1, "Failed: OAuth API access disabled"),
        row("tim", 2, "Success"),
        row("sam", 1, "Restricted time"),
        row("pia", 1, "Restricted time"),
        row("pia", 2, "Restricted time"),
        row("ray", 1, "Restricted IP"),
        row("abe", 1, "Success"),
      ),
    });
    expect(r.users.map((u) => [u.user.split("@")[0], u.failing, u.cause, u.failures])).toEqual([
      ["ray", true, "ip-restricted", 1],
      ["pia", true, "login-hours", 2],
      ["sam", true, "login-hours", 1],
      ["tim", false, "unknown", 1],
      ["abe", false, null, 0],
      ["una", false, null, 0],
      ["vic", false, null, 0],
    ]);
    expect(r.summary).toEqual({ users: 7, failing: 3, causes: { "ip-restricted": 1, "login-hours": 2, unknown: 1 }, unreadableRows: 0 });
  });

  it("lists a hundred users alike in all else by name", () => {
    // Shuffled by a fixed step through 0..99 (37 and 100 share no factor).
    const names = Array.from({ length: 100 }, (_, i) => `user${String((i * 37) % 100).padStart(3, "0")}`);
    const r = read({ "LoginHistory.csv": csv("Username,Login Time,Status,Application", ...names.map((n) => `${n},${T},Success,${SFO}`)) });
    expect(r.users.map((u) => u.user)).toEqual([...names].sort());
  });

  it("lists a user's causes by count, then by the catalog's rank", () => {
    const row = (minute: number, status: string) => `quinn@example.com,2024-03-01T08:0${minute}:00.000+0000,${status},${SFO}`;
    const r = read({
      "LoginHistory.csv": csv(
        "Username,Login Time,Status,Application",
        row(1, "User is frozen"),
        row(2, "Restricted time"),
        row(3, "Restricted IP"),
        row(4, "Restricted IP"),
      ),
    });
    expect(r.users[0].causes.map((c) => [c.cause, c.count, c.first, c.last])).toEqual([
      ["ip-restricted", 2, "2024-03-01 08:03:00 UTC", "2024-03-01 08:04:00 UTC"],
      ["login-hours", 1, "2024-03-01 08:02:00 UTC", "2024-03-01 08:02:00 UTC"],
      ["user-auth-failure", 1, "2024-03-01 08:01:00 UTC", "2024-03-01 08:01:00 UTC"],
    ]);
  });

  it("lists hinted token users first, then those with most tokens, then by name; each user's tokens oldest first", () => {
    const tok = (u: string, created: string, lastUsed: string) =>
      `${u},${SFO},2024-03-${created}:00.000+0000,2024-03-${lastUsed}:00.000+0000,1`;
    const r = read({
      "OauthToken.csv": csv(
        "UserId,AppName,CreatedDate,LastUsedDate,UseCount",
        tok("dan", "01T08:00", "20T08:00"),
        tok("zed", "01T08:00", "20T08:00"),
        tok("amy", "05T08:00", "20T08:00"),
        tok("amy", "01T08:00", "04T08:00"),
        tok("cat", "01T08:00", "20T08:00"),
        tok("bob", "02T08:00", "02T09:00"),
        tok("bob", "01T08:00", "01T09:00"),
      ),
    });
    expect(r.tokens.map((t) => [t.user, t.hint?.kind ?? null, t.tokens.map((k) => k.created.slice(5, 10))])).toEqual([
      ["bob", "expiring-policy", ["03-01", "03-02"]],
      ["amy", null, ["03-01", "03-05"]],
      ["cat", null, ["03-01"]],
      ["dan", null, ["03-01"]],
      ["zed", null, ["03-01"]],
    ]);
  });

  it("lists the Setup changes newest first", () => {
    const r = read({
      "SetupAuditTrail.csv": csv(
        "CreatedDate,Section,Action",
        "2024-02-27T09:00:00.000+0000,Connected Apps,changedConnectedAppIpRelaxation",
        "2024-02-29T15:42:10.000+0000,Connected Apps,changedConnectedAppRefreshTokenPolicy",
        "2024-02-28T10:00:00.000+0000,Session Settings,changedSessionTimeout",
      ),
    });
    expect(r.audit.map((a) => [a.time, a.display])).toEqual([
      ["2024-02-29 15:42:10 UTC", "changedConnectedAppRefreshTokenPolicy"],
      ["2024-02-28 10:00:00 UTC", "changedSessionTimeout"],
      ["2024-02-27 09:00:00 UTC", "changedConnectedAppIpRelaxation"],
    ]);
  });
});

describe("org: hints", () => {
  it("hints that a user signs in again from three interactive OAuth sign-ins on, not before", () => {
    const rows = (u: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${u},2024-03-0${i + 1}T08:00:00.000+0000,Success,${SFO},OAuth User-Agent`);
    const r = read({
      "LoginHistory.csv": csv(
        "Username,Login Time,Status,Application,Login Subtype",
        ...rows("three", 3),
        ...rows("two", 2),
        `none,${T},Success,${SFO},OAuth Refresh Token`,
      ),
    });
    const hints = Object.fromEntries(r.users.map((u) => [u.user, [u.signIns, u.hint]]));
    expect(hints).toEqual({
      three: [3, { kind: "signs-in-again", key: "org.hint.signsInAgain", params: { count: 3 } }],
      two: [2, null],
      none: [0, null],
    });
  });

  it("hints at an expiring Refresh Token Policy when every token but the newest lived under a day, and at five approvals from five tokens on", () => {
    // Each token: day of creation at 08:00, and how many hours it was used after.
    const plan: Record<string, [number, number][]> = {
      five: [1, 2, 3, 4, 5].map((d) => [d, 200]),
      four: [1, 2, 3, 4].map((d) => [d, 200]),
      twoShort: [
        [1, 1],
        [2, 1],
      ],
      exactDay: [
        [1, 24],
        [3, 1],
      ],
      newestLong: [
        [1, 1],
        [2, 3],
        [3, 48],
      ],
      longBetween: [
        [1, 1],
        [3, 48],
        [6, 1],
        [7, 1],
      ],
    };
    const day = (d: number, h = 0) => new Date(Date.UTC(2024, 2, d, 8) + h * 3_600_000).toISOString().replace("Z", "+0000");
    const rows = Object.entries(plan).flatMap(([u, toks]) => toks.map(([d, h]) => `${u},${SFO},${day(d)},${day(d, h)},1`));
    const r = read({ "OauthToken.csv": csv("UserId,AppName,CreatedDate,LastUsedDate,UseCount", ...rows) });
    const hints = Object.fromEntries(r.tokens.map((t) => [t.user, t.hint]));
    expect(hints).toEqual({
      five: { kind: "five-approvals", key: "org.hint.fiveApprovals", params: { count: 5 } },
      four: null,
      twoShort: {
        kind: "expiring-policy",
        key: "org.hint.expiringPolicy",
        params: { count: 2, first: "2024-03-01 08:00:00 UTC", last: "2024-03-02 08:00:00 UTC", hours: 1 },
      },
      exactDay: null,
      newestLong: {
        kind: "expiring-policy",
        key: "org.hint.expiringPolicy",
        params: { count: 3, first: "2024-03-01 08:00:00 UTC", last: "2024-03-03 08:00:00 UTC", hours: 3 },
      },
      longBetween: null,
    });
  });
});
