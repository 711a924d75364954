// Lints every probe under ./probes/<room>/ with the project's eslint.config.mjs as if it sat in
// src/<room>/, and prints {probe: [{ruleId, message}]} as JSON. A child process, because ESLint loads
// its flat config with import(), which jest's module sandbox does not run.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const probes = join(here, "probes");
const eslint = new ESLint({ cwd: root });
const out = {};
for (const room of readdirSync(probes)) {
  for (const name of readdirSync(join(probes, room))) {
    const [result] = await eslint.lintText(readFileSync(join(probes, room, name), "utf8"), { filePath: join(root, "src", room, name) });
    out[`${room}/${name}`] = result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }));
  }
}
process.stdout.write(JSON.stringify(out));
