// The judgement calls redaction makes (src/engine/redact/judge.ts), pinned at their lines: what is a
// random credential, an OAuth code, a phone number, the org's host, a default mail file, a Windows
// account. Each case is a log line as it reaches `redact` and what the admin would read; a random run
// just over a rule's line goes, one just under it stays, so a rule that drifts shows here.
import { diagnoseFiles } from "../../../src/engine/diagnose";
import { redact } from "../../../src/engine/redact";
import { redactDiagnosis } from "../../../src/engine/redact/diagnosis";

const LINE = "2015-04-24 15:17:11,290 [13152] DEBUG sfdcsession ";
const out = (text: string) => redact(text).text;
const logged = (message: string) => out(LINE + message).slice(LINE.length);

describe("random credentials: the run's length, its three classes and how often they flip", () => {
  // 40 letters and digits, 14 class flips: exactly the 0.35 line. Each of a, z, A, Z, 0, 9 stands alone
  // between two other classes, so reading any of them as something else moves the run under the line.
  const AT_THE_LINE = "mqvtA48zRXWK0hkbnqZ9aJQ736wfyGTSercuhgpd";
  // 29 letters and digits, 10 flips (0.345): just under. Its separators (+ - _ ~) sit between
  // characters they would flip against if they were read as letters or digits.
  const UNDER_THE_LINE = "wqkTnm+pRvc-hhM8c_dukxbbA~5jnrekW";

  it("takes a run with exactly the random share of flips, bare and with its base64 padding", () => {
    expect(logged(`cached credential ${AT_THE_LINE} for sync`)).toBe("cached credential [secret] for sync");
    expect(logged(`cached credential ${AT_THE_LINE}== for sync`)).toBe("cached credential [secret] for sync");
    expect(logged(`cached credential ${AT_THE_LINE}%3D%3D for sync`)).toBe("cached credential [secret] for sync");
  });

  it("takes a random value right after any key's equals sign, as in an OAuth redirect's state= and nonce=", () => {
    expect(logged(`redirect ?state=${AT_THE_LINE}&display=popup`)).toBe("redirect ?state=[secret]&display=popup");
    expect(logged(`id token request nonce=${AT_THE_LINE}== sent`)).toBe("id token request nonce=[secret] sent");
    // The same value after a colon was always taken.
    expect(logged(`nonce: ${AT_THE_LINE}`)).toBe("nonce: [secret]");
  });

  it("keeps a run one flip under the line, also when URL-encoded padding follows it", () => {
    expect(logged(`cached value ${UNDER_THE_LINE} for sync`)).toBe(`cached value ${UNDER_THE_LINE} for sync`);
    expect(logged(`cached value ${UNDER_THE_LINE}%3D%3D for sync`)).toBe(`cached value ${UNDER_THE_LINE}%3D%3D for sync`);
  });

  it("takes a base64url value of the shortest length the rule reads: 32 characters, 28 of them letters and digits", () => {
    const token = "Xk3p-Q9v-L2mN8rT_5wZ1yB7-cF4hJ6g";
    expect(token).toHaveLength(32);
    expect(logged(`state=ok nonce ${token} sent`)).toBe("state=ok nonce [secret] sent");
  });

  it("keeps SFO's own status words glued to the next line's date (a real copy of the seed log)", () => {
    const glued =
      "2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, " +
      "SalesforceCredentialsInvalid2015-04-24 15:21:06,567 [3364] DEBUG general Not running Synchronize:";
    expect(out(glued)).toBe(glued);
  });

  it("keeps the connected app's consumer key (Salesforce's documented example), which names no user", () => {
    const key = "3MVG9lKcPoNINVBIPJjdw1J9LLM82HnFVVX19KY1uA5mu0QqEWhqKpoW3svG3XHrXDiCQjK1mdgAvhCscA9GE";
    const body = `token request {"grant_type":"refresh_token","client_id":"${key}"}`;
    expect(logged(body)).toBe(body);
  });

  it("takes a random run that holds 3MVG9 somewhere else than at its start", () => {
    expect(logged(`cached credential ${AT_THE_LINE.slice(0, 20)}3MVG9${AT_THE_LINE.slice(20)} end`)).toBe("cached credential [secret] end");
  });

  it("keeps long hex digests and letters-only runs: a credential mixes lower case, upper case and digits", () => {
    const kept = [
      "thumbprint 3b8f9c2e7d1a4f60b5c9e8d7a6f5e4d3c2b1a098 ok", // SHA-1, lower-case hex
      "thumbprint 3B8F9C2E7D1A4F60B5C9E8D7A6F5E4D3C2B1A098 ok", // the same in upper case, as certmgr shows it
      "marker qWeRtYuIoPaSdFgHjKlZxCvBnMqWeRtYuIoP ok", // letters only, flipping at every character
    ];
    for (const text of kept) expect(logged(text)).toBe(text);
  });
});

describe("OAuth codes (code=…): 16+ characters after escapes and padding, with lower case, upper case and digits", () => {
  it("takes a code of exactly 16 characters, URL-encoded padding and all", () => {
    expect(logged("redirect /services/oauth2/success?code=aPrxsmIEeqM9PiQr%3D%3D")).toBe("redirect /services/oauth2/success?code=[code]");
    expect(logged('token body {"code":"aPrxsmIEeqM9PiQr=="}')).toBe('token body {"code":"[code]"}');
    // An `=` inside the value counts: only the padding at its end does not.
    expect(logged("redirect /services/oauth2/success?code=aPrxsmI=eqM9PiQr")).toBe("redirect /services/oauth2/success?code=[code]");
  });

  it.each([
    ["a MAPI error code (short)", "code=0x8004010F"],
    ["an upper-case status with digits", "code=HTTP_404_NOT_FOUND"],
    ["a lower-case status with digits", "code=invalid_grant_2015"],
    ["encoded words without digits", "code=Invalid%20Grant%20Type"],
    ["encoded words without capitals", "code=invalid%20grant%202015"],
    ["15 characters and padding", "code=aPrxsmI-eqM9PiQ=="],
    ["a short value whose padding is not the code", "code=aP7=="],
  ])("keeps %s", (_what, text) => {
    expect(logged(`sync failed: ${text} retry`)).toBe(`sync failed: ${text} retry`);
  });
});

describe("phone numbers: the shapes people write, not dates, versions or offsets", () => {
  it.each([
    "(415) 555-0132",
    "(415)555-0132",
    "415-555-0132",
    "415.555.0132",
    "415 555 0132",
    "1-415-555-0132",
    "1.415.555.0132",
    "1 (415) 555-0132",
    "+1 (415) 555-0132",
    "+45 12 34 56 78",
    "+44 (0)20 7946 0958",
    "+500 12345", // 8 digits: the fewest an international number has here
    "+49 30 123456789 12", // 15 digits: the most E.164 allows
  ])("takes %s", (phone) => {
    expect(logged(`Contact call back ${phone} today`)).toBe("Contact call back [phone] today");
  });

  it("keeps Outlook's version in brackets, a clock offset and a signed run longer than any phone number", () => {
    const text = "Outlook (16.0.5266.1000) MSO; clock skew +300 seconds; delta +635655166312900000 ticks";
    expect(logged(text)).toBe(text);
  });

  it("keeps a date next to a number, on either side, and what is glued to the number", () => {
    expect(logged("Contact updated 2015-04-24 415-555-0132")).toBe("Contact updated 2015-04-24 [phone]");
    expect(logged("Contact 415-555-0132 updated 2015-04-24")).toBe("Contact [phone] updated 2015-04-24");
    expect(logged("Contact 415-555-0132 2015-04-24")).toBe("Contact [phone] 2015-04-24");
    expect(logged("Contact +45 12 34 56 78 (1)")).toBe("Contact [phone] (1)");
    expect(logged("Contact ref 7+45 12 34 56 78")).toBe("Contact ref 7[phone]");
  });
});

describe("host names: the org's Salesforce hosts keep their shape, other hosts go, public ones stay", () => {
  it("keeps a Visualforce host's suffix and a Force.com site's domain", () => {
    expect(logged("GET https://acme--c.vf.force.com/apex/x")).toBe("GET https://[org]--c.vf.force.com/apex/x");
    expect(logged("GET https://acme.force.com/x")).toBe("GET https://[org].force.com/x");
  });

  it("keeps nothing of a label that starts with the double hyphen", () => {
    expect(logged("GET https://acme.x.--jdoe.salesforce.com/")).toBe("GET https://[org].[org].[org].salesforce.com/");
  });

  it("takes a two-label internal host", () => {
    expect(logged("proxy fs01.corp refused the connection")).toBe("proxy [host] refused the connection");
  });

  it("takes host names at DNS's limits: a 63-character label, 253 characters in all", () => {
    const label63 = `${"a".repeat(62)}b`;
    expect(logged(`proxy ${label63}.acme.com refused`)).toBe("proxy [host] refused");
    const long = `${[label63, label63, label63].join(".")}.${"c".repeat(57)}.com`;
    expect(long).toHaveLength(253);
    expect(logged(`proxy ${long} refused`)).toBe("proxy [host] refused");
  });

  it("keeps Microsoft's sign-in and mail hosts", () => {
    const text = "via login.microsoftonline.com and outlook.office365.com, not mail.acme.com";
    expect(logged(text)).toBe("via login.microsoftonline.com and outlook.office365.com, not [host]");
  });
});

describe("mail files and Windows accounts", () => {
  it("keeps Outlook's default data file after a colon and space, takes a named one", () => {
    expect(logged("Opening store: Outlook.pst")).toBe("Opening store: Outlook.pst");
    expect(logged("Opening store: Outlook Jane Doe.pst")).toBe("Opening store: [file].pst");
    expect(logged("Opening store C:\\Mail\\Archive Jane Doe.pst")).toBe("Opening store C:\\Mail\\[file].pst");
  });

  it("takes a domain account whose domain only begins or ends like one of Windows' own", () => {
    expect(logged("run as DEVELOPMENT\\jdoe and NTDEV\\jdoe")).toBe("run as [domain]\\[user] and [domain]\\[user]");
    expect(logged("run as NT AUTHORITY\\SYSTEM")).toBe("run as NT AUTHORITY\\SYSTEM");
  });
});

describe("diagnose --json: the side panel's labels are log text too", () => {
  it("redacts an address SFO passed in a side-panel label", () => {
    const log =
      "2015-04-24 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/x/sidepanelcontainer.htm?" +
      "loggedOutLabel=Logged out jane.doe@acme.com&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=<<Unknown Label:loginButton>>\r\n";
    const d = diagnoseFiles([{ path: "AddinTrace.log", bytes: new TextEncoder().encode(log) }]);
    expect(d.sidePanel?.labels.loggedOut).toContain("jane.doe@acme.com");
    const json = JSON.stringify(redactDiagnosis(d).diagnosis);
    expect(json).not.toContain("jane.doe");
    expect(redactDiagnosis(d).diagnosis.sidePanel?.labels.loggedOut).toBe("Logged out [email]");
    expect(redactDiagnosis(d).diagnosis.sidePanel?.detailKey).toBe("oauthPolicy");
  });
});
