// Reads fixture logs as bytes, the way the CLI and the pane hand them to the engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "..", "fixtures");
export const fixture = (name: string): { path: string; bytes: Uint8Array } => ({
  path: name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, name))),
});
/** A fixture at the path SFO writes its logs to on a user's computer (reports redact the user's name in it). */
export const userFixture = (name: string): { path: string; bytes: Uint8Array } => ({
  path: `C:\\Users\\jdoe\\AppData\\Roaming\\salesforce.com\\Salesforce for Outlook\\${name.replace("seed-", "")}`,
  bytes: fixture(name).bytes,
});
/** The seed article's logs: SFO's Trace.log and AddinTrace.log of a user the Refresh Token Policy logged out. */
export const seedLogs = (at = fixture): { path: string; bytes: Uint8Array }[] => [at("seed-Trace.log"), at("seed-AddinTrace.log")];
