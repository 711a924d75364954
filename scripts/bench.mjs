// Runs every scripts/bench/*.mjs in name order, each in its own process, and prints their figures.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "bench");
const benches = readdirSync(dir)
  .filter((f) => f.endsWith(".mjs"))
  .sort();
let failed = 0;
for (const b of benches) {
  console.log(`\n== bench: ${b}`);
  const r = spawnSync(process.execPath, [join(dir, b), ...process.argv.slice(2)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
console.log(`\n${benches.length} bench file(s), ${failed} failed`);
process.exit(failed ? 1 : 0);
