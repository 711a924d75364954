// An admin pastes the side-panel URL unquoted: the shell splits it at every space ("Unknown Label",
// "Salesforce for Outlook"), and sfo-doctor receives several words. `panel` must read them as the one
// URL they were, so the answer is the same as for the quoted URL.
import * as fs from "node:fs";
import { runCli, SEED_ADDIN } from "./run-cli";

jest.setTimeout(120_000);

const line = fs.readFileSync(SEED_ADDIN, "utf8").split("\r\n")[0];
const url = line.slice(line.indexOf("file:"));

describe("panel with a URL the shell split at its spaces", () => {
  it("reads the words as one URL: the same labels, detail key and cause as the quoted URL", async () => {
    const words = url.split(" ");
    expect(words.length).toBeGreaterThan(4);
    const quoted = await runCli(["panel", "--json", url]);
    const split = await runCli(["panel", "--json", ...words]);
    expect(split.code).toBe(0);
    expect(JSON.parse(split.stdout)).toEqual(JSON.parse(quoted.stdout));
    expect(JSON.parse(split.stdout)).toMatchObject({ detailKey: "oauthPolicy", cause: "refresh-token-expired" });
  });

  it("says in text that the detail is <<Unknown Label:oauthPolicy>>, with its space", async () => {
    const run = await runCli(["panel", ...url.split(" ")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("<<Unknown Label:oauthPolicy>> (unresolved)");
  });
});
