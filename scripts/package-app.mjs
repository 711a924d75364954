#!/usr/bin/env node
// `npm run package`: the app package an admin uploads to the Microsoft 365 admin center (Integrated
// apps): a zip of a built dist/'s manifest.json, its localization files and its two icons, checked
// against the app manifest schema before and after zipping. Usage: node scripts/package-app.mjs [dist]
import { statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { checkAppPackage, readPackage } from "./validate-app-manifest.mjs";

const require = createRequire(import.meta.url);
const AdmZip = require("adm-zip");

export const PACKAGE_NAME = "app-package.zip";

/** Writes <dist>/app-package.zip; returns its path, or throws with the problems found. */
export async function packageApp(dist) {
  const files = readPackage(dist);
  const problems = await checkAppPackage(files);
  if (problems.length)
    throw new Error(`the unified manifest in ${dist} has problems, so no package was written:\n  ${problems.join("\n  ")}`);
  const manifest = JSON.parse(files.get("manifest.json").toString("utf8"));
  const names = [
    "manifest.json",
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
    manifest.icons.color,
    manifest.icons.outline,
  ];
  const zip = new AdmZip();
  for (const name of names) zip.addFile(name, files.get(name));
  const out = join(dist, PACKAGE_NAME);
  writeFileSync(out, zip.toBuffer());
  const again = await checkAppPackage(readPackage(out));
  if (again.length) throw new Error(`${out} does not read back as a valid package:\n  ${again.join("\n  ")}`);
  return out;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const dist = process.argv[2] ?? "dist";
  try {
    const out = await packageApp(dist);
    const manifest = JSON.parse(readPackage(out).get("manifest.json").toString("utf8"));
    console.log(
      `✓ ${relative(process.cwd(), out) || out}: ${statSync(out).size} bytes, version ${manifest.version}, pane ${manifest.extensions[0].runtimes[0].code.page}`,
    );
    console.log("  Upload it in the Microsoft 365 admin center: Settings > Integrated apps > Upload custom apps (docs/DEPLOY.md).");
  } catch (error) {
    console.error(`npm run package: ${error.message}`);
    process.exit(1);
  }
}
