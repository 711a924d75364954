#!/usr/bin/env node
// `npm run outdated`: which dependencies are behind, with the ones held back on purpose marked. Fails
// when anything else is a major version behind. Needs the npm registry.
import { execFileSync } from "node:child_process";

// Held back on purpose, and why.
const HELD = {
  typescript:
    "the project stays on TypeScript ~5.9; a new major is a deliberate move, checked against typescript-eslint and the type check",
  "@types/node": "tracks the oldest Node line in engines (22), so the types do not promise newer APIs",
  // StrykerJS releases its packages at one version; its jest runner's latest (10.0.0) needs core 10.0.0.
  "@stryker-mutator/core": "pinned to the jest runner's version (@stryker-mutator/jest-runner 10.0.0 requires core 10.0.0)",
  "@stryker-mutator/typescript-checker": "pinned to the jest runner's version (StrykerJS packages move together)",
};

let report;
try {
  report = execFileSync("npm", ["outdated", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
} catch (error) {
  report = error.stdout || "{}"; // npm outdated exits 1 when something is outdated
}
const rows = Object.entries(JSON.parse(report || "{}"));
const major = (v) => Number(String(v ?? "").split(".")[0]);
let behind = 0;
for (const [name, { current, wanted, latest }] of rows) {
  const note = HELD[name] ? `held: ${HELD[name]}` : major(latest) > major(current) ? "MAJOR BEHIND" : "update within range: npm update";
  if (!HELD[name] && major(latest) > major(current)) behind++;
  console.log(
    `${name.padEnd(28)} ${String(current).padEnd(10)} wanted ${String(wanted).padEnd(10)} latest ${String(latest).padEnd(10)} ${note}`,
  );
}
if (!rows.length) console.log("All dependencies are current.");
if (behind) {
  console.error(
    `\n${behind} dependenc${behind === 1 ? "y is" : "ies are"} a major version behind: update, or add to HELD in scripts/outdated.mjs with the reason.`,
  );
  process.exit(1);
}
