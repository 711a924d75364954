// Shared by the manifest tests: temp copies of manifest.xml + assets/, and checkManifest from the
// real scripts/validate-manifest.mjs (an ES module, so it runs in its own Node process, not jest's).
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DOMParser, type Element } from "@xmldom/xmldom";

export const ROOT = path.resolve(__dirname, "../../..");
export const SOURCE_MANIFEST = path.join(ROOT, "manifest.xml");
const VALIDATOR = pathToFileURL(path.join(ROOT, "scripts/validate-manifest.mjs")).href;

export function sourceManifest(): string {
  return readFileSync(SOURCE_MANIFEST, "utf8");
}

/** A fresh temp folder holding manifest.xml (optionally edited) and a copy of assets/. */
export function manifestCopy(xml: string = sourceManifest()): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sfo-manifest-"));
  cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  writeFileSync(path.join(dir, "manifest.xml"), xml);
  return path.join(dir, "manifest.xml");
}

export function replaceIcon(manifest: string, icon: string, withIcon: string): void {
  copyFileSync(path.join(ROOT, "assets", withIcon), path.join(path.dirname(manifest), "assets", icon));
}

/** The problems checkManifest reports, as a person reads them (paths relative to the manifest's folder). */
export function checkManifest(file: string): string[] {
  const program = `import { checkManifest } from ${JSON.stringify(VALIDATOR)};
process.stdout.write(JSON.stringify(checkManifest(process.argv[1])));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", program, file], {
    cwd: path.dirname(file),
    encoding: "utf8",
  });
  return JSON.parse(out) as string[];
}

/** The values the tests look at in a manifest, read with a real XML parser. */
export function manifestFacts(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const all = Array.from(doc.getElementsByTagName("*"));
  const one = (name: string) => all.find((e) => e.localName === name);
  const urls = all
    .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
    .filter((v): v is string => !!v && v.includes("://"));
  const displayName = one("DisplayName");
  const buttonLabel = all.find((e) => e.localName === "String" && e.getAttribute("id") === "TaskpaneButton.Label");
  const withOverrides = (el: Element | undefined) => [
    el?.getAttribute("DefaultValue") ?? "",
    ...Array.from(el?.getElementsByTagName("*") ?? []).map((o) => o.getAttribute("Value") ?? ""),
  ];
  return {
    id: one("Id")?.textContent?.trim() ?? "",
    appDomains: all.filter((e) => e.localName === "AppDomain").map((e) => e.textContent?.trim() ?? ""),
    sourceLocation: one("SourceLocation")?.getAttribute("DefaultValue") ?? "",
    urls,
    names: withOverrides(displayName),
    buttonLabels: withOverrides(buttonLabel),
  };
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The rule ids scripts/validate-manifest.mjs enforces. */
export function validatorRules(): string[] {
  const program = `import { RULES } from ${JSON.stringify(VALIDATOR)};
process.stdout.write(JSON.stringify(Object.keys(RULES)));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" })) as string[];
}

/** The 1-based line of the nth (1-based) occurrence of needle in text. */
export function lineOf(text: string, needle: string, nth = 1): number {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${nth} times`);
  }
  return text.slice(0, index).split("\n").length;
}

const APP_VALIDATOR = path.join(ROOT, "scripts/validate-app-manifest.mjs");
/** The problems scripts/validate-app-manifest.mjs finds in a folder, a zip, or (fromXml) an XML manifest. */
export function checkAppPackage(target: string, { fromXml = false } = {}): string[] {
  const args = [APP_VALIDATOR, "--json", ...(fromXml ? ["--from"] : []), target];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" })) as string[];
}
