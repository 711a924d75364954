#!/usr/bin/env node
// Offline checks of an Outlook add-in manifest (the online `office-addin-manifest validate` needs
// Microsoft's web service). Usage: node scripts/validate-manifest.mjs [manifest.xml] [--no-info]
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { DOMParser } from "@xmldom/xmldom";

const MAX_BYTES = 256 * 1024;
// OfficeApp children in schema order (MailApp).
const OFFICEAPP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions",
  "Rule", "DisableEntityHighlighting", "Dictionary", "VersionOverrides",
];
const VO_ORDER = ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "VersionOverrides"];
const RESOURCE_KINDS = ["Images", "Urls", "ShortStrings", "LongStrings"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkManifest(file) {
  const problems = [];
  const bytes = readFileSync(file);
  if (bytes.length > MAX_BYTES) problems.push(`manifest is ${bytes.length} bytes; Outlook's limit is ${MAX_BYTES} bytes (256 KB)`);
  const xmlErrors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => { if (level === "error") xmlErrors.push(String(msg).split("\n")[0]); }, // fatal ones throw
    }).parseFromString(bytes.toString("utf8"), "text/xml");
  } catch (error) {
    // xmldom 0.9 throws on fatal errors (mismatched tags, no root element) instead of reporting them.
    const line = error?.locator?.lineNumber ? ` (line ${error.locator.lineNumber})` : "";
    xmlErrors.push(`${String(error?.message ?? error).split("\n")[0]}${line}`);
  }
  if (xmlErrors.length || !doc?.documentElement) return [...problems, ...xmlErrors.map((e) => `not well-formed XML: ${e}`)];
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp") problems.push(`root element is <${root.localName}>, expected <OfficeApp>`);
  const kids = (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 1);
  const checkOrder = (el, order, where) => {
    let last = -1;
    for (const k of kids(el)) {
      const i = order.indexOf(k.localName);
      if (i < 0) problems.push(`${where}: unexpected element <${k.localName}>`);
      else if (i < last) problems.push(`${where}: <${k.localName}> is out of order (schema order: ${order.join(", ")})`);
      else last = i;
    }
  };
  checkOrder(root, OFFICEAPP_ORDER, "OfficeApp");
  const all = Array.from(root.getElementsByTagName("*"));
  for (const vo of all.filter((e) => e.localName === "VersionOverrides")) checkOrder(vo, VO_ORDER, "VersionOverrides");

  const id = kids(root).find((k) => k.localName === "Id")?.textContent?.trim() ?? "";
  if (!GUID.test(id)) problems.push(`<Id> "${id}" is not a GUID`);
  if (/^0{8}-/.test(id)) problems.push(`<Id> is a placeholder GUID`);

  // Every resid points at a resource that exists.
  const defined = new Map();
  for (const el of all) {
    const parent = el.parentNode?.localName;
    if (RESOURCE_KINDS.includes(parent) && el.getAttribute("id")) defined.set(el.getAttribute("id"), el);
  }
  for (const el of all) {
    const ref = el.getAttribute("resid");
    if (ref && !defined.has(ref)) problems.push(`resid "${ref}" on <${el.localName}> is not defined in <Resources>`);
  }

  // HTTPS only.
  const urls = [];
  for (const el of all) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push([v, el]);
    }
    if (["AppDomain", "SourceLocation"].includes(el.localName) && el.textContent.trim()) urls.push([el.textContent.trim(), el]);
  }
  for (const [u] of urls) if (!/^https:\/\//i.test(u)) problems.push(`URL is not HTTPS (Outlook loads add-ins over HTTPS only): ${u}`);
  // An AppDomain is an origin: no path, no trailing slash (Microsoft's AppDomain reference).
  for (const el of all.filter((e) => e.localName === "AppDomain")) {
    const value = el.textContent.trim();
    let origin = null;
    try { origin = new URL(value).origin; } catch { /* reported below */ }
    if (origin !== value) problems.push(`<AppDomain> "${value}" must be an origin only, like ${origin && origin !== "null" ? origin : "https://addins.example.com"} (no path, no trailing slash)`);
  }

  // Icons exist at their declared sizes. URLs map to files under the folder of the pane's base URL.
  const pane = defined.get("Taskpane.Url")?.getAttribute("DefaultValue") ?? "";
  const base = pane.slice(0, pane.lastIndexOf("/") + 1);
  const folder = dirname(resolve(file));
  const iconChecks = [];
  for (const el of all) {
    if (el.localName === "Image" && el.getAttribute("size")) {
      const res = defined.get(el.getAttribute("resid"));
      if (res) iconChecks.push([res.getAttribute("DefaultValue"), Number(el.getAttribute("size"))]);
    }
  }
  const top = (name) => kids(root).find((k) => k.localName === name)?.getAttribute("DefaultValue");
  if (top("IconUrl")) iconChecks.push([top("IconUrl"), 64]);
  if (top("HighResolutionIconUrl")) iconChecks.push([top("HighResolutionIconUrl"), 128]);
  for (const [url, size] of iconChecks) {
    if (!base || !url.startsWith(base)) { problems.push(`icon ${url} is not under the pane's base URL ${base}`); continue; }
    const local = join(folder, url.slice(base.length).split(/[?#]/)[0]);
    const shown = relative(process.cwd(), local) || local;
    if (!existsSync(local) || !statSync(local).isFile()) { problems.push(`icon ${url} is missing: no file ${shown}`); continue; }
    const png = readFileSync(local);
    if (png.length < 24 || png.toString("latin1", 1, 4) !== "PNG") { problems.push(`icon ${shown} is not a PNG`); continue; }
    const w = png.readUInt32BE(16), h = png.readUInt32BE(20);
    if (w !== size || h !== size) problems.push(`icon ${shown} is ${w}x${h} pixels; the manifest declares ${size}x${size}`);
  }
  return problems;
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--")) ?? "manifest.xml";
  if (!existsSync(file)) { console.error(`validate-manifest: ${file} does not exist`); process.exit(2); }
  const problems = checkManifest(file);
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${file}: ${p}`);
    process.exit(1);
  }
  console.log(`✓ ${file}: well-formed, schema order, resids, HTTPS, AppDomain, icons, GUID, ${statSync(file).size} bytes (limit ${MAX_BYTES})`);
  if (!args.includes("--no-info")) {
    const bin = join(dirname(new URL(import.meta.url).pathname), "..", "node_modules", ".bin", "office-addin-manifest");
    process.stdout.write(execFileSync(bin, ["info", file], { encoding: "utf8" }));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
