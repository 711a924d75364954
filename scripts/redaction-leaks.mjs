// Measures what `sfo-doctor report` lets through: plants each kind of test/fixtures/redaction/kinds.json,
// in turn, into the seed's evidence line (and once all together on continuation lines), runs the built
// CLI, and counts the kinds whose secrets appear in the report. Usage: node scripts/redaction-leaks.mjs [bin/sfo-doctor.js]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = process.argv[2] ?? join(root, "bin", "sfo-doctor.js");
const { kinds } = JSON.parse(readFileSync(join(root, "test/fixtures/redaction/kinds.json"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "sfo-leaks-"));

const log = (failure, continuation = []) =>
  [
    `2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired ${failure}`,
    ...continuation,
    "2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
    "",
  ].join("\r\n");

function report(text) {
  const file = join(dir, "Trace.log");
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [cli, "report", file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`sfo-doctor report failed: ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr.trim() };
}
const leaked = (out, k) => k.secrets.filter((s) => out.includes(s));

let leaks = 0;
for (const k of kinds) {
  const found = leaked(report(log(k.text)).stdout, k);
  if (found.length) leaks++;
  console.log(`${found.length ? "LEAK" : "ok  "} ${k.kind.padEnd(22)} ${found.join(" | ")}`);
}
const together = report(
  log(
    "see below",
    kinds.map((k) => `   ${k.text}`),
  ),
);
const togetherLeaks = kinds.filter((k) => leaked(together.stdout, k).length).map((k) => k.kind);
console.log(
  `\nkinds tried: ${kinds.length}, leaked one at a time: ${leaks}, leaked all together: ${togetherLeaks.length}${togetherLeaks.length ? ` (${togetherLeaks.join(", ")})` : ""}`,
);
console.log(`stderr: ${together.stderr}`);
rmSync(dir, { recursive: true, force: true });
