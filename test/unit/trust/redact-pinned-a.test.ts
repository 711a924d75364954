// What redaction leaves around a value it takes out (the key, the quotes, the spaces), how it reads
// phone numbers and IPv6 addresses, and that nothing it already wrote is read or counted again. Each
// case is the exact text an admin receives: a key without its quotes breaks the JSON they paste into a
// ticket, a number left half in the text is a number that left the user's machine.
import { redact, isIpv6 } from "../../../src/engine/redact";
import { mutationScale } from "../../mutate/scale";

const counts = (text: string) => Object.fromEntries(redact(text).removed.map((r) => [r.kind, r.count]));

describe("redact: a credential's key and quotes stay, only the value goes", () => {
  it.each([
    // An OAuth callback whose `state` carries %-encoded JSON.
    [
      "GET /services/oauth2/callback?state=%7B%22password%22%3A%22hunter2%22%7D&display=popup",
      "GET /services/oauth2/callback?state=%7B%22password%22%3A%22[password]%22%7D&display=popup",
      { password: 1 },
    ],
    // A Python client prints its settings as a dict: single quotes.
    ["settings {'password': 'hunter2', 'domain': 'login'}", "settings {'password': '[password]', 'domain': 'login'}", { password: 1 }],
  ])("%s", (input, expected, removed) => {
    expect(redact(input).text).toBe(expected);
    expect(counts(input)).toEqual(removed);
  });

  it("counts a session id in a JSON or dict token response once, whatever rule reads its key", () => {
    const token = "00Dx0000000BV7z!AR8AQP0jITN80ESEsj5EbaZTFG0RNBaT1cyWk7TrqoDjoNIWQ2ME";
    for (const [input, expected] of [
      [`{"access_token":"${token}","token_type":"Bearer"}`, '{"access_token":"[token]","token_type":"Bearer"}'],
      [`{'access_token': '${token}', 'token_type': 'Bearer'}`, "{'access_token': '[token]', 'token_type': 'Bearer'}"],
    ]) {
      expect(redact(input)).toEqual({ text: expected, removed: [{ kind: "session-token", count: 1 }] });
    }
  });
});

describe("redact: a field's key, quotes and spacing stay, only the value goes", () => {
  it.each([
    ['{"UserName":"jane.doe","MachineName":"FS-JDOE"}', '{"UserName":"[user]","MachineName":"[machine]"}'],
    ["{'UserName': 'jane.doe', 'LastName': 'Doe'}", "{'UserName': '[user]', 'LastName': '[name]'}"],
    // %-encoded JSON in a URL, whole and cut off at the end of a log line.
    ["GET /apex/sfo?ctx=%7B%22UserName%22%3A%22jane.doe%22%7D", "GET /apex/sfo?ctx=%7B%22UserName%22%3A%22[user]%22%7D"],
    ["GET /apex/sfo?ctx=%7B%22UserName%22%3A%22jane.doe", "GET /apex/sfo?ctx=%7B%22UserName%22%3A%22[user]%22"],
    // JSON inside a JSON string: \"…\", whole and cut off.
    ['{"detail":"{\\"Subject\\":\\"Lunch with Jane Doe\\"}"}', '{"detail":"{\\"Subject\\":\\"[text]\\"}"}'],
    ['{"detail":"{\\"Subject\\":\\"Lunch with Jane Doe', '{"detail":"{\\"Subject\\":\\"[text]\\"'],
    // An unquoted value: no quotes are added, and the spaces before the next column stay.
    ["Outlook profile: Jane Doe | Mode: Cached", "Outlook profile: [profile] | Mode: Cached"],
    ['Subject: Re: \\"Renewal\\"', "Subject: [text]"],
    ["login=jdoe%22", "login=[user]"],
  ])("%s", (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });

  it("leaves a field that holds only no-break spaces (Outlook's &nbsp;) as it is, and counts nothing", () => {
    for (const input of ["Subject:\u00a0", "Subject: \u00a0\u00a0"]) expect(redact(input)).toEqual({ text: input, removed: [] });
  });

  it("keeps Outlook's default profile name, quoted or not: the admin needs to know it was the default", () => {
    for (const input of ['Using Outlook profile "Outlook"', "Outlook profile: 'Outlook'", 'Profile "Default"']) {
      expect(redact(input)).toEqual({ text: input, removed: [] });
    }
    expect(redact('Using Outlook profile "Jane Doe"').text).toBe('Using Outlook profile "[profile]"');
  });
});

describe("redact: what it already wrote is neither read nor counted again", () => {
  it("a Salesforce user name (an address) in a user-name field stays [email] and counts once, quoted or not", () => {
    for (const [input, expected] of [
      ['{"username":"jane.doe@acme.com"}', '{"username":"[email]"}'],
      ["{'username': 'jane.doe@acme.com'}", "{'username': '[email]'}"],
      ["username=jane.doe@acme.com", "username=[email]"],
    ]) {
      expect(redact(input)).toEqual({ text: expected, removed: [{ kind: "email", count: 1 }] });
    }
  });

  it("a quoted placeholder in a field is not counted when the text is redacted again", () => {
    for (const text of ['{"password":"[password]"}', '{"UserName":"[user]"}', "{'LastName': '[name]'}", "%22Subject%22%3A%22[text]%22"]) {
      expect(redact(text)).toEqual({ text, removed: [] });
    }
  });
});

describe("isIpv6: what an address is", () => {
  it.each([
    ["::", false], // no digit at all: a C++ or Ruby scope, not an address
    ["fe80::12345", false], // a group has at most four hex digits
    ["::192.0.2.1:ffff", false], // an IPv4 part only at the end
    ["1:2:3:4::5:6:7:8", false], // `::` stands for at least one group: eight more is too many
    ["1:2:3:4:5:6:7:8::9::a", false], // `::` only once
    ["0:0:0:0:0:ffff:192.0.2.1", true], // the IPv4 part counts as two groups
    ["ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255", true], // the longest written form: 45 characters
  ])("%s → %s", (candidate, expected) => {
    expect(isIpv6(candidate)).toBe(expected);
  });
});

describe("redact: phone numbers written without a key", () => {
  it.each([
    ["Callback failed for +1 415 555 0132 at 15:17:11", "Callback failed for [phone] at 15:17:11"],
    ["Callback failed for (415) 555-0132 at 15:17:11", "Callback failed for [phone] at 15:17:11"],
    ["Callback failed for 415-555-0132 at 15:17:11", "Callback failed for [phone] at 15:17:11"],
    // Brackets around a number stay, raw or %-encoded.
    ["Contact Jane (+45 12 34 56 78) not synced", "Contact Jane ([phone]) not synced"],
    ["Contact Jane %28%2B45%2012%2034%2056%2078%29 not synced", "Contact Jane %28[phone]%29 not synced"],
    ["Contact %28%2B49%2030%201234%205678%29", "Contact %28[phone]%29"],
    ["Contact Jane %28%2B45%2012%2034%2056%2078%29.", "Contact Jane %28[phone]%29."],
    ["2015-04-24 15:17:11,290 (+1 415 555 0132)", "2015-04-24 15:17:11,290 ([phone])"],
    ["Desk x (415) 555-0132)", "Desk x [phone])"],
    ["Desk ((415) 555-0132)", "Desk ([phone])"],
    // %-encoded in a URL.
    ["GET /search?q=%2B1%20415%20555%200132&x=1", "GET /search?q=[phone]&x=1"],
    ["GET /search?q=%28415%29%20555-0132&x=1", "GET /search?q=[phone]&x=1"],
    ["GET /search?q=415%20555%200132&x=1", "GET /search?q=[phone]&x=1"],
    // Punctuation and words after a number are not part of it.
    ["Call +1 (415) 555-0132. Thanks", "Call [phone]. Thanks"],
    ["Call +1 415 555 0132...", "Call [phone]..."],
    ["Fax +1-415-555-0132.", "Fax [phone]."],
    ["+44 20 7946 0958 (office)", "[phone] (office)"],
    ["(415) 555-0132 (mobile)", "[phone] (mobile)"],
    ["+44 (0)20 7946 0958", "[phone]"],
    // The trunk prefix "1 " belongs to a North American number.
    ["Ref 1 (415) 555-0132", "Ref [phone]"],
    // Other numbers before a phone number are left as they are.
    ["Room 5 +1 415 555 0132", "Room 5 [phone]"],
    ["Tel.: 1)+45 12 34 56 78", "Tel.: 1)[phone]"],
    ["Tel.: +45  12  34  56  78 (mobile)", "Tel.: [phone] (mobile)"],
  ])("%s", (input, expected) => {
    expect(redact(input)).toEqual({ text: expected, removed: [{ kind: "phone", count: 1 }] });
  });

  it.each([
    ["Mobile or office: +45 12 34 56 78+45 87 65 43 21", "Mobile or office: [phone][phone]"],
    ["Mobile or office: (415) 555-0132(415) 555-0199", "Mobile or office: [phone][phone]"],
    ["Numbers 415-555-0132 415-555-0199 and 2015", "Numbers [phone] [phone] and 2015"],
    ["+1 415 555 0132 (415) 555-0199", "[phone] [phone]"],
    ["GET /search?q=%2B1%20415%20555%200132%3B415-555-0199", "GET /search?q=[phone]%3B[phone]"],
  ])("two numbers in a row: %s", (input, expected) => {
    expect(redact(input)).toEqual({ text: expected, removed: [{ kind: "phone", count: 2 }] });
  });

  it.each([
    ["GET /search?q=%2B1%20415%20555%200132%2C%20Jane", "GET /search?q=[phone]%2C%20Jane"],
    ["POST /chatter?text=call%20%2B45%2012%2034%2056%2078%21", "POST /chatter?text=call%20[phone]%21"],
    ["GET /search?q=%2B45%2012%2034%2056%2078%3B", "GET /search?q=[phone]%3B"],
    ["GET /search?q=%22%2B1%20415%20555%200132%22", "GET /search?q=%22[phone]%22"],
  ])("a %-encoded comma, quote or mark after a number does not hide it: %s", (input, expected) => {
    expect(redact(input)).toEqual({ text: expected, removed: [{ kind: "phone", count: 1 }] });
  });

  it.each([
    ["brackets", "("],
    ["dots", "."],
    ["hyphens", "-"],
  ])("a digit, a long run of %s, a digit: comes back whole, in linear time", (_name, unit) => {
    const text = `Ref 1${unit.repeat(mutationScale(1 << 17, 1 << 12))}2 end`;
    expect(redact(text).text).toBe(text);
  });

  it("takes a number that stands between URL-encoded spaces, not the escape's digits with it", () => {
    expect(redact("text=call%20415-555-0132%20today")).toEqual({
      text: "text=call%20[phone]%20today",
      removed: [{ kind: "phone", count: 1 }],
    });
    expect(redact("q=call%20%2B45%2012%2034%2056%2078%20now")).toEqual({
      text: "q=call%20[phone]%20now",
      removed: [{ kind: "phone", count: 1 }],
    });
  });
});
