#!/usr/bin/env node
// `npm audit --omit=dev` with high/critical findings failing the run. When the advisory service cannot
// be reached (offline machines, registry mirrors that answer 405), it says so and does not fail.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(run.stdout || "null");
} catch {
  report = null; // npm printed something that is not JSON: treat as "no answer"
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = (report?.error?.summary || run.stderr || "no answer").split("\n").find((l) => l.trim()) ?? "no answer";
  console.log(`audit: the npm advisory service could not be reached from this machine (${why.trim()}); not checked here.`);
  process.exit(0);
}
const bad = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit: production dependencies: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (bad > 0) {
  spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high"], { stdio: "inherit" });
  process.exit(1);
}
