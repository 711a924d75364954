// `npm run pack:cli [-- --out DIR]`: the CLI alone as an npm tarball, for `npm install -g` outside the
// checkout. The project's own package.json lists the pane's libraries (React, Fluent UI) as
// dependencies, so installing a plain `npm pack` of the checkout fetches ~90 packages the CLI never
// loads; this package holds the bundled CLI (lib/, with its languages' catalogs in lib/locales/), its
// launcher (bin/) and the README, and depends on nothing. Prints the tarball's path.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const at = process.argv.indexOf("--out");
const out = resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1] : root);

execFileSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { stdio: "inherit" });

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const stage = mkdtempSync(join(tmpdir(), "sfo-doctor-pack-"));
try {
  const catalogs = readdirSync(join(root, "lib/locales")).filter((name) => name.endsWith(".json"));
  for (const file of [
    "bin/sfo-doctor.js",
    "lib/cli.js",
    "lib/scan-worker.js",
    ...catalogs.map((name) => `lib/locales/${name}`),
    "README.md",
  ]) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    copyFileSync(join(root, file), join(stage, file));
  }
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    engines: pkg.engines,
    bin: pkg.bin,
    files: ["bin/", "lib/"],
  };
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(out, { recursive: true });
  // npm's own CLI, run by this Node: no shell, and the same on Windows.
  const npmCli = process.env.npm_execpath && process.env.npm_execpath.endsWith(".js") ? process.env.npm_execpath : null;
  const args = ["pack", "--json", "--pack-destination", out, "--loglevel=error"];
  const json = npmCli
    ? execFileSync(process.execPath, [npmCli, ...args], { cwd: stage, encoding: "utf8" })
    : execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", args, {
        cwd: stage,
        encoding: "utf8",
        shell: process.platform === "win32",
      });
  const [{ filename }] = JSON.parse(json);
  console.log(join(out, filename));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
