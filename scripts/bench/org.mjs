// `sfo-doctor org` on a generated Login History download (Setup's CSV: every field quoted, locale dates,
// ~10 % of rows from Salesforce for Outlook, 50,000 users) against `wc -l` on the same file, run side by
// side, once per output format (--json, --csv, text). Budgets: at least 100 MB/s and peak RSS under
// 150 MB in every format, RSS read by /usr/bin/time -v (or process.resourceUsage().maxRSS without it).
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createLogWriter } from "../sfo-log-writer.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const benchDir = join(root, ".bench");
mkdirSync(benchDir, { recursive: true });
const sizeMiB = Number(process.env.BENCH_ORG_MIB ?? 1024);
const csvPath = join(benchDir, `LoginHistory-${sizeMiB}M.csv`);

function generate(path, targetBytes) {
  let seed = 0x9e3779b9;
  // xorshift32: an LCG's low bits cycle too soon to spread 50,000 users.
  const rnd = (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const apps = [
    "Browser",
    "Browser",
    "Browser",
    "Salesforce for Outlook",
    "Salesforce for Android",
    "Salesforce for iOS",
    "Dataloader Partner",
    "Salesforce CLI",
    "Workbench",
  ];
  const statuses = [
    "Success",
    "Success",
    "Success",
    "Success",
    "Success",
    "Success",
    "Success",
    "Success",
    "Invalid Password",
    "Restricted IP",
    "Restricted time",
    "Failed: IP Address Not Allowed",
    "User is frozen",
    "Failed: Client update required",
  ];
  const q = (s) => `"${s}"`;
  const log = createLogWriter(path);
  log.write(
    [
      '"Username"',
      '"Login Time"',
      '"Source IP"',
      '"Location"',
      '"Login Type"',
      '"Status"',
      '"Application"',
      '"Browser"',
      '"Platform"',
      '"Login URL"',
      '"Client Version"',
      '"API Type"',
      '"API Version"',
      '"TLS Protocol"',
      '"Cipher Suite"',
      '"Login Subtype"',
    ].join(",") + "\r\n",
  );
  let t = Date.UTC(2024, 0, 1, 6, 0, 0);
  while (log.size < targetBytes) {
    t += 1000 + rnd(4000);
    const d = new Date(t);
    const h = d.getUTCHours();
    const when = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, "0")}:${String(d.getUTCSeconds()).padStart(2, "0")} ${h < 12 ? "AM" : "PM"} EST`;
    const app = apps[rnd(apps.length)];
    const sfo = app === "Salesforce for Outlook";
    const status = statuses[rnd(statuses.length)];
    log.write(
      [
        q(`user${rnd(50_000)}@example.com`),
        q(when),
        q(`203.0.${rnd(256)}.${rnd(256)}`),
        q("Denmark"),
        q(sfo ? "Remote Access 2.0" : "Application"),
        q(status),
        q(app),
        q(sfo ? "Unknown" : "Chrome 122"),
        q("Windows 10"),
        q("login.salesforce.com"),
        q(sfo ? `2.9.${rnd(4)}` : "N/A"),
        q("N/A"),
        q("N/A"),
        q("TLS 1.2"),
        q("ECDHE-RSA-AES256-GCM-SHA384"),
        q(sfo ? (rnd(20) ? "OAuth Refresh Token" : "OAuth User-Agent") : "N/A"),
      ].join(",") + "\r\n",
    );
  }
  log.close();
}

if (!existsSync(csvPath)) {
  console.log(`generating ${csvPath} …`);
  generate(csvPath, sizeMiB * 1024 * 1024);
}
const bytes = statSync(csvPath).size;
const cliPath = join(root, "bin", "sfo-doctor.js");
const hasTimeV = existsSync("/usr/bin/time") && process.env.BENCH_NO_TIME !== "1";
const rssPreload = join(benchDir, "max-rss.cjs");
writeFileSync(
  rssPreload,
  `process.on("exit", () => require("node:fs").writeSync(2, "maxRSS-kB: " + process.resourceUsage().maxRSS + "\\n"));\n`,
);

function run(args, out) {
  const outFd = openSync(join(benchDir, out), "w");
  const full = hasTimeV
    ? ["/usr/bin/time", "-v", ...args]
    : args[0] === process.execPath
      ? [args[0], "-r", rssPreload, ...args.slice(1)]
      : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { stdio: ["ignore", outFd, "pipe"], encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(outFd);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "") ?? /maxRSS-kB: (\d+)/.exec(r.stderr ?? "");
  return { ms, rssMB: rss ? Number(rss[1]) / 1024 : 0, status: r.status, stderr: r.stderr };
}

const wc = ["wc", "-l", csvPath];
// Every output format: --json and --csv stream their output, the text view is written as it is built.
const formats = [
  { name: "--json", args: ["--json"], out: "org.json.out" },
  { name: "--csv", args: ["--csv"], out: "org.csv.out" },
  { name: "text", args: [], out: "org.txt.out" },
];
run(wc, "wc.out"); // warm the page cache
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const wcTimes = [];
for (const f of formats) {
  f.times = [];
  f.peak = 0;
}
for (let k = 0; k < rounds; k++) {
  wcTimes.push(run(wc, "wc.out").ms);
  for (const f of formats) {
    const d = run([process.execPath, cliPath, "org", ...f.args, csvPath], f.out);
    if (d.status !== 0) {
      console.error(d.stderr);
      process.exit(1);
    }
    f.times.push(d.ms);
    f.peak = Math.max(f.peak, d.rssMB);
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const w = median(wcTimes);
const mbps = (ms) => bytes / 1e6 / (ms / 1000);
const report = JSON.parse(readFileSync(join(benchDir, "org.json.out"), "utf8"));
const file = report.files[0];
const csvRows = readFileSync(join(benchDir, "org.csv.out"), "utf8").split("\r\n").length - 2;
console.log(
  `file:        ${csvPath} (${(bytes / 1048576).toFixed(0)} MiB, ${readFileSync(join(benchDir, "wc.out"), "utf8").trim().split(" ")[0]} lines)`,
);
console.log(
  `read:        ${file.rows} rows, ${file.sfoRows} SFO rows, ${report.summary.users} users (${csvRows} CSV rows), ${file.unreadable.count} unreadable`,
);
console.log(`wc -l:       ${w.toFixed(0)} ms, ${mbps(w).toFixed(0)} MB/s (median of ${rounds})`);
const how = hasTimeV ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS";
let failed = csvRows !== report.summary.users;
if (failed) console.log(`FAIL: --csv has ${csvRows} user rows, --json ${report.summary.users} users`);
for (const f of formats) {
  const d = median(f.times);
  const fast = mbps(d) >= 100;
  const flat = f.peak > 0 && f.peak < 150;
  if (!fast || !flat) failed = true;
  console.log(
    `sfo-doctor org ${f.name.padEnd(6)}  ${d.toFixed(0)} ms, ${mbps(d).toFixed(0)} MB/s, ${(d / w).toFixed(1)}x wc -l's time  ${fast ? "PASS" : "FAIL"} (budget 100 MB/s); ` +
      `peak RSS ${f.peak.toFixed(0)} MB  ${flat ? "PASS" : "FAIL"} (budget 150 MB; ${how})`,
  );
}
if (failed) process.exit(1);
