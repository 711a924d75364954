// What panel and report print, line by line, and how the CLI picks its language and shows hostile text.
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, SEED_ADDIN, SEED_TRACE, tempDir, writeTree } from "./run-cli";

jest.setTimeout(60_000);

const seedUrlLine = fs.readFileSync(SEED_ADDIN, "utf8").split("\r\n")[0];
const seedUrl = seedUrlLine.slice(seedUrlLine.indexOf("file:"));
const panelUrl = (labels: string) => `${seedUrl.slice(0, seedUrl.indexOf("?"))}?${labels}`;

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("sfo-doctor panel output", () => {
  it("starts with the side panel's labels, and with the line it came from when read from a log, then a blank line", async () => {
    expect((await runCli(["panel", seedUrl])).stdout.split("\n")[0]).toBe("Side panel:");
    const lines = (await runCli(["panel", SEED_ADDIN])).stdout.split("\n");
    expect(lines[0]).toBe(`From ${SEED_ADDIN}:1, the most recent of 1 NavigateTo line in it.`);
    expect(lines[1]).toBe("");
    expect(lines[2]).toBe("Side panel:");
  });

  it("reads a URL pasted with spaces and a line break around it", async () => {
    const run = await runCli(["panel", "--json", `  ${seedUrl}\r\n`]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ detailKey: "oauthPolicy", labels: { button: "<<Unknown Label:loginButton>>" } });
  });

  it("quotes what it could not read without the spaces around it", async () => {
    const run = await runCli(["panel", "  no url here \n"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^sfo-doctor: "no url here" is not a side-panel URL/);
  });

  it("uses the most recent NavigateTo line that is a side-panel URL, not a later NavigateTo that failed", async () => {
    const file = path.join(dir, "AddinTrace.log");
    fs.writeFileSync(
      file,
      [
        seedUrlLine,
        "2015-04-24 15:19:00,001 [4816] ERROR adxsidepanel NavigateTo failed: The remote name could not be resolved: 'login.salesforce.com'",
        `2015-04-24 15:19:01,001 [4816] DEBUG adxsidepanel Loaded ${panelUrl("loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:tokenRevoked>>")}`,
        "",
      ].join("\r\n"),
    );
    const run = await runCli(["panel", "--json", file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ detailKey: "oauthPolicy", source: { file, line: 1, navigateToLines: 1 } });
  });

  it("names no cause for a detail key it does not know, nor for a panel without a detail", async () => {
    const unknown = await runCli([
      "panel",
      "--json",
      panelUrl("loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:brandNew>>"),
    ]);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ detailKey: "brandNew", cause: null });
    expect(
      (await runCli(["panel", panelUrl("loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:brandNew>>")]))
        .stdout,
    ).toContain("Detail key brandNew is not one sfo-doctor knows.");
    const none = await runCli(["panel", "--json", panelUrl("loggedOutLabel=<<Unknown Label:loggedOut>>")]);
    expect(JSON.parse(none.stdout)).toMatchObject({ detailKey: null, cause: null });
  });

  it("calls the resolved wording of a simulator's key simulated, not documented", async () => {
    const out = (await runCli(["panel", seedUrl.replace("<<Unknown Label:oauthPolicy>>", "<<Unknown Label:tokenRevoked>>")])).stdout;
    expect(out).toContain("If the labels resolved (en_US), they would read roughly as below. This is sfo-doctor's simulated wording");
    expect(out).not.toContain("documented sentence");
  });

  it("resolves only the labels that carry a key, and says nothing of resolving when none does", async () => {
    const someKeyed = (await runCli(["panel", panelUrl("loggedOutLabel=<<Unknown Label:loggedOut>>&buttonLabel=Press+here")])).stdout;
    const resolved = someKeyed.slice(someKeyed.indexOf("If the labels resolved"));
    expect(resolved).toMatch(/^If the labels resolved[^\n]*\n {2}message \(loggedOutLabel\): You've been logged out of Salesforce\n$/);

    const none = await runCli(["panel", panelUrl("loggedOutLabel=Not+now&buttonLabel=Press+here")]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("Side panel:");
    expect(none.stdout).not.toContain("If the labels resolved");
  });
});

describe("sfo-doctor report output", () => {
  it("starts with the subject when no --to is given, and keeps the body's lines, ending in one newline", async () => {
    const run = await runCli(["report", SEED_TRACE]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "Subject: Salesforce for Outlook keeps logging me out: The Refresh Token Policy expired Salesforce for Outlook's sign-in",
    );
    expect(lines[1]).toBe("");
    expect(lines[2]).toBe("Hello,");
    expect(lines.length).toBeGreaterThan(10);
    expect(run.stdout).not.toContain("\uFFFD");
    expect(run.stdout).toMatch(/nothing was sent anywhere by the tool\.\n$/);
  });

  it("says on stderr when there was no personal data to remove", async () => {
    expect((await runCli(["report", SEED_TRACE])).stderr).toBe("sfo-doctor: redacted: no personal data was found to remove.\n");
  });

  it("lists on stderr each kind it removed with its count, separated by commas", async () => {
    writeTree(dir, {
      "planted/Trace.log":
        fs.readFileSync(SEED_TRACE, "utf8") +
        "2015-04-24 15:22:00,001 [3364] ERROR sfdcsession LogOn failed with exception - token validity expired for jane.doe@example.com at C:\\Users\\jdoe\\AppData\\Roaming\\salesforce.com\r\n",
    });
    const run = await runCli(["report", path.join(dir, "planted")]);
    expect(run.stderr).toBe("sfo-doctor: redacted before sharing: 1 × email address(es), 1 × Windows user name(s).\n");
  });
});

describe("sfo-doctor's language and its showing of hostile text", () => {
  it("speaks the language of LC_MESSAGES, and LC_ALL over both it and LANG", async () => {
    expect((await runCli(["diagnose", SEED_TRACE], { env: { LC_MESSAGES: "da_DK.UTF-8" } })).stdout).toContain("Status: logget ud");
    const de = (await runCli(["diagnose", SEED_TRACE], { env: { LC_ALL: "de_DE.UTF-8", LC_MESSAGES: "da_DK.UTF-8", LANG: "da_DK.UTF-8" } }))
      .stdout;
    expect(de).not.toContain("Status: logget ud");
    expect(de).not.toContain("Status: logged out");
    expect(de).toMatch(/^Status: /m);
  });

  it("prints a tab as a space and a control character as the replacement sign", async () => {
    const run = await runCli(["panel", "a\tb\u001b[2Jc"]);
    expect(run.stderr).toMatch(/^sfo-doctor: "a b\uFFFD\[2Jc" is not a side-panel URL/);
  });

  it("shows text of exactly the width whole, and cuts longer text with an ellipsis", async () => {
    expect((await runCli(["panel", "b".repeat(80)])).stderr).toContain(`"${"b".repeat(80)}" is not`);
    expect((await runCli(["panel", "b".repeat(81)])).stderr).toContain(`"${"b".repeat(79)}…" is not`);
  });
});
