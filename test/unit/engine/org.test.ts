// The org view's reader over fixtures in the documented shapes (test/fixtures/org/README.md): the sf data
// query --json envelope, sf's RFC 4180 CSV, Setup's locale-dated download, and Excel's re-save of it.
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { orgUser, readOrg } from "./org-read";
import { parseOrgTime, formatOrgTime, renderOrgCsv, splitCsvRecord, type OrgReport } from "../../../src/engine";

const DIR = path.join(__dirname, "../../fixtures/org");
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

/** Reads files as the CLI and the worker do, in pieces of `piece` bytes. */
const read = (files: Record<string, Uint8Array>, piece = 7): OrgReport => readOrg(files, piece);
const user = orgUser;

describe("org: Login History from sf data query --json", () => {
  const r = read({ "login-history-sf.json": bytes("login-history-sf.json") });

  it("keeps only SFO's rows and gives each user the cause of the latest failure", () => {
    expect(r.files[0]).toMatchObject({ kind: "login-history", format: "json", rows: 5, sfoRows: 4 });
    const anna = user(r, "0055g00000AnnaAAA");
    expect(anna).toMatchObject({
      failing: true,
      cause: "ip-restricted",
      failures: 2,
      logins: 3,
      clientVersion: "2.9.3",
      tlsProtocol: "TLS 1.2",
    });
    expect(anna.latest).toEqual({ time: "2024-03-04 08:12:00 UTC", status: "Failed: IP Address Not Allowed", cause: "ip-restricted" });
    expect(anna.causes[0]).toMatchObject({
      cause: "ip-restricted",
      count: 2,
      first: "2024-03-01 07:00:00 UTC",
      last: "2024-03-04 08:12:00 UTC",
    });
    expect(anna.causes[0].statuses.sort()).toEqual(["Failed: IP Address Not Allowed", "Restricted IP"]);
  });

  it("tells login hours apart from IP ranges (Restricted time)", () => {
    const bo = user(r, "0055g00000BoHolAAA");
    expect(bo.logins).toBe(1); // the browser login is not SFO's
    expect(bo.cause).toBe("login-hours");
    expect(bo.latest?.status).toBe("Restricted time");
  });
});

describe("org: sf data query --result-format csv (RFC 4180)", () => {
  const r = read({ "login-history-sf.csv": bytes("login-history-sf.csv") });

  it("reads quoted fields with commas and doubled quotes, and maps frozen users and old clients", () => {
    expect(user(r, "0055g00000CarlAAA")).toMatchObject({ cause: "user-auth-failure", failing: true });
    expect(user(r, "0055g00000ErikAAA")).toMatchObject({ cause: "client-update-required", clientVersion: "2.4.2", tlsProtocol: "TLS 1.0" });
    expect(user(r, "0055g00000DinaAAA")).toMatchObject({ cause: null, failing: false, failures: 0 });
    expect(r.users.map((u) => u.user)).not.toContain("0055g00000FreyAAA");
  });

  it("counts the row with an unreadable date, with its line number, and reads the rest", () => {
    expect(r.files[0].unreadable).toEqual({ count: 1, lines: [7] });
    expect(r.summary.unreadableRows).toBe(1);
  });
});

describe("org: Setup's Login History download (locale dates, every field quoted)", () => {
  const r = read({ "login-history-setup.csv": bytes("login-history-setup.csv") });

  it("reads 12-hour times with a zone, into UTC", () => {
    const ivan = user(r, "ivan.sand@example.com");
    expect(ivan).toMatchObject({ cause: "user-auth-failure", logins: 1 });
    expect(ivan.latest?.time).toBe("2024-03-13 17:01:40 UTC");
    expect(r.dateOrder).toBe("month-first");
  });

  it("maps Outlook integration disabled to its own cause, keeps OAuth API access disabled as unknown with its text, and counts the cut-short row", () => {
    const hanne = user(r, "hanne.ries@example.com");
    expect(hanne.latest?.status).toBe("Failed: OAuth API access disabled");
    expect(hanne.cause).toBe("unknown");
    expect(hanne.causes[0].statuses).toEqual(["Failed: OAuth API access disabled"]);
    expect(hanne.signIns).toBe(1);
    expect(user(r, "jens.krog@example.com").cause).toBe("outlook-integration-disabled");
    expect(r.files[0].unreadable).toEqual({ count: 1, lines: [7] });
  });
});

describe("org: Excel's re-save (UTF-8 BOM, semicolons, day-first dates)", () => {
  const r = read({ "login-history-excel-da.csv": bytes("login-history-excel-da.csv") }, 3);

  it("finds the semicolon, keeps Danish letters whole across pieces, and reads day-first dates", () => {
    expect(r.files[0]).toMatchObject({ delimiter: ";", encoding: "utf-8", sfoRows: 4 });
    const soren = user(r, "søren.ågård@example.dk");
    expect(soren.failures).toBe(2);
    expect(soren.causes[0]).toMatchObject({ count: 2, first: "2024-03-19 07:55:00", last: "2024-03-20 14:07:00" });
    expect(user(r, "tove.lind@example.dk").cause).toBe("user-auth-failure");
  });

  it("reads the same file saved in Windows-1252 (Excel's ANSI CSV)", () => {
    const text = fs.readFileSync(path.join(DIR, "login-history-excel-da.csv"), "utf8").replace(/^\uFEFF/, "");
    const cp1252 = Uint8Array.from([...text].map((c) => ({ ø: 0xf8, å: 0xe5 })[c] ?? c.charCodeAt(0)));
    const again = read({ "ansi.csv": cp1252 }, 64);
    expect(again.files[0].encoding).toBe("windows-1252");
    expect(user(again, "søren.ågård@example.dk").failures).toBe(2);
  });
});

describe("org: OauthToken and SetupAuditTrail", () => {
  const r = read({ "oauth-tokens.json": bytes("oauth-tokens.json"), "setup-audit-trail.json": bytes("setup-audit-trail.json") });

  it("lists each user's SFO tokens and hints at an expiring policy when tokens keep being replaced within hours", () => {
    const anna = r.tokens.find((t) => t.user === "0055g00000AnnaAAA");
    expect(anna?.tokens).toHaveLength(3);
    expect(anna?.tokens[0]).toMatchObject({
      created: "2024-03-01 08:00:00 UTC",
      lastUsed: "2024-03-01 09:10:00 UTC",
      useCount: 4,
      lifeHours: 1.2,
    });
    expect(anna?.hint?.kind).toBe("expiring-policy");
    const dina = r.tokens.find((t) => t.user === "0055g00000DinaAAA");
    expect(dina?.tokens).toHaveLength(1); // the Salesforce CLI token is not SFO's
    expect(dina?.hint).toBeNull();
  });

  it("lists the Setup changes that touch OAuth policies, with when and who", () => {
    expect(r.audit).toEqual([
      {
        time: "2024-02-29 15:42:10 UTC",
        who: "admin@example.com",
        section: "Connected Apps",
        action: "changedConnectedAppRefreshTokenPolicy",
        display: "Changed Refresh Token Policy Type from Infinite to Zero",
      },
    ]);
  });
});

describe("org: a mix of good and bad files", () => {
  const truncated = gzipSync(fs.readFileSync(path.join(DIR, "login-history-sf.csv"))).subarray(0, 40);
  const utf16NoBom = Buffer.from(fs.readFileSync(path.join(DIR, "login-history-sf.csv"), "utf8"), "utf16le");
  const r = read({
    "login-history-sf.json": bytes("login-history-sf.json"),
    "query-error.json": bytes("query-error.json"),
    "contacts.csv": bytes("contacts.csv"),
    "package-like.json": bytes("package-like.json"),
    "utf16.csv": new Uint8Array(utf16NoBom),
    "empty.csv": new Uint8Array(0),
    "not-decompressed.csv.gz": new Uint8Array(truncated),
    "broken.json": new TextEncoder().encode('{"status":0,"result":{"records":[{"Use'),
  });

  it("reads the good file and names every bad one with its reason", () => {
    expect(r.users.length).toBeGreaterThan(0);
    const reasons = Object.fromEntries(r.problems.map((p) => [p.file, p.reason]));
    expect(reasons).toEqual({
      "query-error.json": "query-error",
      "contacts.csv": "not-org",
      "package-like.json": "not-org",
      "utf16.csv": "encoding",
      "empty.csv": "empty",
      "not-decompressed.csv.gz": "compressed",
      "broken.json": "bad-json",
    });
    expect(r.problems.find((p) => p.file === "query-error.json")?.detail).toContain("sObject type 'OauthTokens' is not supported");
    expect(r.problems.find((p) => p.file === "contacts.csv")?.detail).toBe("First Name, Last Name, Email, Phone");
  });
});

describe("org: quoted fields that hold line breaks (RFC 4180)", () => {
  it("keeps a record whole across lines, and numbers the lines after it right", () => {
    const csv = [
      "Username,Login Time,Status,Application,Browser",
      '"a@example.com","2024-03-01T10:00:00Z","Restricted IP","Salesforce for Outlook","line one',
      'line two ""quoted"""',
      '"b@example.com","2024-03-01T11:00:00Z","User is frozen","Salesforce for Outlook","ok"',
      '"c@example.com","2024-03-01T12:00:00Z","Salesforce for Outlook","cut short"',
      "",
    ].join("\r\n");
    for (const piece of [1, 5, 64, 4096]) {
      const r = read({ "multi.csv": new TextEncoder().encode(csv) }, piece);
      expect(r.users.map((u) => [u.user, u.cause])).toEqual([
        ["a@example.com", "ip-restricted"],
        ["b@example.com", "user-auth-failure"],
      ]);
      expect(r.files[0]).toMatchObject({ rows: 3, unreadable: { count: 1, lines: [5] } });
    }
  });
});

describe("org: pieces", () => {
  it("splits RFC 4180 records", () => {
    expect(splitCsvRecord('a,"b,c","d ""e""",', ",")).toEqual(["a", "b,c", 'd "e"', ""]);
    expect(splitCsvRecord('"open,b', ",")).toBeNull();
  });

  it("reads the date forms Salesforce and Excel write", () => {
    const f = (s: string) => {
      const t = parseOrgTime(s);
      return t && formatOrgTime(t.key, t.zoned);
    };
    expect(f("2023-07-23T16:18:23.000+0000")).toBe("2023-07-23 16:18:23 UTC");
    expect(f("2023-07-23T16:18:23Z")).toBe("2023-07-23 16:18:23 UTC");
    expect(f("1/20/2016 12:01:40 PM EST")).toBe("2016-01-20 17:01:40 UTC");
    expect(f("20.01.2016 12:01:40")).toBe("2016-01-20 12:01:40");
    expect(f("20-01-2016 12:01")).toBe("2016-01-20 12:01:00");
    expect(f("2016/01/20 12:01:40 GMT+01:00")).toBe("2016-01-20 11:01:40 UTC");
    expect(parseOrgTime("yesterday")).toBeNull();
    expect(parseOrgTime("2/30/2024 10:00")).toBeNull(); // no 30 February, and no month 30
    expect(parseOrgTime("31/1/2024 10:00")?.order).toBe("day-first");
  });

  it("exports the per-user table as CSV with formula cells defused", () => {
    const r = read({
      "x.csv": new TextEncoder().encode(
        "Username,Login Time,Status,Application\r\n=cmd|' /C calc'!A0,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook\r\n",
      ),
    });
    const csv = renderOrgCsv(r);
    expect(csv.split("\r\n")[0]).toBe(
      "user,failing,latest_status,latest_time,cause,failures,first_failure,last_failure,statuses,sign_ins,logins,client_version,tls_protocol",
    );
    expect(csv.split("\r\n")[1].startsWith("'=cmd")).toBe(true);
  });
});
