#!/usr/bin/env node
// Offline checks of the unified manifest (manifest.json) and its app package against the JSON schema
// that ships in @microsoft/app-manifest (schema version SCHEMA_VERSION, package version pinned), plus what the schema leaves
// to prose: the icons' pixel sizes, the localization files it names. Usage:
//   node scripts/validate-app-manifest.mjs dist            a built dist/ (manifest.json beside its files)
//   node scripts/validate-app-manifest.mjs app.zip         an app package
//   node scripts/validate-app-manifest.mjs --from manifest.xml   built in memory from the XML manifest
// --json prints the problems as a JSON array (for tests).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const Ajv04 = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const AdmZip = require("adm-zip");
const { buildUnifiedManifest, SCHEMA_VERSION, SCHEMA_DIR, ICONS } = require("./unified-manifest.js");

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
// The schemas are draft-04, compiled the way @microsoft/app-manifest's own validator compiles them,
// except that regular expressions are not compiled in Unicode mode: the localization schema's key
// patterns use \b] which Unicode mode rejects.
const validators = new Map();
function validatorFor(name) {
  if (!validators.has(name)) {
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    validators.set(name, ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, name), "utf8"))));
  }
  return validators.get(name);
}
/** Schema errors as "path: message", one per error; [] when valid. */
function schemaErrors(value, name) {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return validate.errors.map(
    (e) => `${e.instancePath || "/"} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`,
  );
}

/** The package's files (name -> bytes) from a folder, a zip, or built from an XML manifest. */
export function readPackage(target, { fromXml = false } = {}) {
  const files = new Map();
  if (fromXml) {
    for (const [name, json] of Object.entries(buildUnifiedManifest(readFileSync(target, "utf8"))))
      files.set(name, Buffer.from(JSON.stringify(json, null, 2)));
    for (const icon of Object.values(ICONS)) files.set(icon.file, readFileSync(join(ROOT, icon.source)));
  } else if (statSync(target).isDirectory()) {
    for (const name of readdirSync(target))
      if (/\.(json|png)$/.test(name) && statSync(join(target, name)).isFile()) files.set(name, readFileSync(join(target, name)));
  } else {
    for (const entry of new AdmZip(target).getEntries()) if (!entry.isDirectory) files.set(entry.entryName, entry.getData());
  }
  return files;
}

const pngSize = (bytes) =>
  bytes.length >= 24 && bytes.toString("latin1", 1, 4) === "PNG"
    ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), alpha: bytes[25] === 6 || bytes[25] === 4 }
    : null;

/** Problems with an app package's manifest.json, its localization files and icons; [] when it is sound. */
export async function checkAppPackage(files) {
  const problems = [];
  const parse = (name) => {
    try {
      return JSON.parse(files.get(name).toString("utf8"));
    } catch (error) {
      problems.push(`${name}: not valid JSON: ${error.message}`);
      return null;
    }
  };
  if (!files.has("manifest.json")) return ["manifest.json is missing"];
  const manifest = parse("manifest.json");
  if (!manifest) return problems;
  if (manifest.manifestVersion !== SCHEMA_VERSION)
    problems.push(
      `manifest.json: manifestVersion is "${manifest.manifestVersion}"; this project targets and validates schema ${SCHEMA_VERSION}`,
    );
  for (const error of schemaErrors(manifest, "MicrosoftTeams.schema.json")) problems.push(`manifest.json: ${error}`);

  // The schema's httpsUrl pattern also lets http:// through; Outlook loads add-ins over HTTPS only.
  for (const [where, url] of urlsIn(manifest))
    if (!/^https:\/\//.test(url)) problems.push(`manifest.json: ${where} is not HTTPS (Outlook loads add-ins over HTTPS only): ${url}`);

  for (const { languageTag, file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    if (!files.has(file)) {
      problems.push(`manifest.json: the ${languageTag} localization file ${file} is missing`);
      continue;
    }
    const strings = parse(file);
    if (!strings) continue;
    for (const error of schemaErrors(strings, "MicrosoftTeams.Localization.schema.json")) problems.push(`${file}: ${error}`);
    for (const key of Object.keys(strings)) {
      if (key === "$schema") continue;
      if (valueAt(manifest, key) === undefined)
        problems.push(`${file}: "${key}" names nothing in manifest.json, so Outlook would not use it`);
    }
    for (const key of ["description.short", "description.full"])
      if (
        strings[key] !== undefined &&
        strings[key] === valueAt(manifest, key) &&
        languageTag !== manifest.localizationInfo.defaultLanguageTag
      )
        problems.push(`${file}: "${key}" is not translated (the same as manifest.json)`);
  }

  for (const [kind, { size }] of Object.entries(ICONS)) {
    const name = manifest.icons?.[kind];
    if (!name) continue; // the schema reports it
    if (!files.has(name)) {
      problems.push(`manifest.json: icons.${kind} ${name} is missing from the package`);
      continue;
    }
    const png = pngSize(files.get(name));
    if (!png) problems.push(`${name}: icons.${kind} is not a PNG`);
    else if (png.width !== size || png.height !== size)
      problems.push(`${name}: icons.${kind} is ${png.width}x${png.height} pixels; the schema asks for ${size}x${size}`);
    else if (kind === "outline" && !png.alpha)
      problems.push(`${name}: icons.outline has no transparency; the schema asks for a white outline on a transparent background`);
  }
  return problems;
}

/** Every string value that looks like a URL, with its JSON pointer. */
function urlsIn(value, where = "") {
  if (typeof value === "string") return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) && where !== "/$schema" ? [[where, value]] : [];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => urlsIn(v, `${where}/${k}`));
  return [];
}

/** The value at a localization key such as "extensions[0].ribbons[0].tabs[0].groups[0].label". */
function valueAt(object, key) {
  let value = object;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (value === null || typeof value !== "object") return undefined;
    value = value[/^\d+$/.test(part) ? Number(part) : part];
  }
  return value;
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const fromXml = args.includes("--from");
  const target = args.find((a) => !a.startsWith("--")) ?? (fromXml ? "manifest.xml" : "dist");
  if (!existsSync(target)) {
    console.error(`validate-app-manifest: ${target} does not exist`);
    process.exit(2);
  }
  let problems;
  try {
    problems = await checkAppPackage(readPackage(target, { fromXml }));
  } catch (error) {
    problems = [String(error.message ?? error)];
  }
  if (json) {
    process.stdout.write(JSON.stringify(problems));
    return;
  }
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${target}${fromXml ? " (unified manifest)" : ""}: ${p}`);
    process.exit(1);
  }
  console.log(
    `✓ ${target}${fromXml ? " → manifest.json" : ""}: the unified manifest, its localization files and icons pass the app manifest schema ${SCHEMA_VERSION} (@microsoft/app-manifest)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
