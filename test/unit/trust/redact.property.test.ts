// Property tests: secrets planted anywhere (plain text, quotes, other secrets, a %-encoded URL) never
// survive redaction, redaction is idempotent, and it never throws on arbitrary input.
import fc from "fast-check";
import { mutationScale } from "../../mutate/scale";
import { redact } from "../../../src/engine/redact";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const chars = (alphabet: string, minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet.split("")), { minLength, maxLength }).map((a) => a.join(""));

/** Salesforce's 18-character checksum over a 15-character id. */
function idChecksum(id15: string): string {
  const map = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  let out = "";
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[block * 5 + i])) bits |= 1 << i;
    out += map[bits];
  }
  return out;
}

/** A planted secret: the text put into the log, and the parts of it that must not come out. */
interface Planted {
  text: string;
  secrets: string[];
}
const plant = (text: string, ...secrets: string[]): Planted => ({ text, secrets: secrets.length ? secrets : [text] });

const email = fc
  .tuple(chars(ALNUM + "._+-", 0, 12), chars(ALNUM, 1, 1), fc.domain())
  .map(([rest, first, domain]) => plant(`${first}${rest}@${domain}`));
const userName = chars(ALNUM + "._-", 1, 12).map((n) => `u${n}`);
const spacedName = fc.tuple(userName, chars(ALNUM, 1, 8)).map(([a, b]) => `${a} ${b}`);
const windowsUser = fc
  .oneof(
    fc.tuple(
      fc.oneof(userName, spacedName),
      fc.constantFrom(
        "C:\\Users\\{}\\AppData\\Roaming",
        "C:/Users/{}/AppData",
        "file:///C:/Users/{}/AppData/x.htm",
        "C:\\\\Users\\\\{}\\\\x",
        "D:\\Users\\{}\\",
      ),
    ),
    fc.tuple(userName, fc.constant("C:\\Users\\{}")),
  )
  .map(([name, form]) => plant(form.replace("{}", name), form.replace("{}", name).replace(/\\\\x$|\\AppData.*|\/AppData.*|\\$/, "")));
const ipv4 = fc.ipV4().map((ip) => plant(ip));
const ipv6 = fc
  .ipV6()
  .filter((ip) => /[0-9a-f]/i.test(ip))
  .map((ip) => plant(ip));
const recordId = fc
  .tuple(
    fc.constantFrom("001", "003", "005", "006", "00D", "00Q", "500", "701", "a0X", "a1B"),
    chars(ALNUM, 2, 2),
    chars(ALNUM, 9, 9),
    fc.boolean(),
  )
  .filter(([prefix, pod, rest]) => /[A-Za-z]/.test(prefix + pod + rest))
  .map(([prefix, pod, rest, long]) => {
    const id = `${prefix}${pod}0${rest}`;
    return plant(long ? id + idChecksum(id) : id);
  });
const tokenValue = chars(ALNUM + "._-", 20, 80);
const sessionToken = fc.tuple(chars(ALNUM, 12, 12), tokenValue).map(([org, secret]) => plant(`00D${org}!${secret}`, `00D${org}!`, secret));
const bearer = fc
  .tuple(
    fc.constantFrom(
      "Bearer {}",
      "Authorization: Bearer {}",
      "Authorization: OAuth {}",
      "access_token={}",
      "refresh_token={}",
      "sid={}",
      "token={}",
      '"access_token":"{}"',
      "Authorization={}",
    ),
    tokenValue,
  )
  .map(([form, token]) => plant(form.replace("{}", token), token));
const passwordValue = chars(ALNUM + "!#$()*+./:=?@^_{}~|-", 8, 24).filter((p) => /[0-9]/.test(p));
const password = fc.oneof(
  fc
    .tuple(fc.constantFrom("password={}", "pwd={}", "pw={}", "Password: {}", "PASSWORD={}", "client_secret={}"), passwordValue)
    .map(([form, pw]) => plant(form.replace("{}", pw), pw)),
  fc
    .string({ unit: "grapheme", minLength: 8, maxLength: 24 })
    .map((pw) => plant(`"password":${JSON.stringify(pw)}`, JSON.stringify(pw).slice(1, -1))),
);

const secret = fc.oneof(email, windowsUser, ipv4, ipv6, recordId, sessionToken, bearer, password);

const SFO_LINES = [
  "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired",
  "2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
  "Not running Synchronize: cannot sync now Status:SalesforceNotConnected, SalesforceCredentialsInvalid",
  "NavigateTo: url= file:///C:/Users/xxxx/AppData/Roaming/salesforce.com/Salesforce for Outlook/sidepanelcontainer.htm?loggedOutLabel=<<Unknown Label:loggedOut>>",
  "https://acme.my.salesforce.com/services/oauth2/token",
];
const SEPARATORS = [" ", "\t", "\n", "\r\n", "(", ")", "<", ">", ",", ";", "|", '"', "'", "[", "]", "{", "}", "!", "?", "&", "=", "/", "#"];

const filler = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...SFO_LINES),
  secret.map((s) => s.text),
);
const surroundings = fc.array(filler, { maxLength: 4 }).map((parts) => parts.join(" "));

const planted = fc.record({
  prefix: surroundings,
  before: fc.constantFrom(...SEPARATORS),
  secret,
  after: fc.constantFrom(...SEPARATORS),
  suffix: surroundings,
  encoded: fc.boolean(),
});

describe("redact: properties", () => {
  it("planted secrets never survive, whatever surrounds them", () => {
    fc.assert(
      fc.property(planted, ({ prefix, before, secret: s, after, suffix, encoded }) => {
        const inner = `${prefix}${before}${s.text}${after}${suffix}`;
        const text = encoded ? `https://acme.my.salesforce.com/x?next=${encodeURIComponent(inner)}&y=1` : inner;
        const forms = s.secrets.flatMap((x) => (encoded ? [x, encodeURIComponent(x)] : [x]));
        const around = encoded ? encodeURIComponent(prefix + "\u0000" + suffix) : prefix + "\u0000" + suffix;
        fc.pre(forms.every((f) => !around.includes(f)));
        const out = redact(text).text;
        for (const f of forms) expect([f, out.includes(f)]).toEqual([f, false]);
      }),
      { numRuns: mutationScale(1500, 150) },
    );
  });

  it("redacting twice equals redacting once where a long random run was glued to an address, a number or an id", () => {
    // Found by the property below (seed 480183784): the run after `!` became [secret] last, and a second
    // pass read the `::0:0:…` glued to it as an IPv6 address.
    const run = "AAAAAAAAAAAAAAAqAAA8A4AdAaAAAAnA";
    for (const tail of ["::0:0:0:0:0:0:0", "::1", ":fe80::1", "1.2.3.4", " (555) 555-1234", "001000000000001AAA", "+1 555 555 1234"]) {
      const input = `001AA0AAAAAAAAA00DAAAAAAAAAAAA!${run}${tail}`;
      const once = redact(input).text;
      expect([input, redact(once).text]).toEqual([input, once]);
    }
    // And a host name glued to an address that was taken out (seen %-encoded after a bearer token).
    for (const input of ["Bearer%20AAAAAAAAAAAAAAAAAAAAA%40a.sa0.0.0.0", "mail a.sa0.0.0.0 now", "x.de1.2.3.4", "0.0.0.0A\\0"]) {
      const once = redact(input).text;
      expect([input, redact(once).text]).toEqual([input, once]);
    }
  });

  it("two name fields on one line are both taken out (found by the property below)", () => {
    const out = redact("FirstName=Aaaa Aaaa FirstName=Aaaa Aaah LastName: Lee Title=CEO").text;
    expect(out).not.toMatch(/Aaa|Lee/);
    expect(out).toContain("Title=CEO");
    // The second field quoted: the first value stops before its quote (seed 386381905 made it).
    const quoted = redact("FirstName=Aaaa Aaaa 'FirstName=Aaaa Aaal' ").text;
    expect(quoted).not.toMatch(/Aaa/);
    expect(quoted).toContain("'FirstName=");
    // A long value is not cut inside a word, leaving the rest of it (a phone number's tail) behind.
    const profile = redact(
      "'Outlook profile: Aaaaaa Aaaaaaaaa https://acme.my.salesforce.com/services/oauth2/token +1 (200) 200-1000 '",
    ).text;
    expect(profile).not.toMatch(/1000|Aaaa/);
  });

  it("redacting twice equals redacting once", () => {
    const text = fc.array(fc.oneof(filler, fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (t, encoded) => {
        const input = encoded ? encodeURIComponent(t) : t;
        const once = redact(input).text;
        expect(redact(once).text).toBe(once);
      }),
      { numRuns: mutationScale(1000, 100) },
    );
  });

  it("never throws on arbitrary text, and text without secrets' shapes comes back unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (t) => {
        const r = redact(t);
        expect(typeof r.text).toBe("string");
      }),
    );
    fc.assert(
      // A full stop is followed by a space: "a.pl" is a host name's shape (seed 1074559700 made it).
      fc.property(
        chars("abcdefghijklmnopqrstuvwxyz ,.;!?()", 0, 200).map((t) => t.replace(/\.(?! )/g, ". ")),
        (t) => {
          expect(redact(t).text).toBe(t);
        },
      ),
    );
  });
});

// The kinds real SFO logs carry beyond addresses and tokens: each planted in every form a log gives it
// (plain, quoted, inside JSON, percent-encoded inside a URL, on a continuation line), at the start, the
// end or the middle of a line made of real SFO lines and other planted values.
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const word = (min: number, max: number) => fc.tuple(chars(UPPER, 1, 1), chars(LOWER, min, max)).map(([a, b]) => a + b);
const orgName = fc.tuple(chars(LOWER, 5, 10), fc.constantFrom("", "-prod", "corp", "-eu")).map(([a, b]) => `q${a}${b}`);
const newKinds = fc.oneof(
  fc.tuple(chars(ALNUM + "._", 60, 80)).map(([t]) => plant(`5Aep861${t}`)),
  fc.tuple(word(2, 8), word(2, 10), email).map(([first, last, e]) => plant(`${first} ${last} <${e.text}>`, `${first} ${last}`, e.text)),
  fc.tuple(word(2, 8), word(2, 10), email).map(([first, last, e]) => plant(`"${last}, ${first}" <${e.text}>`, `${last}, ${first}`, e.text)),
  fc
    .tuple(chars(UPPER, 3, 10), chars(LOWER + "0123456789", 3, 10))
    .filter(([d]) => !/^(?:HKLM|HKCU|HKCR|HKCC|HKEY|BUILTIN|SERVICE|APPPOOL|AUTHORITY|SYSTEM|WINDOWS)$/.test(d))
    .map(([d, u]) => plant(`Q${d}\\q${u}`)),
  fc
    .tuple(
      fc.integer({ min: 100000000, max: 4294967295 }),
      fc.integer({ min: 100000000, max: 4294967295 }),
      fc.integer({ min: 100000000, max: 4294967295 }),
      fc.integer({ min: 500, max: 99999 }),
    )
    .map(([a, b, c, rid]) => plant(`S-1-5-21-${a}-${b}-${c}-${rid}`, `${a}-${b}-${c}`)),
  chars(UPPER + "0123456789", 7, 7).map((m) => plant(`DESKTOP-${m}`)),
  fc
    .tuple(chars(UPPER, 3, 6), chars(LOWER, 4, 8))
    .map(([h, u]) => plant(`\\\\Q${h}01\\home$\\q${u}\\Outlook\\archive.pst`, `Q${h}01`, `q${u}`)),
  fc.tuple(word(3, 8), word(3, 8)).map(([a, b]) => plant(`D:\\Mail\\${a} ${b} 2019.pst`, `${a} ${b}`)),
  fc
    .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 1000, max: 9999 }))
    .map(([a, b, c]) => plant(`+1 (${a}) ${b}-${c}`, `${b}-${c}`)),
  fc
    .tuple(
      fc.integer({ min: 10, max: 99 }),
      fc.integer({ min: 10, max: 99 }),
      fc.integer({ min: 10, max: 99 }),
      fc.integer({ min: 10, max: 99 }),
    )
    .map(([a, b, c, d]) => plant(`+45 ${a} ${b} ${c} ${d}`)),
  fc
    .tuple(
      orgName,
      fc.constantFrom(
        "{}.my.salesforce.com",
        "{}.lightning.force.com",
        "{}--c.vf.force.com",
        "{}.my.site.com",
        "{}--uat.sandbox.my.salesforce.com",
        "https://{}.my.salesforce.com/services/oauth2/token",
      ),
    )
    .map(([o, f]) => plant(f.replace("{}", o), o)),
  fc.tuple(chars(LOWER, 4, 8), orgName).map(([h, o]) => plant(`http://${h}01.corp.${o}.local:8080/`, `${h}01`, o)),
  fc
    .tuple(
      word(3, 8),
      word(3, 8),
      fc.constantFrom("FirstName={}", "ContactName: {}", '"LastName":"{}"', "Outlook profile: {}", "Subject: {}"),
    )
    .map(([a, b, f]) => plant(f.replace("{}", `${a} ${b}`), `${a} ${b}`)),
);
const NEW_SEPARATORS = [" ", "\t", "(", ")", ",", ";", "|", "\n   "];
type Form = "plain" | "quoted" | "json" | "url" | "continuation";
const inForm = (form: Form, text: string): string =>
  form === "quoted"
    ? `'${text}'`
    : form === "json"
      ? `{"detail":${JSON.stringify(text)}}`
      : form === "url"
        ? `https://login.salesforce.com/x?next=${encodeURIComponent(text)}&y=1`
        : form === "continuation"
          ? `\n   at Sync.Run() ${text}`
          : text;
const secretForms = (form: Form, secret: string): string[] =>
  form === "json" ? [secret, JSON.stringify(secret).slice(1, -1)] : form === "url" ? [secret, encodeURIComponent(secret)] : [secret];

describe("redact: properties of the kinds SFO logs carry", () => {
  it("planted names, accounts, SIDs, machines, paths, phones, fields and org hosts never survive, in any form", () => {
    const around = fc
      .array(
        fc.oneof(
          fc.constantFrom(...SFO_LINES),
          newKinds.map((k) => k.text),
        ),
        { maxLength: 3 },
      )
      .map((p) => p.join(" "));
    fc.assert(
      fc.property(
        fc.record({
          prefix: around,
          before: fc.constantFrom(...NEW_SEPARATORS),
          secret: newKinds,
          after: fc.constantFrom(...NEW_SEPARATORS),
          suffix: around,
          form: fc.constantFrom<Form>("plain", "quoted", "json", "url", "continuation"),
        }),
        ({ prefix, before, secret: s, after, suffix, form }) => {
          const text = `${prefix}${before}${inForm(form, s.text)}${after}${suffix}`;
          const forms = s.secrets.flatMap((x) => secretForms(form, x));
          fc.pre(forms.every((f) => !`${prefix}\u0000${suffix}`.includes(f)));
          const out = redact(text).text;
          for (const f of forms) expect([form, f, out.includes(f)]).toEqual([form, f, false]);
          expect(redact(out).text).toBe(out);
        },
      ),
      { numRuns: mutationScale(1500, 150) },
    );
  });
});
