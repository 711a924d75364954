// The catalog's wordings are found however a log or a redirect URL wrote them: URL-encoded once or twice
// (a URL inside a URL), as JSON with escaped quotes and slashes, with a stray % that is no escape.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose, LogInputError, scanBytes, type Diagnosis } from "../../../src/engine";
import { normaliseText } from "../../../src/engine/causes/match";
import { FIXTURES } from "./fixtures";

const SENTENCE = "You've been logged out of Salesforce based on your organization's security settings";

describe("normaliseText", () => {
  it("undoes URL encoding once and twice, but not three times", () => {
    const once = encodeURIComponent(SENTENCE);
    expect(normaliseText(once)).toBe(normaliseText(SENTENCE));
    expect(normaliseText(encodeURIComponent(once))).toBe(normaliseText(SENTENCE));
    // A third level stays encoded: two passes cover a URL inside a URL.
    expect(normaliseText(encodeURIComponent(encodeURIComponent(once)))).toContain("you've%20been%20logged%20out");
  });

  it("decodes multi-byte UTF-8 runs whole and keeps a % that is no escape", () => {
    expect(normaliseText("caf%C3%A9 100%")).toBe("café100%");
    expect(normaliseText("50%zz")).toBe("50%zz");
  });

  it("straightens curly double quotes, as a reporter typed them around an OAuth error (n8n-io/n8n#21589)", () => {
    const text = readFileSync(join(FIXTURES, "real", "oauth-text-n8n-21589-app-blocked-curly.txt"), "utf8").split("\n")[0];
    expect(normaliseText(text)).toBe('"error""oauth_app_blocked","errordescription""this');
  });

  it("reads JSON's escaped slashes and quotes as written", () => {
    expect(normaliseText('{"url":"https:\\/\\/login.salesforce.com","msg":"say \\"hi\\""}')).toBe(
      '{"url":"https://login.salesforce.com","msg":"say"hi""}',
    );
  });
});

// Salesforce's login page carries the page to open next in `startURL`, encoded once more: a `+` becomes `%2B`,
// a `%20` becomes `%2520`, a `/` becomes `%252F` (https://github.com/salesforcecli/plugin-org/pull/1387,
// https://github.com/atginfo/sfdc-qcp-vscode-extension/issues/48). An OAuth error page's
// `error_description` (as in test/fixtures/real/oauth-redirect-movedata-app-must-be-installed.txt) nested
// there is encoded twice; OAuth providers' `cancel_url` shows the same, e.g. `error_description%3DPermissions%2Berror`.
describe("a wording in a redirect URL, in a Trace.log entry", () => {
  const WORDING = "expired access/refresh token";
  const errorPage = (spaces: "+" | "%20") =>
    `https://example.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_grant&error_description=${encodeURIComponent(WORDING).replace(/%20/g, spaces)}`;
  const inStartUrl = (url: string) => `https://login.salesforce.com/?startURL=${encodeURIComponent(url)}`;
  const logWith = (url: string) =>
    new TextEncoder().encode(
      `2024-03-04 09:00:02,101 [3364] DEBUG general Running Synchronize Status:Connected\r\n2024-03-04 09:08:10,290 [13152] ERROR sfdcsession Exception while refreshing the session:\r\n${url}\r\n`,
    );

  it.each([
    ["once, with +", errorPage("+")],
    ["once, with %20", errorPage("%20")],
    ["twice (inside startURL), with + become %2B", inStartUrl(errorPage("+"))],
    ["twice (inside startURL), with %20 become %2520", inStartUrl(errorPage("%20"))],
  ])("is found URL-encoded %s: both causes the wording names are candidates", (_how, url) => {
    const d = diagnose([scanBytes("Trace.log", logWith(url))]);
    expect(d.candidates.map((c) => c.id).sort()).toEqual(["refresh-token-expired", "token-revoked"]);
  });
});

// SFO's dialog (test/fixtures/real/sfo-dialog-cant-sync-profile-named-outlook.txt, from
// https://help.salesforce.com/s/articleView?id=000383282&language=de&type=1) and the seed's side-panel
// sentence hold apostrophes. Copied from Word, Outlook or a web page they come as typographic ’; a .NET
// program that logs them as JSON writes \u0027 (System.Text.Json escapes ' by design:
// https://github.com/dotnet/runtime/issues/31788).
describe("a wording with an apostrophe, however it is written", () => {
  const DIALOG = readFileSync(join(FIXTURES, "real", "sfo-dialog-cant-sync-profile-named-outlook.txt"), "utf8").trim();
  const SIDE_PANEL = readFileSync(join(FIXTURES, "real", "side-panel-sentence-en.txt"), "utf8").trim();
  const pasted = (text: string): Diagnosis | null => {
    try {
      return diagnose([scanBytes("pasted.txt", new TextEncoder().encode(text))]);
    } catch (e) {
      if (e instanceof LogInputError) return null;
      throw e;
    }
  };

  it.each([
    ["straight apostrophes", DIALOG],
    ["typographic apostrophes (\u2019)", DIALOG.replace(/'/g, "\u2019")],
    ["apostrophes escaped as \\u0027 in a JSON log field", `{"message":"${DIALOG.replace(/'/g, "\\u0027")}"}`],
  ])("SFO's profile dialog written with %s names the Outlook profile mismatch", (_how, text) => {
    expect(pasted(text)?.cause).toBe("outlook-profile-mismatch");
  });

  it.each([
    ["straight apostrophes", SIDE_PANEL],
    ["typographic apostrophes (\u2019)", SIDE_PANEL.replace(/'/g, "\u2019")],
  ])("the side panel's sentence written with %s reads as the Refresh Token Policy's log-out", (_how, text) => {
    const d = pasted(text);
    expect([d?.basis, d?.cause, d?.sidePanel?.detailKey]).toEqual(["symptom", "refresh-token-expired", "oauthPolicy"]);
  });
});
