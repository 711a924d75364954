// Proves that `sfo-doctor` runs outside the checkout as README says: packs the CLI (scripts/pack-cli.mjs),
// installs the tarball with `npm install -g --prefix <temp>` (offline: it depends on nothing), then runs
// the installed `sfo-doctor --help`, `--version`, `org` on a Setup-shaped Login History CSV and
// `diagnose --lang da` (a language read from lib/locales/) from a folder outside the checkout. Exits 1 with the reason when any step fails. Called by .ci/run.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "sfo-doctor-install-"));
const fail = (why) => {
  console.error(`check-cli-install: ${why}`);
  process.exitCode = 1;
};
const npm = (args, cwd) =>
  spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { cwd, encoding: "utf8", shell: process.platform === "win32" });

try {
  const started = Date.now();
  const tarball = execFileSync(process.execPath, [join(root, "scripts/pack-cli.mjs"), "--out", work], { encoding: "utf8" })
    .trim()
    .split("\n")
    .pop();
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
  // Every language's catalog but English (bundled in cli.js) is a file of its own, read when asked for.
  const catalogs = readdirSync(join(root, "src/engine/i18n/locales"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "en")
    .map((d) => `package/lib/locales/${d.name}.json`);
  const expected = [
    "package/README.md",
    "package/bin/sfo-doctor.js",
    "package/lib/cli.js",
    ...catalogs,
    "package/lib/scan-worker.js",
    "package/package.json",
  ].sort();
  if (listing.join() !== expected.join()) fail(`the tarball holds ${listing.join(", ")}; expected ${expected.join(", ")}`);

  const prefix = join(work, "prefix");
  const install = npm(["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", tarball], work);
  if (install.status !== 0) fail(`npm install -g failed:\n${install.stderr}`);
  if (/npm (warn|WARN)/.test(install.stderr)) fail(`npm install -g printed warnings:\n${install.stderr}`);

  const bin = process.platform === "win32" ? join(prefix, "sfo-doctor.cmd") : join(prefix, "bin", "sfo-doctor");
  if (!existsSync(bin)) fail(`no ${bin} after the install`);
  const outside = join(work, "exports");
  execFileSync(process.execPath, ["-e", `require("fs").mkdirSync(${JSON.stringify(outside)})`]);
  copyFileSync(join(root, "test/fixtures/org/login-history-setup.csv"), join(outside, "LoginHistory.csv"));
  copyFileSync(join(root, "test/fixtures/seed-Trace.log"), join(outside, "Trace.log"));
  const run = (args) =>
    spawnSync(bin, args, {
      cwd: outside,
      encoding: "utf8",
      shell: process.platform === "win32",
      env: { ...process.env, LANG: "C", LC_ALL: "" },
    });

  const help = run(["--help"]);
  if (help.status !== 0 || !help.stdout.includes("usage: sfo-doctor org"))
    fail(`sfo-doctor --help: exit ${help.status}\n${help.stdout}${help.stderr}`);
  const ver = run(["--version"]);
  if (ver.stdout.trim() !== version) fail(`sfo-doctor --version printed ${JSON.stringify(ver.stdout)}, expected ${version}`);
  const org = run(["org", "LoginHistory.csv"]);
  if (
    org.status !== 0 ||
    !/ivan\.sand@example\.com\n {2}latest: Password lockout, 2024-03-13 17:01:40 UTC \(failing now\)\n {2}user-auth-failure/.test(
      org.stdout,
    )
  ) {
    fail(`sfo-doctor org LoginHistory.csv: exit ${org.status}\n${org.stdout}${org.stderr}`);
  }
  // Danish comes from the installed lib/locales/da.json (the bundle carries English only).
  const daTitle = JSON.parse(readFileSync(join(root, "src/engine/i18n/locales/da/pane.json"), "utf8"))["cause.refresh-token-expired.title"];
  const da = run(["diagnose", "--lang", "da", "Trace.log"]);
  if (da.status !== 0 || !daTitle || !da.stdout.includes(daTitle))
    fail(`sfo-doctor diagnose --lang da Trace.log: exit ${da.status}\n${da.stdout}${da.stderr}`);
  if (!process.exitCode) {
    console.log(
      `check-cli-install: packed ${tarball.split(/[\\/]/).pop()} (${listing.length} files), installed with npm install -g --prefix, ran --help, --version, org and diagnose in Danish from outside the checkout (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
