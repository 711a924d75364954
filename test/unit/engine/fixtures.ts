// Reads fixture logs as bytes, the way the CLI and the pane hand them to the engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "..", "fixtures");
export const fixture = (name: string): { path: string; bytes: Uint8Array } => ({
  path: name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, name))),
});
