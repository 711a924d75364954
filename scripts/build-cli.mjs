// Bundles the CLI (src/cli/main.ts) and its scan worker into lib/ with esbuild. Files are written to
// a temporary name and renamed, so parallel builds (jest workers, `prepare`) never see half a file.
import { build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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

mkdirSync(outdir, { recursive: true });
for (const file of result.outputFiles) {
  const tmp = join(outdir, `.${basename(file.path)}.${process.pid}.tmp`);
  writeFileSync(tmp, file.contents);
  renameSync(tmp, file.path);
}
