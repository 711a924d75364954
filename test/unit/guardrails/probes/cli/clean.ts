// Allowed in the CLI: Node and the engine.
import { readFileSync } from "node:fs";
import { MAX_FILE_BYTES } from "../engine";
export const read = (file: string) => readFileSync(file, "utf8").slice(0, MAX_FILE_BYTES);
