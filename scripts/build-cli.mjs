// Bundles the CLI (src/cli/main.ts) and its scan worker into lib/ with esbuild, and writes each
// language's catalog but English (bundled) as lib/locales/<lang>.json, read by src/cli/text.ts when
// that language is asked for. Files are written to a temporary name and renamed, so parallel builds
// (jest workers, `prepare`) never see half a file.
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outdir = join(root, "lib");

// esbuild has already printed what is wrong; a stack trace of the build script would only hide it.
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/main.ts", "scan-worker": "src/cli/scan-worker.ts" },
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  write: false,
  logLevel: "warning",
  define: { SFO_DOCTOR_VERSION: JSON.stringify(version) },
  legalComments: "none",
}).catch(() => process.exit(1));

const writeAtomic = (path, contents) => {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
};

mkdirSync(join(outdir, "locales"), { recursive: true });
for (const file of result.outputFiles) writeAtomic(file.path, file.contents);

// The areas merged in the order of CATALOG_AREAS (src/engine/i18n/languages.ts).
const locales = join(root, "src/engine/i18n/locales");
for (const lang of readdirSync(locales, { withFileTypes: true })) {
  if (!lang.isDirectory() || lang.name === "en") continue;
  const catalog = {};
  for (const area of ["pane", "views", "cli", "org"])
    Object.assign(catalog, JSON.parse(readFileSync(join(locales, lang.name, `${area}.json`), "utf8")));
  writeAtomic(join(outdir, "locales", `${lang.name}.json`), JSON.stringify(catalog));
}
