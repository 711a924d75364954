// What the admin receives, to the character, for the log shapes that carry a person's share, name, data
// file, profile or address: SOAP bodies, display names, UNC paths, DOMAIN\user, .pst paths, Outlook
// profiles, host names and IPv6 addresses before punctuation, phone numbers. Lines follow
// test/fixtures/redaction/real-lines.log (public examples; made-up names).
import { redact } from "../../../src/engine/redact";

const counts = (text: string) => Object.fromEntries(redact(text).removed.map((r) => [r.kind, r.count]));

/** Redacting what was already redacted changes nothing and counts nothing (docs/PRIVACY.md). */
function expectSettled(text: string): void {
  const once = redact(text).text;
  expect(redact(once)).toEqual({ text: once, removed: [] });
}

describe("SOAP login and session XML", () => {
  const login =
    '<soapenv:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com"><n1:username>jane.doe@acmecorp.com</n1:username>' +
    "<n1:password>Summer2024!Rocks</n1:password></n1:login></soapenv:Body>";

  it("keeps the envelope and replaces the password inside its tags", () => {
    expect(redact(login)).toEqual({
      text:
        '<soapenv:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com"><n1:username>[email]</n1:username>' +
        "<n1:password>[password]</n1:password></n1:login></soapenv:Body>",
      removed: [
        { kind: "email", count: 1 },
        { kind: "password", count: 1 },
      ],
    });
  });

  it.each([
    ["<sessionId>abcdefXYZ123</sessionId>", "<sessionId>[token]</sessionId>", { "bearer-token": 1 }],
    ["<n1:securityToken>AbCdEf123456</n1:securityToken>", "<n1:securityToken>[password]</n1:securityToken>", { password: 1 }],
    ["<clientSecret>1955279925675241571</clientSecret>", "<clientSecret>[password]</clientSecret>", { password: 1 }],
  ])("%s", (input, expected, kinds) => {
    expect(redact(input).text).toBe(expected);
    expect(counts(input)).toEqual(kinds);
  });

  it("a body already redacted is not counted again", () => {
    expectSettled(login);
    expectSettled("<sessionId>abcdefXYZ123</sessionId>");
  });
});

describe("display names in front of an address keep their quotes", () => {
  it.each([
    ['owner "Doe, Jane" <jane.doe@acmecorp.com>', 'owner "[name]" <[email]>'],
    ["owner 'Doe, Jane' <jane.doe@acmecorp.com>", "owner '[name]' <[email]>"],
    ["to=%22Doe%2C%20Jane%22%20%3Cjane.doe%40acmecorp.com%3E", "to=%22[name]%22%20%3C[email]%3E"],
    ["From: Jane Doe <jane.doe@acmecorp.com>", "From: [name] <[email]>"],
  ])("%s", (input, expected) => {
    expect(redact(input)).toEqual({
      text: expected,
      removed: [
        { kind: "email", count: 1 },
        { kind: "display-name", count: 1 },
      ],
    });
  });
});

describe("UNC paths: the server, a home share's user folder and a per-user share go", () => {
  it.each([
    // SFO's own line: a .pst on the user's home share.
    [
      "data file \\\\FS01.corp.acmecorp.local\\home$\\jdoe\\Outlook\\Jane Doe archive.pst",
      "data file \\\\[host]\\home$\\[user]\\Outlook\\[file].pst",
      { host: 1, "windows-user": 1, "mail-file": 1 },
    ],
    // Home shares by their usual names: the folder under them is the user's.
    ["\\\\fs01\\home\\jdoe\\Documents", "\\\\[host]\\home\\[user]\\Documents", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\homes$\\jdoe", "\\\\[host]\\homes$\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\user\\jdoe", "\\\\[host]\\user\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\users$\\jdoe", "\\\\[host]\\users$\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\profile\\jdoe.V6", "\\\\[host]\\profile\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\profiles$\\jdoe.V6", "\\\\[host]\\profiles$\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\redirect$\\jdoe\\Desktop", "\\\\[host]\\redirect$\\[user]\\Desktop", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\Redirected\\jdoe", "\\\\[host]\\Redirected\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\redirections\\jdoe", "\\\\[host]\\redirections\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\UserData$\\jdoe", "\\\\[host]\\UserData$\\[user]", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\Personal\\jdoe", "\\\\[host]\\Personal\\[user]", { host: 1, "windows-user": 1 }],
    // A per-user hidden share: the share's own name is the user's.
    ["\\\\fs01\\jdoe$\\Outlook", "\\\\[host]\\[user]$\\Outlook", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\jdoe$ is full", "\\\\[host]\\[user]$ is full", { host: 1, "windows-user": 1 }],
    ["\\\\fs01\\home$ is full", "\\\\[host]\\[user]$ is full", { host: 1, "windows-user": 1 }],
    // %-encoded (a file:// URL in a query string): %24 stays %24.
    ["x %5C%5CFS01%5Cjdoe%24%5COutlook", "x %5C%5C[host]%5C[user]%24%5COutlook", { host: 1, "windows-user": 1 }],
    ["x %5C%5CFS01%5Chome%24%5Cjdoe%5COutlook", "x %5C%5C[host]%5Chome%24%5C[user]%5COutlook", { host: 1, "windows-user": 1 }],
    // Windows' own shares and shared folders name no one: only the server goes.
    ["\\\\fs01\\C$\\Temp", "\\\\[host]\\C$\\Temp", { host: 1 }],
    ["\\\\fs01\\ADMIN$\\Temp", "\\\\[host]\\ADMIN$\\Temp", { host: 1 }],
    ["\\\\fs01\\Software\\SFO\\setup.msi", "\\\\[host]\\Software\\SFO\\setup.msi", { host: 1 }],
    ["\\\\fs01\\AllUsers\\Outlook", "\\\\[host]\\AllUsers\\Outlook", { host: 1 }],
    ["\\\\fs01\\UserGuides\\SFO", "\\\\[host]\\UserGuides\\SFO", { host: 1 }],
    // The user folder the path rule already took is not counted twice.
    ["\\\\fs01\\Users\\jdoe\\AppData", "\\\\[host]\\Users\\[user]\\AppData", { host: 1, "windows-user": 1 }],
    // This machine is no one's server.
    ["\\\\localhost\\c$\\Temp", "\\\\localhost\\c$\\Temp", {}],
    ["\\\\LOCALHOST\\jdoe$\\notes.txt", "\\\\LOCALHOST\\[user]$\\notes.txt", { "windows-user": 1 }],
  ])("%s", (input, expected, kinds) => {
    expect(redact(input).text).toBe(expected);
    expect(counts(input)).toEqual(kinds);
    expectSettled(input);
  });
});

describe("DOMAIN\\user, data files and Outlook profiles", () => {
  it.each([
    // User names that hold a file extension's letters are still user names.
    ["Running as ACMECORP\\ann.logan on", "Running as [domain]\\[user] on"],
    ["Running as ACMECORP\\tom.ostrowski on", "Running as [domain]\\[user] on"],
    // A .pst named after the person, after a colon and spaces (padded layout).
    ["opened file: Jane Doe.pst", "opened file: [file].pst"],
    ["opened file:   Jane Doe.pst", "opened file:   [file].pst"],
    ["store=%20%20Jane%20Doe.ost", "store=%20%20[file].ost"],
    // Outlook's default data file stays, %-encoded too.
    ["file:///D:/Mail/Outlook%20Data%20File.pst", "file:///D:/Mail/Outlook%20Data%20File.pst"],
    // Profiles: only Outlook's default names stay, also with a trailing space.
    ["Outlook profile: Outlook \r\nnext", "Outlook profile: Outlook \r\nnext"],
    ["Outlook profile: Outlook Jane", "Outlook profile: [profile]"],
    ["Outlook profile: Jane's Outlook", "Outlook profile: [profile]"],
    ["Outlook profile: Default Jane", "Outlook profile: [profile]"],
  ])("%s", (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });
});

describe("host names and addresses before punctuation", () => {
  it.each([
    ["via proxy01.corp.acmecorp.local... failed", "via [host]... failed"],
    ["see acme.my.salesforce.com... ok", "see [org].my.salesforce.com... ok"],
    ["link-local fe80::1.", "link-local [ip]."],
    ["bound to 2001:db8::.", "bound to [ip]."],
    ["Connecting to 2001:db8::8a2e:370:7334..", "Connecting to [ip].."],
    ["Connecting to 2001:db8::8a2e:370:7334...", "Connecting to [ip]..."],
    // A dotted leader: the run is 64 characters, the longest still read.
    ["Checking fe80::1" + ".".repeat(57) + " OK", "Checking [ip]" + ".".repeat(57) + " OK"],
    // A MAC address, a certificate's SHA-1 fingerprint and a time are no addresses (nor is any piece of them).
    ["adapter 00:1A:2B:3C:4D:5E up", "adapter 00:1A:2B:3C:4D:5E up"],
    [
      "certificate fingerprint AB:CD:EF:12:34:56:78:90:AB:CD:EF:12:34:56:78:90:AB:CD:EF:12 untrusted",
      "certificate fingerprint AB:CD:EF:12:34:56:78:90:AB:CD:EF:12:34:56:78:90:AB:CD:EF:12 untrusted",
    ],
    ["at 15:17:11,290 ok", "at 15:17:11,290 ok"],
  ])("%s", (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });
});

describe("phone numbers", () => {
  it("counts each number in a run", () => {
    expect(redact("reach me at +1 (415) 555-0132 or +45 12 34 56 78")).toEqual({
      text: "reach me at [phone] or [phone]",
      removed: [{ kind: "phone", count: 2 }],
    });
  });

  it("a number glued to a record id is judged the same way on the second pass", () => {
    expectSettled("Call (415) 555-0132-0035g00000ABCDEAAQ");
  });
});
