// The org view's per-user table pinned down through what an admin reads: each user's latest row, latest
// failure, client version and TLS protocol, the first and last time of each cause, the CSV cells, the
// `sf data query` lines, and the time stamps as Salesforce writes them. Rows come in any order: the
// LoginHistory query has no ORDER BY, and a Setup download read in the other date order is out of order.
import { orgUser, readOrg } from "./org-read";
import {
  OrgAnalysis,
  OrgFileReader,
  OrgInputError,
  csvCell,
  formatOrgTime,
  orgCsvRow,
  orgQueries,
  parseOrgTime,
  queryCommandLine,
  renderOrgCsv,
  splitCsvRecord,
  type OrgReport,
  type OrgUser,
} from "../../../src/engine";

const read = (name: string, text: string): OrgReport => readOrg({ [name]: text });
const user = orgUser;

// sf data query --result-format csv on LoginHistory (the columns orgQueries asks for), API times in GMT.
const SF_HEADER = "UserId,LoginTime,LoginType,LoginSubType,Status,Application,ClientVersion,Browser,Platform,SourceIp,TlsProtocol";
const sf = (id: string, time: string, status: string, client: string, tls: string, subtype = "OAuth Refresh Token") =>
  `${id},${time},Remote Access 2.0,${subtype},${status},Salesforce for Outlook,${client},Unknown,Windows 10,192.0.2.10,${tls}`;

const SF_ROWS = [
  // Lena: login hours three times, then IP ranges twice, the newest of all an IP failure; rows out of order.
  sf("0055g00000LenaAAA", "2024-03-01T08:00:00.000+0000", "Restricted time", "2.9.1", "TLS 1.1", "OAuth User-Agent"),
  sf("0055g00000LenaAAA", "2024-03-25T08:00:00.000+0000", "Failed: IP Address Not Allowed", "2.9.3", "TLS 1.3"),
  sf("0055g00000LenaAAA", "2024-03-20T08:00:00.000+0000", "Restricted IP", "2.9.2", "TLS 1.2"),
  sf("0055g00000LenaAAA", "2024-03-10T08:00:00.000+0000", "Restricted time", "2.9.1", "TLS 1.1"),
  sf("0055g00000LenaAAA", "2024-03-05T08:00:00.000+0000", "Restricted time", "2.9.2", "TLS 1.2"),
  // Mads: two rows in the same second; the one read last is the latest, for every column alike.
  sf("0055g00000MadsAAA", "2024-03-15T09:30:00.000+0000", "Restricted IP", "2.9.2", "TLS 1.2"),
  sf("0055g00000MadsAAA", "2024-03-15T09:30:00.000+0000", "User is frozen", "2.9.3", "TLS 1.3"),
  // Nora: signs in fine; the newer rows say N/A and Unknown where a browser or an old export has no value.
  sf("0055g00000NoraAAA", "2024-03-18T08:00:00.000+0000", "Success", "N/A", "N/A"),
  sf("0055g00000NoraAAA", "2024-03-17T08:00:00.000+0000", "Success", "", "Unknown"),
  sf("0055g00000NoraAAA", "2024-03-16T08:00:00.000+0000", "Success", "2.9.3", "TLS 1.2"),
  // Olaf: one success, no client version and no TLS protocol at all.
  sf("0055g00000OlafAAA", "2024-03-16T08:00:00.000+0000", "Success", "", ""),
  // Pia: a failure whose Status cell is empty.
  sf("0055g00000PiaxAAA", "2024-03-16T08:00:00.000+0000", "", "2.9.3", "TLS 1.2"),
  // Quinn: only a status our catalog ties to IP ranges by inference; Rolf: that one, then one Salesforce ties.
  sf("0055g00000QuinAAA", "2024-03-16T08:00:00.000+0000", "Failed: Computer activation required", "2.9.3", "TLS 1.2"),
  sf("0055g00000RolfAAA", "2024-03-16T08:00:00.000+0000", "Failed: API security token required", "2.9.3", "TLS 1.2"),
  sf("0055g00000RolfAAA", "2024-03-16T09:00:00.000+0000", "Restricted IP", "2.9.3", "TLS 1.2"),
  // Sara: eleven different texts Salesforce lists but the catalog has no cause for; Tore right after her.
  ...Array.from({ length: 11 }, (_, k) =>
    sf("0055g00000SaraAAA", `2024-03-16T08:${String(10 + k)}:00.000+0000`, `Failed: Invalid Nonce ${k + 1}`, "2.9.3", "TLS 1.2"),
  ),
  sf("0055g00000ToreAAA", "2024-03-16T08:00:00.000+0000", "Password lockout", "2.9.3", "TLS 1.2"),
];

describe("org table: sf data query rows in any order", () => {
  const r = read("login-history.csv", [SF_HEADER, ...SF_ROWS, ""].join("\r\n"));

  it("shows the newest row, the newest failure's cause, client and TLS, not the last row read", () => {
    const lena = user(r, "0055g00000LenaAAA");
    expect(lena).toMatchObject({
      logins: 5,
      failures: 5,
      signIns: 1,
      failing: true,
      cause: "ip-restricted",
      clientVersion: "2.9.3",
      tlsProtocol: "TLS 1.3",
    });
    expect(lena.latest).toEqual({ time: "2024-03-25 08:00:00 UTC", status: "Failed: IP Address Not Allowed", cause: "ip-restricted" });
    expect(r.dateOrder).toBeNull(); // API times say nothing about slash dates
  });

  it("gives each cause its first and last time and its status texts, the first user's causes included", () => {
    const lena = user(r, "0055g00000LenaAAA");
    expect(lena.causes).toStrictEqual([
      {
        cause: "login-hours",
        count: 3,
        first: "2024-03-01 08:00:00 UTC",
        last: "2024-03-10 08:00:00 UTC",
        statuses: ["Restricted time"],
        inferred: false,
      },
      {
        cause: "ip-restricted",
        count: 2,
        first: "2024-03-20 08:00:00 UTC",
        last: "2024-03-25 08:00:00 UTC",
        statuses: ["Failed: IP Address Not Allowed", "Restricted IP"],
        inferred: false,
      },
    ]);
  });

  it("takes the row read last among rows of the same second, for status, cause, client and TLS alike", () => {
    const mads = user(r, "0055g00000MadsAAA");
    expect(mads).toMatchObject({ cause: "user-auth-failure", clientVersion: "2.9.3", tlsProtocol: "TLS 1.3" });
    expect(mads.latest).toEqual({ time: "2024-03-15 09:30:00 UTC", status: "User is frozen", cause: "user-auth-failure" });
  });

  it("keeps the last real client version and TLS protocol over N/A, Unknown and empty cells", () => {
    expect(user(r, "0055g00000NoraAAA")).toMatchObject({
      failing: false,
      failures: 0,
      cause: null,
      causes: [],
      clientVersion: "2.9.3",
      tlsProtocol: "TLS 1.2",
    });
    expect(user(r, "0055g00000OlafAAA")).toMatchObject({ clientVersion: null, tlsProtocol: null, cause: null });
  });

  it("lists a failure with an empty Status as a dash under unknown", () => {
    const pia = user(r, "0055g00000PiaxAAA");
    expect(pia).toMatchObject({ failing: true, cause: "unknown" });
    expect(pia.latest?.status).toBe("");
    expect(pia.causes[0].statuses).toStrictEqual(["—"]);
  });

  it("says probably only while every status of a cause is one we tie to it by inference", () => {
    expect(user(r, "0055g00000QuinAAA").causes[0]).toMatchObject({ cause: "ip-restricted", inferred: true });
    expect(user(r, "0055g00000RolfAAA").causes[0]).toMatchObject({ cause: "ip-restricted", count: 2, inferred: false });
  });

  it("keeps ten status texts of a cause, and the next user gets only their own", () => {
    const sara = user(r, "0055g00000SaraAAA").causes[0];
    expect(sara).toMatchObject({ cause: "unknown", count: 11 });
    expect(sara.statuses).toStrictEqual(Array.from({ length: 10 }, (_, k) => `Failed: Invalid Nonce ${k + 1}`));
    expect(user(r, "0055g00000ToreAAA").causes[0].statuses).toStrictEqual(["Password lockout"]);
  });

  it("writes each user's CSV line with the latest failure's cause, times and texts", () => {
    const csv = renderOrgCsv(r);
    const lines = csv.split("\r\n");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines).toHaveLength(r.users.length + 2);
    expect(lines).toContain(
      "0055g00000LenaAAA,yes,Failed: IP Address Not Allowed,2024-03-25 08:00:00 UTC,ip-restricted,5," +
        "2024-03-20 08:00:00 UTC,2024-03-25 08:00:00 UTC,Failed: IP Address Not Allowed; Restricted IP,1,5,2.9.3,TLS 1.3",
    );
    expect(lines).toContain("0055g00000NoraAAA,no,Success,2024-03-18 08:00:00 UTC,,0,,,,0,3,2.9.3,TLS 1.2");
    expect(lines).toContain("0055g00000OlafAAA,no,Success,2024-03-16 08:00:00 UTC,,0,,,,0,1,,");
  });
});

// Setup → Login History → Download in an English (UK) locale: every field quoted, day-first dates with
// the zone Setup prints (GMT, BST after the clocks went forward on 31 March 2024).
const SETUP_HEADER =
  '"Username","Login Time","Source IP","Location","Login Type","Status","Application","Browser","Platform","Login URL","Client Version","API Type","API Version","TLS Protocol","Cipher Suite","Login Subtype"';
const setup = (name: string, time: string, status: string, client: string, tls: string) =>
  [
    name,
    time,
    "203.0.113.20",
    "United Kingdom",
    "Remote Access 2.0",
    status,
    "Salesforce for Outlook",
    "Unknown",
    "Windows 10",
    "login.salesforce.com",
    client,
    "N/A",
    "N/A",
    tls,
    "ECDHE-RSA-AES256-GCM-SHA384",
    "OAuth Refresh Token",
  ]
    .map((f) => `"${f}"`)
    .join(",");

describe("org table: Setup's download with day-first slash dates", () => {
  const r = read(
    "LoginHistory.csv",
    [
      SETUP_HEADER,
      setup("kim.hale@example.co.uk", "05/03/2024 08:00 GMT", "Restricted IP", "2.9.1", "TLS 1.1"),
      setup("kim.hale@example.co.uk", "01/04/2024 10:00 BST", "Restricted IP", "2.9.3", "TLS 1.2"),
      setup("kim.hale@example.co.uk", "10/03/2024 08:00 GMT", "Restricted IP", "2.9.2", "TLS 1.2"),
      setup("kim.hale@example.co.uk", "25/03/2024 10:00 GMT", "Success", "N/A", "Unknown"),
      setup("kim.hale@example.co.uk", "02/03/2024 09:00 GMT", "Restricted time", "2.9.0", "TLS 1.0"),
      setup("liv.moss@example.co.uk", "26/03/2024 14:00 GMT", "Restricted IP", "2.9.2", "TLS 1.2"),
      setup("liv.moss@example.co.uk", "26/03/2024 14:00 GMT", "User is frozen", "2.9.3", "TLS 1.3"),
      "",
    ].join("\r\n"),
  );

  it("reads the dates day-first and shows the newest row and failure under that reading", () => {
    expect(r.dateOrder).toBe("day-first");
    const kim = user(r, "kim.hale@example.co.uk");
    expect(kim).toMatchObject({
      logins: 5,
      failures: 4,
      failing: true,
      cause: "ip-restricted",
      clientVersion: "2.9.3",
      tlsProtocol: "TLS 1.2",
    });
    expect(kim.latest).toEqual({ time: "2024-04-01 09:00:00 UTC", status: "Restricted IP", cause: "ip-restricted" });
    expect(kim.causes.map((c) => [c.cause, c.count, c.first, c.last])).toEqual([
      ["ip-restricted", 3, "2024-03-05 08:00:00 UTC", "2024-04-01 09:00:00 UTC"],
      ["login-hours", 1, "2024-03-02 09:00:00 UTC", "2024-03-02 09:00:00 UTC"],
    ]);
  });

  it("takes the row read last among rows of the same second", () => {
    const liv = user(r, "liv.moss@example.co.uk");
    expect(liv).toMatchObject({ cause: "user-auth-failure", clientVersion: "2.9.3", tlsProtocol: "TLS 1.3" });
    expect(liv.latest).toEqual({ time: "2024-03-26 14:00:00 UTC", status: "User is frozen", cause: "user-auth-failure" });
  });
});

describe("org table: CSV cells", () => {
  it("defuses cells a spreadsheet would run as a formula, and only those", () => {
    for (const v of ['=HYPERLINK("x")', "+4512345678", "-1", "@SUM(A1)", "\tTLS 1.2", "\r2.9.3"])
      expect(csvCell(v).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell("anna+sfo@example.com")).toBe("anna+sfo@example.com");
    expect(csvCell("hanne-ries@example.com")).toBe("hanne-ries@example.com");
  });

  it("quotes cells with a comma, a quote or a line break, and a spreadsheet reads them back", () => {
    const texts = ['Failed: "Invalid" request, retry', "line one\nline two", "plain"];
    const row = texts.map(csvCell).join(",");
    expect(row).toBe('"Failed: ""Invalid"" request, retry","line one\nline two",plain');
    expect(splitCsvRecord(row, ",")).toEqual(texts);
  });

  it("leaves the cells of a user with no readable latest row empty", () => {
    const u: OrgUser = {
      user: "x@example.com",
      logins: 0,
      failures: 0,
      signIns: 0,
      failing: false,
      latest: null,
      cause: null,
      causes: [],
      clientVersion: null,
      tlsProtocol: null,
      hint: null,
    };
    expect(orgCsvRow(u)).toBe("x@example.com,no,,,,0,,,,0,0,,\r\n");
  });
});

describe("org table: the sf data query lines (docs/ADMIN.md)", () => {
  it("prints the three queries with their formats and files", () => {
    expect(orgQueries().map(queryCommandLine)).toEqual([
      'sf data query --query "SELECT UserId, LoginTime, LoginType, LoginSubType, Status, Application, ClientVersion, Browser, Platform, SourceIp, TlsProtocol FROM LoginHistory WHERE LoginTime = LAST_N_DAYS:30" --result-format csv --output-file login-history.csv',
      "sf data query --query \"SELECT UserId, AppName, CreatedDate, LastUsedDate, UseCount FROM OauthToken WHERE AppName = 'Salesforce for Outlook'\" --result-format json --output-file oauth-tokens.json",
      'sf data query --query "SELECT CreatedDate, CreatedBy.Username, Action, Section, Display FROM SetupAuditTrail WHERE CreatedDate = LAST_N_DAYS:30 ORDER BY CreatedDate DESC" --result-format json --output-file setup-audit-trail.json',
    ]);
    expect(orgQueries().map((q) => [q.kind, q.format])).toEqual([
      ["login-history", "csv"],
      ["oauth-token", "json"],
      ["setup-audit-trail", "json"],
    ]);
  });

  it("asks the audit trail for no more than the 180 days Salesforce keeps", () => {
    const [login, , audit] = orgQueries(365);
    expect(login.soql).toContain("LAST_N_DAYS:365");
    expect(audit.soql).toContain("LAST_N_DAYS:180 ");
  });
});

describe("org table: time stamps as Salesforce and Excel write them", () => {
  const shown = (s: string, dayFirst = false) => {
    const t = parseOrgTime(s);
    return t && formatOrgTime(dayFirst ? t.alt : t.key, t.zoned);
  };

  it("converts numeric offsets either side of UTC, with or without minutes", () => {
    expect(shown("2024-03-01T10:00:00-05:00")).toBe("2024-03-01 15:00:00 UTC");
    expect(shown("2024-03-01T10:00:00+05:30")).toBe("2024-03-01 04:30:00 UTC");
    expect(shown("2024-03-01T10:00:00+01")).toBe("2024-03-01 09:00:00 UTC");
    expect(shown("2016/01/20 12:01:40 GMT +01:00")).toBe("2016-01-20 11:01:40 UTC");
    expect(shown(" 2023-12-24T10:00:00.000+0000 ")).toBe("2023-12-24 10:00:00 UTC");
  });

  it("reads AM and PM, and rejects an hour a 12-hour clock cannot show", () => {
    expect(shown("3/13/2024 10:15:00 AM EST")).toBe("2024-03-13 15:15:00 UTC");
    expect(shown("3/13/2024 1:05:00 PM EST")).toBe("2024-03-13 18:05:00 UTC");
    expect(parseOrgTime("3/13/2024 0:30:00 AM EST")).toBeNull();
    expect(parseOrgTime("3/13/2024 13:05:00 PM EST")).toBeNull();
  });

  it("rejects months, minutes and seconds out of range, and reads two-digit years as this century", () => {
    expect(parseOrgTime("2024-00-10 10:00")).toBeNull();
    expect(parseOrgTime("2024-03-01 10:75")).toBeNull();
    expect(parseOrgTime("2024-03-01 10:00:75")).toBeNull();
    expect(shown("2024-03-01 10:00:60")).toBe("2024-03-01 10:01:00"); // a leap second, not an unreadable row
    expect(shown("20/01/16 12:01")).toBe("2016-01-20 12:01:00");
  });

  it("keeps a zone it cannot convert as wall time, and is not fooled by other text after the time", () => {
    expect(parseOrgTime("20/01/2016 12:01:40 IST")).toMatchObject({ zoned: false, order: "day-first" });
    expect(shown("20/01/2016 12:01:40 IST")).toBe("2016-01-20 12:01:40");
    for (const s of [
      "2024-03-01 10:00:00 12345",
      "2024-03-01 10:00:00 1 Restricted IP",
      "2024-03-01 10:00:00 Row 7",
      "2024-03-01 10:00:00 XYZ+0100",
      "2024-03-01 10:00:00 +0100 (CET)",
    ])
      expect(parseOrgTime(s)).toBeNull();
  });

  it("keeps both readings of a slash date, converted by its zone, and says which one the numbers force", () => {
    expect(shown("20/01/2016 12:01:40 CET", true)).toBe("2016-01-20 11:01:40 UTC");
    expect(shown("03/04/2024 10:00")).toBe("2024-03-04 10:00:00");
    expect(shown("03/04/2024 10:00", true)).toBe("2024-04-03 10:00:00");
    for (const s of ["03/04/2024 10:00", "12/05/2024 10:00", "05/12/2024 10:00", "12/12/2024 10:00"])
      expect(parseOrgTime(s)?.order).toBeNull();
    expect(parseOrgTime("05/13/2024 10:00")?.order).toBe("month-first");
  });

  it("gives API and ISO times one reading, whatever the zone", () => {
    const t = parseOrgTime("2023-07-23T16:18:23.000+0200");
    expect(t).toEqual({ key: Date.UTC(2023, 6, 23, 14, 18, 23), alt: Date.UTC(2023, 6, 23, 14, 18, 23), zoned: true, order: null });
  });
});

describe("org table: files that cannot be read", () => {
  it("names the file and the reason in the error, with what the file held", () => {
    const analysis = new OrgAnalysis();
    const empty = new OrgFileReader(analysis, "empty.csv");
    let error: unknown;
    try {
      empty.end();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OrgInputError);
    expect(error).toMatchObject({ name: "OrgInputError", message: "empty.csv: empty", detail: "" });
    const contacts = new OrgFileReader(analysis, "contacts.csv");
    contacts.push(new TextEncoder().encode("First Name,Last Name,Email\r\nAnna,Berg,anna@example.com\r\n"));
    expect(() => contacts.end()).toThrow("contacts.csv: not-org (First Name, Last Name, Email)");
  });
});
