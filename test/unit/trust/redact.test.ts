import { readFileSync } from "fs";
import { join } from "path";
import { redact, REDACTION_RULES, REDACTION_PLACEHOLDERS, REDACTION_KINDS, isIpv6, mergeRemoved } from "../../../src/engine/redact";
import { mutationScale } from "../../mutate/scale";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures", name), "utf8");
const kinds = (text: string) => Object.fromEntries(redact(text).removed.map((r) => [r.kind, r.count]));

describe("redact: what is taken out", () => {
  it.each([
    ["Mail jane.doe+sfo@acme.co.uk now", "Mail [email] now", { email: 1 }],
    ["user=jane%40acme.com&x=1", "user=[email]&x=1", { email: 1 }],
    ["C:\\Users\\jdoe\\AppData\\Roaming", "C:\\Users\\[user]\\AppData\\Roaming", { "windows-user": 1 }],
    ["C:/Users/Jane Doe/AppData", "C:/Users/[user]/AppData", { "windows-user": 1 }],
    ["file:///C:/Users/xxxx/AppData/x.htm", "file:///C:/Users/[user]/AppData/x.htm", { "windows-user": 1 }],
    ["C:%5CUsers%5CJane%20Doe%5CAppData", "C:%5CUsers%5C[user]%5CAppData", { "windows-user": 1 }],
    ['{"path":"C:\\\\Users\\\\jdoe\\\\x"}', '{"path":"C:\\\\Users\\\\[user]\\\\x"}', { "windows-user": 1 }],
    ["from 192.168.10.5:443 ok", "from [ip]:443 ok", { ipv4: 1 }],
    ["host [2001:db8::8a2e:370:7334]:443", "host [[ip]]:443", { ipv6: 1 }],
    ["peer ::ffff:10.0.0.1 closed", "peer [ip] closed", { ipv6: 1 }],
    ["org 00D5g000004XyZa user 0055g00000ABCDEAAQ", "org [id] user [id]", { "record-id": 2 }],
    ["sid=00D5g000004XyZa!AQ4AQLl3.Vv_x9Pq2Lk", "sid=[token]", { "session-token": 1 }],
    ["Authorization: OAuth 00D5g000004XyZa!AR8AQP0jITN80ESEsj5", "Authorization: OAuth [token]", { "session-token": 1 }],
    ["Authorization: Bearer abc123DEF456ghi", "Authorization: Bearer [token]", { "bearer-token": 1 }],
    ["got Bearer 9f8e7d6c5b4a39281706 back", "got Bearer [token] back", { "bearer-token": 1 }],
    [
      "?grant_type=refresh_token&refresh_token=5Aep861%3D%3D&x=1",
      "?grant_type=refresh_token&refresh_token=[token]&x=1",
      { "bearer-token": 1 },
    ],
    ['{"access_token": "eyJabc", "token":"t0k3n"}', '{"access_token": "[token]", "token":"[token]"}', { "bearer-token": 2 }],
    ["password=hunter2&pwd=x1 pw=y2", "password=[password]&pwd=[password] pw=[password]", { password: 3 }],
    ['{"password":"p@ss w\\"rd"}', '{"password":"[password]"}', { password: 1 }],
  ])("%s", (input, expected, counts) => {
    expect(redact(input).text).toBe(expected);
    expect(kinds(input)).toEqual(counts);
  });

  it("keeps Salesforce's public hosts and its own words, and the shape of the org's hosts", () => {
    const text =
      "POST https://acme.my.salesforce.com/services/oauth2/token failed: invalid_grant expired access/refresh token; " +
      "see acme.lightning.force.com. Bearer token expired. token validity expired via https://login.salesforce.com and na123.salesforce.com";
    expect(redact(text)).toEqual({
      text:
        "POST https://[org].my.salesforce.com/services/oauth2/token failed: invalid_grant expired access/refresh token; " +
        "see [org].lightning.force.com. Bearer token expired. token validity expired via https://login.salesforce.com and na123.salesforce.com",
      removed: [{ kind: "org-host", count: 2 }],
    });
  });

  it("keeps ordinary words, camelCase, plain numbers and assembly versions", () => {
    const text =
      "synchronization SalesforceCredentialsInvalid aCamelCaseWords 635655166312900000 Version=4.0.0.0 v3.4.7.112 at 15:17:11,290";
    expect(redact(text).text).toBe(text);
  });

  it("leaves the seed logs' meaning intact and takes out only the user name", () => {
    const trace = fixture("seed-Trace.log");
    expect(redact(trace)).toEqual({ text: trace, removed: [] });
    const addin = fixture("seed-AddinTrace.log");
    const r = redact(addin);
    expect(r.text).toBe(addin.replace("Users/xxxx/", "Users/[user]/"));
    expect(r.removed).toEqual([{ kind: "windows-user", count: 1 }]);
    expect(r.text).toContain("<<Unknown Label:oauthPolicy>>");
  });

  it("counts per kind, in a stable order, and merges counts", () => {
    const r = redact("a@b.io c@d.io 10.0.0.1 password=x");
    expect(r.removed).toEqual([
      { kind: "email", count: 2 },
      { kind: "ipv4", count: 1 },
      { kind: "password", count: 1 },
    ]);
    expect(mergeRemoved(r.removed, [{ kind: "email", count: 1 }])).toEqual([
      { kind: "email", count: 3 },
      { kind: "ipv4", count: 1 },
      { kind: "password", count: 1 },
    ]);
  });

  it("uses the documented placeholders, one per kind", () => {
    expect(new Set(REDACTION_KINDS)).toEqual(new Set(Object.keys(REDACTION_PLACEHOLDERS)));
    const privacy = readFileSync(join(__dirname, "../../../docs/PRIVACY.md"), "utf8");
    for (const p of Object.values(REDACTION_PLACEHOLDERS)) expect(privacy).toContain("`" + p + "`");
  });

  it("tells IPv6 addresses from times and MAC addresses", () => {
    expect(isIpv6("fe80::1")).toBe(true);
    expect(isIpv6("2001:db8:0:0:0:0:2:1")).toBe(true);
    expect(isIpv6("::ffff:192.0.2.1")).toBe(true);
    expect(isIpv6("15:17:11")).toBe(false);
    expect(isIpv6("00:1A:2B:3C:4D:5E")).toBe(false);
    expect(isIpv6("1::2::3")).toBe(false);
  });
});

/**
 * Finds groups repeated more than once that hold a quantifier themselves: the shape of catastrophic
 * backtracking. Lookarounds are atomic in JavaScript (never re-entered on backtrack), so their insides don't count.
 */
function nestedQuantifiers(source: string): string[] {
  const found: string[] = [];
  const stack: { start: number; quantified: boolean; lookaround: boolean }[] = [];
  const inLookaround = () => stack.some((g) => g.lookaround);
  let i = 0;
  const readQuantifier = (at: number): { max: number; length: number } | null => {
    const c = source[at];
    if (c === "*" || c === "+") return { max: Infinity, length: 1 };
    if (c === "?") return { max: 1, length: 1 };
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!m) return null;
    return { max: m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]), length: m[0].length };
  };
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "[") {
      i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (c === "(") {
      const lookaround = /^\(\?(=|!|<=|<!)/.test(source.slice(i, i + 4));
      stack.push({ start: i, quantified: false, lookaround });
      i++;
      if (source[i] === "?") i++;
      continue;
    }
    if (c === ")") {
      const group = stack.pop();
      const parent = stack[stack.length - 1];
      i++;
      const q = readQuantifier(i);
      if (group?.quantified && parent && !group.lookaround) parent.quantified = true;
      if (!q) continue;
      if (group?.quantified && q.max > 1) found.push(source.slice(group.start, i + q.length));
      if (parent && !inLookaround()) parent.quantified = true;
      i += q.length;
      if (source[i] === "?") i++;
      continue;
    }
    const q = readQuantifier(i);
    if (q) {
      if (stack.length && !inLookaround()) stack[stack.length - 1].quantified = true;
      i += q.length;
      if (source[i] === "?") i++;
      continue;
    }
    i++;
  }
  return found;
}

describe("redact: safe on hostile input", () => {
  it("no rule repeats a group that holds a quantifier (no catastrophic backtracking)", () => {
    expect(nestedQuantifiers("(?:a+)+")).toHaveLength(1);
    expect(nestedQuantifiers("(?:x(?:a+))*")).toHaveLength(1);
    expect(nestedQuantifiers("(?:a|b)+(?:c+)?[+*](?:d){2}(?:(?!x?y)z)+")).toHaveLength(0);
    for (const rule of REDACTION_RULES) expect([rule.kind, nestedQuantifiers(rule.pattern.source)]).toEqual([rule.kind, []]);
  });

  it.each([
    ["letters", "a"],
    ["digits and dots", "1."],
    ["colons", ":"],
    ["hex and colons", "a:"],
    ["percent escapes", "%41"],
    ["at signs", "a@b."],
    ["user folders", "\\Users\\"],
    ["open quotes", 'pw="pw=x '],
    ["bearer", "Bearer "],
    ["session ids", "00D5g000004XyZa!"],
    ["json tokens", "eyJ"],
    ["record ids", "001xx000003DGb2"],
    ["capitalised words before an address", "Aa "],
    ["display names", "Jane Doe <a@b.io> "],
    ["DOMAIN\\user", "A\\a "],
    ["UNC paths", "\\\\a\\b$\\"],
    ["SIDs", "S-1-5-21-1-"],
    ["phone punctuation", "+1 (2"],
    ["digits and spaces", "1 "],
    ["host names", "a.com."],
    ["hyphenated labels", "a-"],
    ["PST paths", "/a.pst"],
    ["profile fields", "Outlook profile: "],
    ["subject fields", "Subject: "],
    ["random tokens", "aB3"],
    ["refresh tokens", "5Aep861"],
    ["codes", "code="],
  ])("1 MB of %s comes back whole, with every secret in it replaced", (_name, unit) => {
    const text = unit.repeat(Math.ceil(mutationScale(1 << 20, 1 << 14) / unit.length));
    const r = redact(text);
    expect(r.text.length).toBeGreaterThan(0);
    expect(redact(r.text).text).toBe(r.text);
  });
});
