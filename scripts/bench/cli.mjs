// `sfo-doctor diagnose` against `LC_ALL=C grep -c -i -E` over the same anchors (both fold case) on a generated 512 MiB
// Trace.log with one failure near the end and recovered sign-in errors in the public wordings along the
// way (a .NET exception with its stack, an OAuth JSON body, a URL-encoded redirect, a wrapped message).
// Budgets: at most 1.0x grep's time over the same anchors, measured side by side; peak RSS < 100 MB.
import { existsSync, mkdirSync, openSync, closeSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { collapsed, createLogWriter, padded } from "../sfo-log-writer.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const benchDir = join(root, ".bench");
mkdirSync(benchDir, { recursive: true });
const sizeMiB = Number(process.env.BENCH_MIB ?? 512);
const logPath = join(benchDir, `Trace-${sizeMiB}M-v2.log`);

// --- a realistic Trace.log: sync-engine DEBUG noise, both layouts, a sync every 10 simulated minutes
function generate(path, targetBytes) {
  let t = Date.UTC(2024, 0, 8, 8, 0, 0);
  let seed = 42;
  const rnd = (n) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const loggers = ["SyncEngine", "ContactSync", "CalendarSync", "TaskSync", "EmailAddin", "general", "OutlookItems", "ChangeTracker"];
  const noise = [
    (i) => `Processing Outlook item ${i} of 250, EntryID 00000000A1B2C3D4E5F6${(i * 7919).toString(16).padStart(8, "0")}`,
    (i) => `Comparing record 003${(i * 104729).toString(36).padStart(12, "0")} with Outlook contact, fields changed: 0`,
    (i) => `Change tracker found ${i % 17} modified items in folder Calendar since last run`,
    (i) => `Item ${i} skipped: matches sync filter exclusion (category Personal)`,
    (i) => `Saved sync state for folder Contacts, checkpoint ${i * 31}`,
    (i) => `Request completed in ${i % 900} ms, ${i % 4096} bytes received`,
  ];
  const log = createLogWriter(path);
  const tailBytes = 200_000;
  // Recovered sign-in errors, each followed by healthy sync lines: the reader must find them anywhere in an entry.
  const planted = [
    [
      "ERROR",
      "sfdcsession",
      "Exception while refreshing the session:",
      [
        "System.Net.WebException: The remote server returned an error: (407) Proxy Authentication Required.",
        "   at System.Net.HttpWebRequest.GetResponse()",
        "   bij Salesforce.Outlook.Session.Refresh()",
      ],
    ],
    [
      "ERROR",
      "sfdcsession",
      'OAuth token request failed: {"error":"invalid_grant","error_description":"ip restricted or invalid login hours"}',
      [],
    ],
    [
      "WARN",
      "adxsidepanel",
      "Redirect: https://login.salesforce.com/services/oauth2/success#error=invalid_grant&error_description=expired+access%2Frefresh+token",
      [],
    ],
    [
      "ERROR",
      "sfdcsession",
      "System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a",
      ["send. ---> System.IO.IOException: Authentication failed", "   at System.Net.TlsStream.EndWrite(IAsyncResult asyncResult)"],
    ],
  ];
  let i = 0;
  let plantedAt = 0;
  while (log.size < targetBytes - tailBytes) {
    if (log.size > (plantedAt + 1) * (targetBytes / (planted.length + 1)) && plantedAt < planted.length) {
      const [level, logger, msg, more] = planted[plantedAt++];
      log.write(collapsed(t, 13152, level, logger, msg));
      for (const line of more) log.write(line + "\r\n");
    }
    const layout = (i >> 12) % 2 ? padded : collapsed;
    log.write(layout(t, 3364, "DEBUG", "general", "Running Synchronize Status:Connected"));
    const n = 150 + rnd(100);
    for (let k = 0; k < n; k++) {
      i++;
      log.write(
        layout(t + k * 2000, 1000 + rnd(9000), rnd(10) ? "DEBUG" : "INFO", loggers[rnd(loggers.length)], noise[rnd(noise.length)](i)),
      );
    }
    t += 10 * 60_000;
  }
  // The failure near the end, then SFO staying logged out with the usual noise around it.
  log.write(padded(t, 13152, "ERROR", "sfdcsession", "LogOn failed with exception - token validity expired"));
  log.write(
    padded(t + 1500, 3604, "DEBUG", "general", "Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid"),
  );
  while (log.size < targetBytes) {
    t += 10 * 60_000;
    log.write(
      collapsed(
        t,
        3364,
        "DEBUG",
        "general",
        "Not running Synchronize: cannot sync now Status:SalesforceNotConnected, SalesforceCredentialsInvalid",
      ),
    );
    for (let k = 0; k < 200; k++)
      log.write(collapsed(t + k * 1000, 1000 + rnd(9000), "DEBUG", loggers[rnd(loggers.length)], noise[rnd(noise.length)](++i)));
  }
  log.close();
}

if (!existsSync(logPath)) {
  console.log(`generating ${logPath} …`);
  generate(logPath, sizeMiB * 1024 * 1024);
}

// --- the doctor: the real CLI when it works, else a small bundle of the engine
const signatureBundle = join(benchDir, "anchors.cjs");
await build({
  stdin: { contents: `export { CANDIDATE_ANCHORS } from "./src/engine/log/scanner";`, resolveDir: root, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: signatureBundle,
  logLevel: "warning",
});
const { createRequire } = await import("node:module");
const { CANDIDATE_ANCHORS } = createRequire(import.meta.url)(signatureBundle);

let doctorCmd;
const cliPath = join(root, "bin", "sfo-doctor.js");
const probe = existsSync(cliPath)
  ? spawnSync(process.execPath, [cliPath, "diagnose", "--json", join(root, "test/fixtures/seed-Trace.log")], { encoding: "utf8" })
  : null;
if (probe && probe.stdout && /"status"/.test(probe.stdout)) {
  doctorCmd = [process.execPath, cliPath, "diagnose", "--json", logPath];
  console.log("doctor: node bin/sfo-doctor.js diagnose --json");
} else {
  const entry = join(benchDir, "engine-diagnose.cjs");
  await build({
    stdin: {
      contents: `
        import { createReadStream } from "node:fs";
        import { LogScanner, diagnose } from "./src/engine";
        const scanners = [];
        (async () => {
          for (const p of process.argv.slice(2)) {
            const s = new LogScanner(p);
            for await (const c of createReadStream(p, { highWaterMark: 1 << 20 })) s.push(c);
            scanners.push(s.end());
          }
          process.stdout.write(JSON.stringify(diagnose(scanners)) + "\\n");
        })();`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: entry,
    logLevel: "warning",
  });
  doctorCmd = [process.execPath, entry, logPath];
  console.log("doctor: engine bundle (bin/sfo-doctor.js not usable yet)");
}

// --- timing
const escapeEre = (s) => s.replace(/[.[\]()*+?{}|^$\\]/g, "\\$&");
const pattern = CANDIDATE_ANCHORS.map(escapeEre).join("|");
const grepOut = join(benchDir, "grep.out");
const hasTimeV = existsSync("/usr/bin/time") && process.env.BENCH_NO_TIME !== "1";
const rssPreload = join(benchDir, "max-rss.cjs");
writeFileSync(
  rssPreload,
  `process.on("exit", () => require("node:fs").writeSync(2, "maxRSS-kB: " + process.resourceUsage().maxRSS + "\\n"));\n`,
);

function run(cmd, env) {
  const outFd = openSync(cmd === "grep" ? grepOut : join(benchDir, "doctor.out"), "w");
  // -i: the doctor's anchor search folds case, so grep does the same search (the anchors are lower case).
  const args = cmd === "grep" ? ["grep", "-c", "-i", "-E", pattern, logPath] : doctorCmd;
  // Without GNU time, a preload in the doctor's own process reports its maxRSS on exit.
  const full = hasTimeV ? ["/usr/bin/time", "-v", ...args] : cmd === "grep" ? args : [args[0], "-r", rssPreload, ...args.slice(1)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { stdio: ["ignore", outFd, "pipe"], env: { ...process.env, ...env }, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(outFd);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "") ?? /maxRSS-kB: (\d+)/.exec(r.stderr ?? "");
  // CPU time (user + system, all threads) as well: on a loaded machine it moves far less than wall time.
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? "");
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? "");
  const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null;
  return { ms, cpuMs, rssMB: rss ? Number(rss[1]) / 1024 : null, status: r.status, stderr: r.stderr };
}

run("grep", { LC_ALL: "C" }); // warm the page cache
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const grepTimes = [];
const doctorTimes = [];
const grepCpu = [];
const doctorCpu = [];
let peak = 0;
for (let k = 0; k < rounds; k++) {
  const gr = run("grep", { LC_ALL: "C" });
  grepTimes.push(gr.ms);
  if (gr.cpuMs !== null) grepCpu.push(gr.cpuMs);
  const d = run("doctor");
  if (d.status !== 0) {
    console.error(d.stderr);
    process.exit(1);
  }
  doctorTimes.push(d.ms);
  if (d.cpuMs !== null) doctorCpu.push(d.cpuMs);
  peak = Math.max(peak, d.rssMB ?? 0);
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const g = median(grepTimes);
const d = median(doctorTimes);
const ratio = d / g;
const { readFileSync } = await import("node:fs");
const result = JSON.parse(readFileSync(join(benchDir, "doctor.out"), "utf8"));
console.log(`file:        ${logPath} (${(statSync(logPath).size / 1048576).toFixed(0)} MiB, ${CANDIDATE_ANCHORS.length} signatures)`);
console.log(`grep -ciE:   ${g.toFixed(0)} ms (median of ${rounds}; matches ${readFileSync(grepOut, "utf8").trim()})`);
console.log(`sfo-doctor:  ${d.toFixed(0)} ms (median of ${rounds}; status ${result.status}, cause ${result.cause})`);
console.log(`ratio:       ${ratio.toFixed(2)}x  ${ratio <= 1 ? "PASS" : "FAIL"} (budget 1.0x)`);
const cpuRatio = grepCpu.length && doctorCpu.length ? median(doctorCpu) / median(grepCpu) : null;
if (cpuRatio !== null)
  console.log(
    `CPU time:    grep ${median(grepCpu).toFixed(0)} ms, sfo-doctor ${median(doctorCpu).toFixed(0)} ms (medians, user + system): ${cpuRatio.toFixed(2)}x (for comparing changes on a busy machine; the budget is wall time)`,
  );
console.log(
  `peak RSS:    ${peak.toFixed(0)} MB (${hasTimeV ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS"})  ${peak > 0 && peak < 100 ? "PASS" : "FAIL"} (budget 100 MB)`,
);
console.log(`episodes:    ${result.episodes.length} (${result.episodes.map((e) => e.cause).join(", ")})`);
writeFileSync(
  join(benchDir, "cli-result.json"),
  JSON.stringify(
    {
      file: logPath,
      grepMs: g,
      doctorMs: d,
      ratio,
      grepCpuMs: grepCpu.length ? median(grepCpu) : null,
      doctorCpuMs: doctorCpu.length ? median(doctorCpu) : null,
      cpuRatio,
      peakRssMB: peak,
    },
    null,
    2,
  ),
);
if (ratio > 1 || peak >= 100 || peak === 0 || result.cause !== "refresh-token-expired" || result.episodes.length < planted_count())
  process.exit(1);
function planted_count() {
  return 5; // four recovered sign-in errors and the final log-out
}
