// The org reader pinned down on what an admin reads in the org view: which files were read (format,
// encoding, separator, rows, SFO rows, unreadable lines), which were refused and why, and each user's
// status. Every read happens inside its test, in pieces of every size: chunk edges anywhere give the
// same result.
import { gzipSync } from "node:zlib";
import { readOrg } from "./org-read";
import { csvDelimiter, OrgAnalysis, OrgFileReader, splitCsvRecord, type OrgReport } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
};
/** Windows-1252 for the Latin-1 letters these tests use. */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Reads one file as the CLI and the worker do, handed over in pieces of `piece` bytes. */
const read = (data: Uint8Array, piece = data.length || 1, name = "export.csv"): OrgReport => readOrg({ [name]: data }, piece);

/** What the org view shows of one file: its line in the file list or its problem, and the users. */
function seen(r: OrgReport) {
  return {
    file: r.files[0] ?? null,
    problem: r.problems[0] ? { reason: r.problems[0].reason, detail: r.problems[0].detail } : null,
    users: r.users.map((u) => [u.user, u.cause, u.failures, u.logins]),
  };
}

const PIECES = [1, 2, 3, 4, 5, 7, 11, 64];

const HEADER = "Username,Login Time,Status,Application";
/** Browser sign-ins that fill a file past the 4 KiB its encoding is judged on, so later pieces stay small. */
const FILLER = Array.from({ length: 90 }, (_, i) => `filler${i}@example.com,2024-02-01T10:00:00Z,Success,Browser`);
const csv = (...rows: string[]) => [HEADER, ...FILLER, ...rows, ""].join("\r\n");

describe("org reader: letters of every UTF-8 length across chunk edges", () => {
  it("reads two-, three- and four-byte letters whole, whatever the piece size", () => {
    const text = csv(
      "søren.ø@example.dk,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook",
      "日本@example.jp,2024-03-01T10:01:00Z,User is frozen,Salesforce for Outlook",
      "𝒜nna😀@example.com,2024-03-01T10:02:00Z,Restricted time,Salesforce for Outlook",
      "ü€𝒜@example.com,2024-03-01T10:03:00Z,Success,Salesforce for Outlook",
      "नमस्ते@example.in,2024-03-01T10:04:00Z,Restricted IP,Salesforce for Outlook",
    );
    const expected = [
      ["søren.ø@example.dk", "ip-restricted", 1, 1],
      ["日本@example.jp", "user-auth-failure", 1, 1],
      ["𝒜nna😀@example.com", "login-hours", 1, 1],
      ["ü€𝒜@example.com", null, 0, 1],
      ["नमस्ते@example.in", "ip-restricted", 1, 1],
    ];
    const data = enc(text);
    for (const piece of [...PIECES, 6, 8, 9, 10, 12, 13, data.length]) {
      const r = seen(read(data, piece));
      expect([piece, r.file?.encoding, r.file?.rows, r.file?.sfoRows, r.file?.unreadable.count]).toEqual([piece, "utf-8", 95, 5, 0]);
      expect(r.users.sort()).toEqual([...expected].sort());
    }
  });

  it("cuts every file at every byte into two pieces and reads the same", () => {
    const data = enc(csv("å😀€@example.dk,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook"));
    for (let cut = data.length - 120; cut < data.length; cut++) {
      const analysis = new OrgAnalysis();
      const reader = new OrgFileReader(analysis, "x.csv");
      reader.push(data.subarray(0, cut));
      reader.push(data.subarray(cut));
      expect([cut, reader.end().encoding]).toEqual([cut, "utf-8"]);
      expect([cut, analysis.report().users.map((u) => u.user)]).toEqual([cut, ["å😀€@example.dk"]]);
    }
  });
});

describe("org reader: UTF-16 with a byte-order mark (Excel's Unicode text)", () => {
  const text = csv("åse@example.dk,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook").replaceAll(",", "\t");

  it("reads little-endian and big-endian files in odd pieces", () => {
    for (const [encoding, bytes] of [
      ["utf-16le", cat(Uint8Array.of(0xff, 0xfe), utf16le(text))],
      ["utf-16be", cat(Uint8Array.of(0xfe, 0xff), utf16be(text))],
    ] as const) {
      for (const piece of [1, 3, 5, bytes.length]) {
        const r = seen(read(bytes, piece));
        expect(r.problem).toBeNull();
        expect(r.file).toMatchObject({ encoding, delimiter: "\t", rows: 91, sfoRows: 1 });
        expect(r.users).toEqual([["åse@example.dk", "ip-restricted", 1, 1]]);
      }
    }
  });

  it("finds the byte-order mark even when an empty piece comes first", () => {
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "x.txt");
    reader.push(new Uint8Array(0));
    reader.push(cat(Uint8Array.of(0xff, 0xfe), utf16le(text)));
    expect(reader.end()).toMatchObject({ encoding: "utf-16le", rows: 91 });
    expect(analysis.report().users.map((u) => u.user)).toEqual(["åse@example.dk"]);
  });

  it("shows a letter cut off at the end of a UTF-16 file as the replacement mark", () => {
    const bytes = cat(
      Uint8Array.of(0xff, 0xfe),
      utf16le(`${HEADER}\r\n2024-03-01T10:00:00Z`.replace(/^.*$/m, "Login Time,Status,Application,Username")),
    );
    const full = cat(bytes, utf16le(",Restricted IP,Salesforce for Outlook,cut@example.com"), Uint8Array.of(0x41));
    const r = seen(read(full, 4));
    expect(r.users).toEqual([["cut@example.com\uFFFD", "ip-restricted", 1, 1]]);
  });
});

describe("org reader: what is not text", () => {
  it("tells UTF-16 without its mark (either byte order) from binary files", () => {
    const lh = csv("a@example.com,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook");
    expect(seen(read(utf16le(lh))).problem).toEqual({ reason: "encoding", detail: "" });
    expect(seen(read(utf16be(lh))).problem).toEqual({ reason: "encoding", detail: "" });
    // An .xlsx (a zip) saved where the CSV should be: NULs at odd and even places.
    const zip = cat(enc("PK"), Uint8Array.of(3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), enc("[Content_Types].xml"));
    expect(seen(read(zip)).problem?.reason).toBe("binary");
    // Text with a stray NUL is not UTF-16 either, nor is one where NULs make exactly a quarter.
    expect(seen(read(cat(enc(lh.slice(0, 40)), Uint8Array.of(0), enc(lh.slice(40))))).problem?.reason).toBe("binary");
    expect(seen(read(Uint8Array.of(0x61, 0, 0x62, 0, 0x63, 0x64, 0x65, 0x66))).problem?.reason).toBe("binary");
  });

  it("knows gzip by its two first bytes only", () => {
    expect(seen(read(new Uint8Array(gzipSync(enc(csv()))))).problem?.reason).toBe("compressed");
    // Ë is c3 8b in UTF-8 and 0x1f a control character: neither alone makes a gzip file.
    const title = "Ëxport\r\n" + csv("a@example.com,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook");
    expect(seen(read(enc(title)))).toMatchObject({ problem: null, file: { rows: 91 } });
    expect(seen(read(enc("\x1f" + title)))).toMatchObject({ problem: null, file: { rows: 91 } });
  });

  it("calls a file with nothing but blanks empty, however it arrives", () => {
    const analysis = new OrgAnalysis();
    expect(() => new OrgFileReader(analysis, "none.csv").end()).toThrow(expect.objectContaining({ kind: "empty" }));
    const r = new OrgFileReader(analysis, "zero.csv");
    r.push(new Uint8Array(0));
    expect(() => r.end()).toThrow(expect.objectContaining({ kind: "empty" }));
    for (const piece of [1, 3, 100]) expect(seen(read(enc("  \r\n\t\r\n \n"), piece)).problem).toEqual({ reason: "empty", detail: "" });
  });
});

describe("org reader: Windows-1252 (Excel's ANSI CSV)", () => {
  it("reads a file that starts with ÿ or þ as Windows-1252, not as UTF-16", () => {
    for (const title of ["ÿ Login History", "þ Login History", "Øÿ"]) {
      const data = cp1252(`${title}\r\n${csv("åse@example.dk,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook")}`);
      for (const piece of [1, 7, data.length]) {
        const r = seen(read(data, piece));
        expect(r.file).toMatchObject({ encoding: "windows-1252", rows: 91, sfoRows: 1, unreadable: { count: 0 } });
        expect(r.users).toEqual([["åse@example.dk", "ip-restricted", 1, 1]]);
      }
    }
  });

  it("reads a download cut inside its last letter, keeping the cut row", () => {
    const data = enc(
      ["Login Time,Status,Application,Username", "2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook,jens.krø"].join("\r\n"),
    );
    for (const piece of [1, 5, data.length]) {
      const r = seen(read(data.subarray(0, data.length - 1), piece));
      expect(r.file).toMatchObject({ rows: 1, sfoRows: 1, encoding: "windows-1252" });
      expect(r.users).toEqual([["jens.kr\u00c3", "ip-restricted", 1, 1]]);
    }
  });
});

describe("org reader: sf data query --json", () => {
  const lh = (o: Record<string, unknown>) => ({
    attributes: { type: "LoginHistory", url: "/services/data/v62.0/sobjects/LoginHistory/0Ya" },
    UserId: "0055g00000AnnaAAA",
    LoginTime: "2024-03-04T08:12:00.000+0000",
    Status: "Failed: IP Address Not Allowed",
    Application: "Salesforce for Outlook",
    ClientVersion: "2.9.3",
    ...o,
  });
  const envelope = (records: unknown) => enc(JSON.stringify({ status: 0, result: { records, totalSize: 1, done: true } }, null, 2));

  it("takes JSON after leading blank lines, as an object or a bare array, in any pieces", () => {
    for (const data of [cat(enc("\n  \r\n"), envelope([lh({})])), enc(`  [${JSON.stringify(lh({}))}]`)]) {
      for (const piece of [1, 2, 9, data.length]) {
        const r = seen(read(data, piece, "lh.json"));
        expect(r.file).toMatchObject({ format: "json", delimiter: null, rows: 1, sfoRows: 1 });
        expect(r.users).toEqual([["0055g00000AnnaAAA", "ip-restricted", 1, 1]]);
      }
    }
  });

  it("numbers unreadable records by their place and skips what is not a record", () => {
    const r = read(
      envelope([lh({}), null, lh({ LoginTime: "yesterday" }), "text", [1], 7, lh({ UserId: "0055g00000BoHolAAA" })]),
      64,
      "lh.json",
    );
    expect(r.files[0]).toMatchObject({ rows: 7, sfoRows: 2, unreadable: { count: 5, lines: [2, 3, 4, 5, 6] } });
    expect(r.users.map((u) => u.user).sort()).toEqual(["0055g00000AnnaAAA", "0055g00000BoHolAAA"]);
  });

  it("reads an empty value as empty, not as the word null", () => {
    const r = read(envelope([lh({ ClientVersion: null })]), 64, "lh.json");
    expect(r.users[0].clientVersion).toBeNull();
    const tokens = enc(
      JSON.stringify({
        status: 0,
        result: {
          records: [
            {
              attributes: { type: "OauthToken" },
              UserId: "0055g00000AnnaAAA",
              AppName: "Salesforce for Outlook",
              CreatedDate: "2024-03-01T08:00:00.000+0000",
              LastUsedDate: null,
              UseCount: null,
            },
          ],
        },
      }),
    );
    const t = read(tokens, 64, "tokens.json");
    expect(t.files[0]).toMatchObject({ kind: "oauth-token", rows: 1, sfoRows: 1, unreadable: { count: 0 } });
    expect(t.tokens[0].tokens[0]).toMatchObject({ created: "2024-03-01 08:00:00 UTC", lastUsed: null, useCount: null });
  });

  it("takes the columns from the first 100 records", () => {
    const records = Array.from({ length: 100 }, (_, i) => lh({ UserId: `u${i}`, ClientVersion: undefined }));
    records.push(lh({ UserId: "late", ClientVersion: "2.9.3" }));
    const r = read(envelope(records), 1 << 16, "lh.json");
    expect(r.files[0]).toMatchObject({ rows: 101, sfoRows: 101 });
    expect(r.users.find((u) => u.user === "late")?.clientVersion).toBeNull();
  });

  it("names the columns of JSON that holds other records, without sf's attributes", () => {
    const contact = {
      attributes: { type: "Contact" },
      Id: "003",
      FirstName: "Anna",
      LastName: "Berg",
      Email: "a@example.com",
      Phone: "1",
      Account: { attributes: { type: "Account" }, Name: "Acme" },
      Title: "x",
    };
    for (const data of [envelope([null, "text", [1], 7, contact]), enc(JSON.stringify([contact]))])
      expect(seen(read(data, 64, "contacts.json")).problem).toEqual({
        reason: "not-org",
        detail: "Id, FirstName, LastName, Email, Phone, Account.Name",
      });
    const other = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 };
    expect(seen(read(enc(JSON.stringify(other)), 64, "x.json")).problem).toEqual({ reason: "not-org", detail: "a, b, c, d, e, f" });
    expect(seen(read(envelope([]), 64, "none.json")).problem).toEqual({ reason: "no-records", detail: "" });
    expect(seen(read(envelope([null, 3]), 64, "none.json")).problem?.reason).toBe("no-records");
  });

  it("shows sf's error as one line: name and message, the first line, at most 300 characters, no closing full stop", () => {
    const err = (o: Record<string, unknown>) => seen(read(enc(JSON.stringify({ status: 1, ...o })), 64, "err.json")).problem;
    expect(err({ name: "INVALID_TYPE", message: "sObject type 'OauthTokens' is not supported.  \nSecond line." })).toEqual({
      reason: "query-error",
      detail: "INVALID_TYPE: sObject type 'OauthTokens' is not supported",
    });
    expect(err({ name: "", message: "Bad query.." })).toEqual({ reason: "query-error", detail: "Bad query" });
    expect(err({ name: 42, message: "Bad query" })?.detail).toBe("Bad query");
    expect(err({ message: "x".repeat(400) })?.detail).toBe("x".repeat(300));
  });
});

describe("org reader: CSV lines", () => {
  const row = (user: string, status = "Restricted IP", time = "2024-03-01T10:00:00Z") => `${user},${time},${status},Salesforce for Outlook`;

  it("reads the last row without a line break, and numbers an unreadable one right", () => {
    for (const piece of [1, 4, 1000]) {
      const a = seen(read(enc([HEADER, row("a@example.com"), row("b@example.com", "User is frozen")].join("\r\n")), piece));
      expect(a.file).toMatchObject({ rows: 2, sfoRows: 2, unreadable: { count: 0 } });
      expect(a.users.map((u) => u.slice(0, 2)).sort()).toEqual([
        ["a@example.com", "ip-restricted"],
        ["b@example.com", "user-auth-failure"],
      ]);
      const b = seen(read(enc([HEADER, row("a@example.com"), row("b@example.com", "Success", "soon")].join("\n")), piece));
      expect(b.file).toMatchObject({ rows: 2, sfoRows: 1, unreadable: { count: 1, lines: [3] } });
      // A file cut after its carriage return: the row is whole.
      const c = seen(
        read(
          enc(
            ["Login Time,Status,Application,Username", "2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook,a@example.com\r"].join(
              "\r\n",
            ),
          ),
          piece,
        ),
      );
      expect(c.file).toMatchObject({ rows: 1, sfoRows: 1, unreadable: { count: 0 } });
      expect(c.users.map((u) => u[0])).toEqual(["a@example.com"]);
    }
  });

  it("skips blank lines before the header and between rows", () => {
    const r = seen(read(enc(`\n\n${HEADER}\n\n${row("a@example.com")}\n\r\n${row("b@example.com")}\n`), 3));
    expect(r.file).toMatchObject({ rows: 2, sfoRows: 2, unreadable: { count: 0 } });
  });

  it("finds the header below up to four title lines, and names the first line when there is none", () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => `Login History report ${i + 1}`);
    const four = seen(read(enc([...titles(4), HEADER, row("a@example.com")].join("\r\n"))));
    expect(four.file).toMatchObject({ rows: 1, sfoRows: 1 });
    const five = seen(read(enc([...titles(5), HEADER, row("a@example.com")].join("\r\n"))));
    expect(five.problem).toEqual({ reason: "not-org", detail: "Login History report 1" });
    const two = seen(read(enc(["Just a note", "", "Second note", ""].join("\r\n"))));
    expect(two.problem).toEqual({ reason: "not-org", detail: "Just a note" });
    const wide = `  First Name  ,Last Name,${"E".repeat(50)},Phone,City,Country,Zip\r\nAnna,Berg,a,1,2,3,4\r\n`;
    expect(seen(read(enc(wide))).problem).toEqual({
      reason: "not-org",
      detail: `First Name, Last Name, ${"E".repeat(40)}, Phone, City, Country`,
    });
  });

  it("reads fields with spaces after their closing quote, empty first fields, and refuses text after a closing quote", () => {
    const data = enc(
      [
        `Source IP,${HEADER}`,
        `,"a@example.com"  ,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook`,
        `,"b@example.com"x,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook`,
        `1.2.3.4,"c@example.com",2024-03-01T10:00:00Z,User is frozen,"Salesforce for Outlook"`,
        "",
      ].join("\r\n"),
    );
    const r = seen(read(data, 5));
    expect(r.file).toMatchObject({ rows: 3, sfoRows: 2, unreadable: { count: 1, lines: [3] } });
    expect(r.users.map((u) => u[0]).sort()).toEqual(["a@example.com", "c@example.com"]);
  });

  it("splits records and finds the separator as RFC 4180 and Excel have them", () => {
    expect(splitCsvRecord('"a"  ;b', ";")).toEqual(["a", "b"]);
    expect(splitCsvRecord('"a"x,b', ",")).toBeNull();
    expect(splitCsvRecord(",b,", ",")).toEqual(["", "b", ""]);
    expect(splitCsvRecord('a,"b",', ",")).toEqual(["a", "b", ""]);
    expect(csvDelimiter("Login History")).toBe(",");
    expect(csvDelimiter("a;b;c,d")).toBe(";");
  });
});

describe("org reader: Setup Audit Trail as CSV", () => {
  const AUDIT = "Date,User,Source Namespace Prefix,Action,Section,Delegate User";
  const change = (day: number, action: string, section = "Connected Apps") =>
    `${day}/2/2024 3:42:10 PM,admin@example.com,,${action},${section},`;

  it("keeps only the changes that touch OAuth, counts every row, and never a blank line", () => {
    const text = [
      AUDIT,
      // Changes that touch nothing of SFO's, past the 4 KiB the file's encoding is judged on.
      ...Array.from({ length: 60 }, (_, i) => change(1, `Changed page layout Layout${i}`, "Customize Accounts")),
      change(1, "Changed Refresh Token Policy Type from Infinite to Zero"),
      "",
      change(2, "Changed password policy", "Password Policies"),
      "",
      change(3, "Changed IP Relaxation to Relax IP restrictions"),
      change(4, "Created custom field Region", "Customize Accounts"),
      // The last line, without a line break, touches nothing and has a column too few.
      "5/2/2024 3:42:10 PM,admin@example.com,Changed page layout,Customize Accounts",
    ].join("\r\n");
    for (const piece of [1, 6, 40, text.length]) {
      const r = read(enc(text), piece, "SetupAuditTrail.csv");
      expect(r.files[0]).toMatchObject({ kind: "setup-audit-trail", rows: 65, sfoRows: 2, unreadable: { count: 0 } });
      expect(r.audit.map((a) => a.display)).toEqual([
        "Changed IP Relaxation to Relax IP restrictions",
        "Changed Refresh Token Policy Type from Infinite to Zero",
      ]);
    }
  });
});

describe("org reader: quotes across lines (Setup's download quotes every field)", () => {
  const H5 = '"Username","Login Time","Status","Application","Browser"';
  const q = (...f: string[]) => f.map((x) => `"${x}"`).join(",");
  const t = "2024-03-01T10:00:00Z";

  it("keeps fields with line breaks whole however their lines end, and reads mixed quoting", () => {
    for (const eol of ["\r\n", "\n"]) {
      const lines = [
        H5,
        `${q("a@example.com", t, "Restricted IP", "Salesforce for Outlook")},"He said ""hi""`,
        'there"',
        `${q("b@example.com", t, "User is frozen", "Salesforce for Outlook")},"`,
        'Chrome"',
        `${q("c@example.com", t, "Restricted time", "Salesforce for Outlook")},Firefox`,
        `${q("d@example.com", t, "Restricted IP", "Salesforce for Outlook")},"x,""y"""`,
        `e@example.com,${t},Success,Salesforce for Outlook,Edge`,
        "",
      ];
      const data = enc(lines.join(eol));
      for (const piece of [1, 3, 8, data.length]) {
        const r = seen(read(data, piece));
        expect(r.file).toMatchObject({ rows: 5, sfoRows: 5, unreadable: { count: 0 } });
        expect(r.users.map((u) => u.slice(0, 2)).sort()).toEqual([
          ["a@example.com", "ip-restricted"],
          ["b@example.com", "user-auth-failure"],
          ["c@example.com", "login-hours"],
          ["d@example.com", "ip-restricted"],
          ["e@example.com", null],
        ]);
      }
    }
  });

  it("takes a stray quote at a line's end as the start of a field that runs on", () => {
    const data = enc(
      [
        H5,
        `c@example.com,${t},Restricted time,Salesforce for Outlook,Chrome"`,
        `d@example.com,${t},Restricted IP,Salesforce for Outlook,Edge`,
        `${q("e@example.com", t, "User is frozen", "Salesforce for Outlook", "Edge")}`,
        "",
      ].join("\r\n"),
    );
    for (const piece of [2, data.length]) {
      const r = seen(read(data, piece));
      expect(r.file).toMatchObject({ rows: 1, unreadable: { count: 1, lines: [2] } });
    }
  });
});

describe("org reader: records past 1 MiB", () => {
  const H5 = "Username,Login Time,Status,Application,Browser";
  const t = "2024-03-01T10:00:00Z";

  it("counts a quote left open for over 1 MiB as one unreadable row and reads on", () => {
    const long = "x".repeat(600_000);
    const data = enc(
      [
        H5,
        `f@example.com,${t},Restricted IP,Salesforce for Outlook,"never closed`,
        long,
        long,
        `g@example.com,${t},User is frozen,Salesforce for Outlook,"two`,
        'lines"',
        `h@example.com,soon,Restricted IP,Salesforce for Outlook,Edge`,
        `i@example.com,${t},Restricted time,Salesforce for Outlook,Edge`,
        "",
      ].join("\r\n"),
    );
    const r = seen(read(data, 1 << 20));
    expect(r.file).toMatchObject({ rows: 4, sfoRows: 2, unreadable: { count: 2, lines: [2, 7] } });
    expect(r.users.map((u) => u[0]).sort()).toEqual(["g@example.com", "i@example.com"]);
  });

  it("counts a quote left open past 1 MiB inside one piece as one unreadable row, and numbers the lines after it right", () => {
    const head = `${H5}\r\nf@example.com,${t},Restricted IP,Salesforce for Outlook,"never closed\r\n`;
    // The open record is 100 characters short of 1 MiB when the first piece ends; its line ends in the next.
    const first = head + "x".repeat(1024 * 1024 - 100 - (head.length - H5.length - 2));
    const rest = [
      "x".repeat(200),
      `h@example.com,soon,Restricted IP,Salesforce for Outlook,Edge`,
      `g@example.com,${t},User is frozen,Salesforce for Outlook,"two`,
      'lines"',
      `i@example.com,${t},Restricted time,Salesforce for Outlook,Edge`,
      "",
    ].join("\r\n");
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "open.csv");
    reader.push(enc(first));
    reader.push(enc(rest));
    expect(reader.end()).toMatchObject({ rows: 4, sfoRows: 2, unreadable: { count: 2, lines: [2, 4] } });
    expect(
      analysis
        .report()
        .users.map((u) => u.user)
        .sort(),
    ).toEqual(["g@example.com", "i@example.com"]);
  });

  it("counts a line over 1 MiB as unreadable, never as a row of its own", () => {
    const head = `${H5}\r\n`;
    // The long line ends exactly where the first piece does, its line break comes in the next one.
    const first = enc(head + `j@example.com,${t},Restricted IP,Salesforce for Outlook,` + "z".repeat(17 * 65536 - head.length - 60));
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "long.csv");
    reader.push(first.subarray(0, 17 * 65536));
    reader.push(enc(`\r\nk@example.com,${t},Restricted IP,Salesforce for Outlook,Edge\r\n`));
    expect(reader.end()).toMatchObject({ rows: 2, sfoRows: 1, unreadable: { count: 1, lines: [2] } });
    expect(analysis.report().users.map((u) => u.user)).toEqual(["k@example.com"]);
  });

  it("does not count a long line above the header", () => {
    const data = enc(["y".repeat(1_200_000), HEADER, `a@example.com,${t},Restricted IP,Salesforce for Outlook`, ""].join("\r\n"));
    const r = seen(read(data, 1 << 20));
    expect(r.file).toMatchObject({ rows: 1, sfoRows: 1, unreadable: { count: 0 } });
  });
});
