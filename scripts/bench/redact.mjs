// Redaction speed per MiB at 1, 8 and 64 MiB of real-looking SFO log lines (test/fixtures/redaction/
// real-lines.log repeated: every line carries something to remove), and at 1 and 8 MiB of hostile
// shapes. Linear means MiB/s stays about the same as the input grows. A benchmark, not a test.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bundle = join(root, ".bench", "redact.cjs");
await build({
  stdin: { contents: `export { redact } from "./src/engine/redact";`, resolveDir: root, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: bundle,
  logLevel: "warning",
});
const { redact } = createRequire(import.meta.url)(bundle);
const MiB = 1 << 20;
const lines = readFileSync(join(root, "test/fixtures/redaction/real-lines.log"), "utf8");
const sizes = (process.env.REDACT_MIB ?? "1,8,64").split(",").map(Number);

function measure(label, unit, mib) {
  const text = unit.repeat(Math.ceil((mib * MiB) / unit.length)).slice(0, mib * MiB);
  const t0 = process.hrtime.bigint();
  const r = redact(text);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const removed = r.removed.reduce((n, x) => n + x.count, 0);
  console.log(
    `${label.padEnd(22)} ${String(mib).padStart(3)} MiB  ${s.toFixed(2).padStart(7)} s  ${(mib / s).toFixed(2).padStart(6)} MiB/s  ${removed} removed`,
  );
  return mib / s;
}

const rates = sizes.map((mib) => measure("real-looking lines", lines, mib));
console.log(
  `ratio of MiB/s, ${sizes[sizes.length - 1]} MiB vs ${sizes[0]} MiB: ${(rates[rates.length - 1] / rates[0]).toFixed(2)} (1.00 = linear)`,
);
for (const [label, unit] of [
  ["digits and spaces", "1 "],
  ["DOMAIN\\user shapes", "A\\a "],
  ["capitalised words", "Aa "],
  ["dotted labels", "a.com."],
]) {
  const r1 = measure(label, unit, 1);
  const r8 = measure(label, unit, 8);
  console.log(`  ratio 8 vs 1 MiB: ${(r8 / r1).toFixed(2)}`);
}
