// The engine's reader on candidate-dense input: a 100 MiB Trace.log made only of sync status lines
// (every line is an anchor hit), plus one refresh-token failure at the end. Figures for the Node Buffer
// path (the CLI) and the plain-Uint8Array path (what the pane's worker gets), side by side.
// A benchmark, not a test: it exits 1 when the target fails so that a person notices.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { collapsed, createLogWriter, padded } from "../sfo-log-writer.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const benchDir = join(root, ".bench");
mkdirSync(benchDir, { recursive: true });
const sizeMiB = Number(process.env.DENSE_MIB ?? 100);
const logPath = join(benchDir, `dense-${sizeMiB}M.log`);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_MIBS = 60;
const CHUNK = 1 << 20;

function generate(path, targetBytes) {
  const log = createLogWriter(path);
  let t = Date.UTC(2024, 0, 8, 8, 0, 0);
  let i = 0;
  while (log.size < targetBytes - 4096) {
    // Both SFO layouts, switching every 4096 lines.
    log.write(((i++ >> 12) % 2 ? padded : collapsed)(t, 3364, "DEBUG", "general", "Running Synchronize Status:Connected"));
    t += 1000;
  }
  log.write(padded(t + 60_000, 13152, "ERROR", "sfdcsession", "LogOn failed with exception - token validity expired"));
  log.write(
    padded(t + 61_500, 3604, "DEBUG", "general", "Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid"),
  );
  log.close();
}

if (!existsSync(logPath)) {
  console.log(`generating ${logPath} …`);
  generate(logPath, sizeMiB * 1024 * 1024);
}

const bundle = join(benchDir, "engine-dense.cjs");
await build({
  stdin: { contents: `export { scanBytes, diagnose } from "./src/engine";`, resolveDir: root, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: bundle,
  logLevel: "warning",
});
const { scanBytes, diagnose } = createRequire(import.meta.url)(bundle);

const nodeBytes = readFileSync(logPath);
// A plain Uint8Array over the same memory: Uint8Array.prototype methods only, as in the browser worker.
const plainBytes = new Uint8Array(nodeBytes.buffer, nodeBytes.byteOffset, nodeBytes.length);
const mib = nodeBytes.length / 1048576;

function measure(bytes) {
  const times = [];
  let scanned;
  for (let k = 0; k < rounds; k++) {
    const t0 = process.hrtime.bigint();
    scanned = scanBytes("Trace.log", bytes, CHUNK);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const ms = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return { ms, mibs: mib / (ms / 1000), scanned };
}

const node = measure(nodeBytes);
const plain = measure(plainBytes);
const d = diagnose([node.scanned]);
const same = JSON.stringify(node.scanned) === JSON.stringify(plain.scanned);
const pass = (r) => (r.mibs >= TARGET_MIBS ? "PASS" : "FAIL");
console.log(
  `file:          ${logPath} (${mib.toFixed(0)} MiB, ${node.scanned.summary.entries} entries, ${node.scanned.entries.length} kept)`,
);
console.log(
  `Buffer:        ${node.ms.toFixed(0)} ms  ${node.mibs.toFixed(1)} MiB/s  ${pass(node)} (target ≥ ${TARGET_MIBS} MiB/s, median of ${rounds})`,
);
console.log(
  `Uint8Array:    ${plain.ms.toFixed(0)} ms  ${plain.mibs.toFixed(1)} MiB/s  ${pass(plain)} (target ≥ ${TARGET_MIBS} MiB/s, median of ${rounds})`,
);
console.log(`same result:   ${same ? "yes" : "NO"}; diagnosis: status ${d.status}, cause ${d.cause}, policy ${d.policy}`);
if (!same || d.cause !== "refresh-token-expired" || node.mibs < TARGET_MIBS || plain.mibs < TARGET_MIBS) process.exit(1);
