#!/usr/bin/env node
// Offline checks of the Outlook add-in manifest against what Microsoft's manifest specification
// (MS-OWEMXML) and manifest reference define for the elements this add-in uses: allowed children and
// their order, value limits, URL forms, icon sizes per element and the minimum requirement set of each
// feature element. The online `office-addin-manifest validate` needs Microsoft's web service; this
// does not. Each problem names its line. Usage:
//   node scripts/validate-manifest.mjs [manifest.xml] [--no-info]     the XML manifest
//   node scripts/validate-manifest.mjs --rules                        the rules and their sources
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";

// Where each rule comes from. MS-OWEMXML is Microsoft's published schema of the manifest; the
// learn.microsoft.com manifest reference adds per-element limits the XSD leaves to prose.
const OWEMXML = "https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-owemxml";
const REF = "https://learn.microsoft.com/javascript/api/manifest";
export const SOURCES = {
  officeApp: `${OWEMXML}/00e4ee5d-2eb8-47f2-9008-8beb6ff45189`, // 5.2 appforoffice/1.1 schema (OfficeApp, ShortString 125)
  officeAppRef: `${REF}/officeapp`, // must-contain children of a mail add-in
  vo10: `${OWEMXML}/1ceb2dec-cef9-4e7c-9044-fd7f6a3b1502`, // VersionOverridesV1_0 (mail): children and order
  vo11: `${OWEMXML}/3102a95c-45c1-4f9c-b75a-33749ebf1b76`, // VersionOverridesV1_1 (mail): children and order
  voNamespace: `${REF}/versionoverrides`, // xmlns per xsi:type
  vo10Ref: `${REF}/versionoverrides-1-0-mail`, // Mail 1.0 markup: Mailbox 1.3
  vo11Ref: `${REF}/versionoverrides-1-1-mail`, // Mail 1.1 markup: Mailbox 1.5; no nested VersionOverrides
  requirements: `${REF}/requirements`, // a VersionOverrides' Requirements are more restrictive than the base's
  version: `${OWEMXML}/7e10f48d-9f32-4d27-9f33-b32ff8e06e39`, // Version pattern
  longString: `${OWEMXML}/05f98bcf-1678-4538-9771-b4cdbea83a14`, // 1..250 characters
  url: `${OWEMXML}/f9ee4be7-ea35-4371-a6fe-5897d477c290`, // URL: 1..2048 characters
  permissions: `${OWEMXML}/4d20d0ca-c8a6-4dfb-ba92-74bc18f19f37`, // permission values
  string: `${REF}/string`, // ShortStrings 125, LongStrings 250
  action: `${REF}/action`, // resid 32; SupportsPinning 1.5, SupportsMultiSelect/NoItemContext 1.13, V1_1 only
  icon: `${REF}/icon`, // sizes 16, 32, 80 required; 20, 24, 40, 48, 64 allowed
  iconUrl: `${REF}/iconurl`, // a mail add-in's icon is 64x64
  highResolutionIconUrl: `${REF}/highresolutioniconurl`, // 128x128
  requestedHeight: `${REF}/requestedheight`, // 32..450 in DesktopSettings of a mail add-in
  controlButton: `${REF}/control-button`, // children; id unique among controls
  group: `${REF}/group`, // id up to 125 characters
  appDomain: `${REF}/appdomain`, // an origin, no path
  limits: "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization", // 256 KB
};

// The rules this checker enforces; each has a test with a manifest copy that breaks it.
export const RULES = {
  "well-formed": "the file is well-formed XML with an <OfficeApp> root",
  size: "the manifest is at most 256 KB",
  children: "each element has only the children the schema allows for it",
  order: "children appear in schema order",
  required: "required children are present",
  guid: "<Id> is a GUID, not a placeholder",
  version: "<Version> matches the schema's version pattern",
  "string-length": "short strings are 1-125 characters, long strings 1-250",
  permissions: "<Permissions> is one of the schema's values",
  "requested-height": "<RequestedHeight> is 32-450 for a mail add-in",
  resid: "every resid is at most 32 characters and names a resource of the right kind",
  "control-id": "group and control ids are at most 125 characters and unique within a VersionOverrides block",
  "url-https": "every URL is https:// and at most 2048 characters",
  "app-domain": "an <AppDomain> is an origin only",
  "vo-namespace": "each VersionOverrides block has the namespace its xsi:type requires",
  "vo-hosts": "each VersionOverrides block declares Hosts, so clients that stop at it get the button",
  "vo-requirements": "a VersionOverrides block asks for at least the Mailbox version its schema needs and at least the base manifest's",
  "feature-requirements": "each feature element sits in a VersionOverrides type that allows it, under a Mailbox version that supports it",
  "icon-sizes": "a button's icon has the 16, 32 and 80 pixel images and only allowed sizes",
  "icon-files": "every icon file exists, is a PNG and has the pixel size its element declares",
};

const MAX_BYTES = 256 * 1024;
const NS = {
  vo10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  vo11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
};
// Allowed children, in schema order, of each element this add-in uses (MailApp, Outlook).
const LOCALE_AWARE = ["Override"];
const CHILDREN = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "FormSettings",
    "Permissions",
    "Rule",
    "DisableEntityHighlighting",
    "VersionOverrides",
  ],
  DisplayName: LOCALE_AWARE,
  Description: LOCALE_AWARE,
  IconUrl: LOCALE_AWARE,
  HighResolutionIconUrl: LOCALE_AWARE,
  SupportUrl: LOCALE_AWARE,
  AppDomains: ["AppDomain"],
  Hosts: ["Host"],
  Host: ["DesktopFormFactor", "MobileFormFactor"],
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  FormSettings: ["Form"],
  Form: ["DesktopSettings", "TabletSettings", "PhoneSettings"],
  DesktopSettings: ["SourceLocation", "RequestedHeight"],
  Rule: ["Rule"],
  "VersionOverrides@VersionOverridesV1_0": ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"],
  // No nested VersionOverrides in a mail 1.1 block (vo11Ref).
  "VersionOverrides@VersionOverridesV1_1": ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  DesktopFormFactor: ["FunctionFile", "ExtensionPoint"],
  ExtensionPoint: ["OfficeTab", "CustomTab"],
  OfficeTab: ["Group"],
  Group: ["Label", "Control"],
  Control: ["OverriddenByRibbonApi", "Label", "ToolTip", "Supertip", "Icon", "Action", "Enabled"],
  Supertip: ["Title", "Description"],
  Icon: ["Image"],
  // TaskpaneId and Title are not supported in Outlook (action).
  Action: ["SourceLocation", "SupportsPinning", "SupportsMultiSelect", "SupportsNoItemContext"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Images: ["Image"],
  Urls: ["Url"],
  ShortStrings: ["String"],
  LongStrings: ["String"],
  "Image@resource": LOCALE_AWARE,
  Url: LOCALE_AWARE,
  String: LOCALE_AWARE,
};
const LEAVES = new Set([
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "Override",
  "AppDomain",
  "Set",
  "Permissions",
  "DisableEntityHighlighting",
  "SourceLocation",
  "RequestedHeight",
  "Label",
  "Title",
  "Image",
  "SupportsPinning",
  "SupportsMultiSelect",
  "SupportsNoItemContext",
  "FunctionFile",
  "Enabled",
  "OverriddenByRibbonApi",
  "ToolTip",
]);
const REQUIRED = {
  OfficeApp: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "FormSettings", "Rule"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Group: ["Label", "Control"],
  Action: ["SourceLocation"],
};
// The Mailbox version each VersionOverrides type needs (vo10Ref, vo11Ref), and feature elements that
// need more, with the VersionOverrides types allowed to hold them (action).
const VO_MIN = { VersionOverridesV1_0: "1.3", VersionOverridesV1_1: "1.5" };
const FEATURES = {
  SupportsPinning: { min: "1.5", types: ["VersionOverridesV1_1"] },
  SupportsMultiSelect: { min: "1.13", types: ["VersionOverridesV1_1"] },
  SupportsNoItemContext: { min: "1.13", types: ["VersionOverridesV1_1"] },
};
const ICON_SIZES_REQUIRED = [16, 32, 80];
const ICON_SIZES_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];
const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];
const VERSION = /^([0-9]{1,5})(\.[0-9]{1,5}){0,3}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const compareVersions = (a, b) => {
  const x = a.split(".").map(Number),
    y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

export function checkManifest(file) {
  const problems = [];
  const bytes = readFileSync(file);
  if (bytes.length > MAX_BYTES) problems.push(`manifest is ${bytes.length} bytes; Outlook's limit is ${MAX_BYTES} bytes (256 KB)`);
  const xmlErrors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level === "error") xmlErrors.push(String(msg).split("\n")[0]);
      }, // fatal ones throw
    }).parseFromString(bytes.toString("utf8"), "text/xml");
  } catch (error) {
    // xmldom 0.9 throws on fatal errors (mismatched tags, no root element) instead of reporting them.
    const line = error?.locator?.lineNumber ? ` (line ${error.locator.lineNumber})` : "";
    xmlErrors.push(`${String(error?.message ?? error).split("\n")[0]}${line}`);
  }
  if (xmlErrors.length || !doc?.documentElement) return [...problems, ...xmlErrors.map((e) => `not well-formed XML: ${e}`)];
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp")
    return [...problems, `line ${root.lineNumber}: root element is <${root.localName}>, expected <OfficeApp>`];

  const at = (el, text) => problems.push(`line ${el.lineNumber}: ${text}`);
  const kids = (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 1);
  const all = Array.from(root.getElementsByTagName("*"));
  const type = (el) => el.getAttribute("xsi:type") || "";
  const vo = (el) => {
    for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) if (p.localName === "VersionOverrides") return p;
    return null;
  };
  const inResources = (el) => {
    for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) if (p.localName === "Resources") return true;
    return false;
  };

  // children, order, required
  const childrenOf = (el) => {
    if (el.localName === "VersionOverrides") return CHILDREN[`VersionOverrides@${type(el)}`] ?? [];
    if (el.localName === "Image" && inResources(el)) return CHILDREN["Image@resource"];
    if (el.localName === "Description" && vo(el) && el.parentNode.localName !== "OfficeApp" && el.hasAttribute("resid")) return [];
    return CHILDREN[el.localName];
  };
  const disallowed = new Set(); // reported once, as not allowed where it is
  for (const el of [root, ...all]) {
    if ([...disallowed].some((d) => d === el || d.contains(el))) continue;
    const allowed = childrenOf(el) ?? (LEAVES.has(el.localName) ? [] : null);
    if (allowed === null) {
      at(
        el,
        `<${el.localName}> is not an element this check knows; extend scripts/validate-manifest.mjs with its schema (${SOURCES.officeApp})`,
      );
      continue;
    }
    let last = -1;
    const where = el.localName === "VersionOverrides" ? `<VersionOverrides xsi:type="${type(el)}">` : `<${el.localName}>`;
    for (const k of kids(el)) {
      const i = allowed.indexOf(k.localName);
      if (i < 0) {
        disallowed.add(k);
        at(
          k,
          `<${k.localName}> is not allowed in ${where}${allowed.length ? ` (allowed: ${allowed.join(", ")})` : " (it takes no child elements)"}`,
        );
      } else if (i < last) at(k, `<${k.localName}> is out of order in ${where} (schema order: ${allowed.join(", ")})`);
      else last = i;
    }
    for (const name of REQUIRED[el.localName] ?? [])
      if (!kids(el).some((k) => k.localName === name))
        at(el, `${where} must contain <${name}> (${el.localName === "OfficeApp" ? SOURCES.officeAppRef : SOURCES.controlButton})`);
  }

  // values
  const top = (name) => kids(root).find((k) => k.localName === name);
  const idEl = top("Id");
  const id = idEl?.textContent?.trim() ?? "";
  if (idEl && !GUID.test(id)) at(idEl, `<Id> "${id}" is not a GUID`);
  else if (idEl && /^0{8}-/.test(id)) at(idEl, `<Id> is a placeholder GUID`);
  const versionEl = top("Version");
  if (versionEl && !VERSION.test(versionEl.textContent.trim()))
    at(
      versionEl,
      `<Version> "${versionEl.textContent.trim()}" does not match the schema's pattern n[.n[.n[.n]]] with 1-5 digits each (${SOURCES.version})`,
    );
  const checkLength = (el, value, max, what) => {
    if (value.length < 1 || value.length > max)
      at(el, `${what} is ${value.length} characters; the schema allows 1-${max}: "${value.slice(0, 60)}${value.length > 60 ? "…" : ""}"`);
  };
  const providerName = top("ProviderName");
  if (providerName) checkLength(providerName, providerName.textContent.trim(), 125, "<ProviderName>");
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const el = top(name);
    if (!el) continue;
    checkLength(el, el.getAttribute("DefaultValue") ?? "", max, `<${name}> DefaultValue`);
    for (const o of kids(el)) checkLength(o, o.getAttribute("Value") ?? "", max, `<${name}> Override for ${o.getAttribute("Locale")}`);
  }
  for (const el of all.filter((e) => e.localName === "String")) {
    const max = el.parentNode.localName === "ShortStrings" ? 125 : 250;
    checkLength(el, el.getAttribute("DefaultValue") ?? "", max, `${el.parentNode.localName} string "${el.getAttribute("id")}"`);
    for (const o of kids(el))
      checkLength(
        o,
        o.getAttribute("Value") ?? "",
        max,
        `${el.parentNode.localName} string "${el.getAttribute("id")}" for ${o.getAttribute("Locale")}`,
      );
  }
  const permissions = top("Permissions");
  if (permissions && !PERMISSIONS.includes(permissions.textContent.trim()))
    at(permissions, `<Permissions> "${permissions.textContent.trim()}" is not one of ${PERMISSIONS.join(", ")} (${SOURCES.permissions})`);
  for (const el of all.filter((e) => e.localName === "RequestedHeight")) {
    const h = Number(el.textContent.trim());
    if (!Number.isInteger(h) || h < 32 || h > 450)
      at(
        el,
        `<RequestedHeight> ${el.textContent.trim()} is outside 32-450, the range for a mail add-in's DesktopSettings (${SOURCES.requestedHeight})`,
      );
  }

  // resids: length, defined, right kind of resource
  const RESOURCE_KIND = {
    Image: "Images",
    SourceLocation: "Urls",
    Label: "ShortStrings",
    Title: "ShortStrings",
    Description: "LongStrings",
    FunctionFile: "Urls",
  };
  const resources = new Map(); // VersionOverrides element -> Map(id -> element)
  for (const el of all) {
    if (["Images", "Urls", "ShortStrings", "LongStrings"].includes(el.parentNode?.localName) && el.getAttribute("id")) {
      const block = vo(el);
      if (!resources.has(block)) resources.set(block, new Map());
      resources.get(block).set(el.getAttribute("id"), el);
    }
  }
  const resolve = (el, ref) => {
    for (let block = vo(el); block; block = vo(block)) {
      const r = resources.get(block)?.get(ref);
      if (r) return r;
    }
    return undefined;
  };
  for (const el of all) {
    const ref = el.getAttribute("resid");
    if (!ref) continue;
    if (ref.length > 32)
      at(el, `resid "${ref}" on <${el.localName}> is ${ref.length} characters; at most 32 are allowed (${SOURCES.action})`);
    const target = resolve(el, ref);
    if (!target) at(el, `resid "${ref}" on <${el.localName}> is not defined in <Resources>`);
    else if (RESOURCE_KIND[el.localName] && target.parentNode.localName !== RESOURCE_KIND[el.localName])
      at(
        el,
        `resid "${ref}" on <${el.localName}> must name a resource in <${RESOURCE_KIND[el.localName]}>, not <${target.parentNode.localName}>`,
      );
  }

  // group and control ids
  for (const block of all.filter((e) => e.localName === "VersionOverrides")) {
    const seen = new Map();
    for (const el of Array.from(block.getElementsByTagName("*")).filter(
      (e) => ["Group", "Control"].includes(e.localName) && vo(e) === block,
    )) {
      const cid = el.getAttribute("id") ?? "";
      if (cid.length < 1 || cid.length > 125) at(el, `<${el.localName}> id "${cid}" must be 1-125 characters (${SOURCES.group})`);
      if (seen.has(cid))
        at(
          el,
          `<${el.localName}> id "${cid}" is used twice in one VersionOverrides block (also line ${seen.get(cid)}) (${SOURCES.controlButton})`,
        );
      else seen.set(cid, el.lineNumber);
    }
  }

  // URLs
  for (const el of all) {
    const values = ["DefaultValue", "Value"].map((a) => el.getAttribute(a)).filter((v) => v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
    if (["AppDomain", "SourceLocation"].includes(el.localName) && el.textContent.trim()) values.push(el.textContent.trim());
    for (const u of values) {
      if (!/^https:\/\//i.test(u)) at(el, `URL is not HTTPS (Outlook loads add-ins over HTTPS only): ${u}`);
      if (u.length > 2048) at(el, `URL is ${u.length} characters; the schema allows at most 2048 (${SOURCES.url})`);
    }
  }
  for (const el of all.filter((e) => e.localName === "AppDomain")) {
    const value = el.textContent.trim();
    let origin = null;
    try {
      origin = new URL(value).origin;
    } catch {
      /* reported below */
    }
    if (origin !== value)
      at(
        el,
        `<AppDomain> "${value}" must be an origin only, like ${origin && origin !== "null" ? origin : "https://addins.example.com"} (no path, no trailing slash)`,
      );
  }

  // VersionOverrides: namespace, Hosts, requirement sets
  const mailboxMin = (requirements) => {
    const sets = requirements && kids(requirements).find((k) => k.localName === "Sets");
    if (!sets) return null;
    const mailbox = kids(sets).find((s) => s.getAttribute("Name") === "Mailbox");
    return mailbox ? mailbox.getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion") || "1.1" : null;
  };
  const baseMin = mailboxMin(top("Requirements")) ?? "1.1";
  const effectiveMin = (block) => {
    for (let b = block; b; b = vo(b)) {
      const m = mailboxMin(kids(b).find((k) => k.localName === "Requirements"));
      if (m) return { min: m, el: b };
    }
    return { min: baseMin, el: null };
  };
  for (const block of all.filter((e) => e.localName === "VersionOverrides")) {
    const t = type(block);
    const expected = t === "VersionOverridesV1_0" ? NS.vo10 : t === "VersionOverridesV1_1" ? NS.vo11 : null;
    if (!expected) {
      at(block, `<VersionOverrides> xsi:type "${t}" is not VersionOverridesV1_0 or VersionOverridesV1_1 (${SOURCES.voNamespace})`);
      continue;
    }
    if (block.namespaceURI !== expected)
      at(
        block,
        `<VersionOverrides xsi:type="${t}"> must use the namespace ${expected}, not ${block.namespaceURI} (${SOURCES.voNamespace})`,
      );
    if (!kids(block).some((k) => k.localName === "Hosts"))
      at(
        block,
        `<VersionOverrides xsi:type="${t}"> has no <Hosts>: clients that stop at this block get no button; add Hosts or remove the block`,
      );
    const { min, el } = effectiveMin(block);
    if (compareVersions(min, VO_MIN[t]) < 0)
      at(
        el ?? block,
        `<VersionOverrides xsi:type="${t}"> needs Mailbox ${VO_MIN[t]} or later, but asks for ${min} (${t === "VersionOverridesV1_0" ? SOURCES.vo10Ref : SOURCES.vo11Ref})`,
      );
    if (compareVersions(min, baseMin) < 0)
      at(
        el ?? block,
        `<VersionOverrides xsi:type="${t}"> asks for Mailbox ${min}, less than the base manifest's ${baseMin} (${SOURCES.requirements})`,
      );
  }
  for (const el of all.filter((e) => FEATURES[e.localName])) {
    const rule = FEATURES[el.localName];
    const block = vo(el);
    if (!block || !rule.types.includes(type(block))) {
      at(
        el,
        `<${el.localName}> is allowed only in ${rule.types.join(", ")}, not in ${block ? type(block) : "the base manifest"} (${SOURCES.action})`,
      );
      continue;
    }
    const { min } = effectiveMin(block);
    if (compareVersions(min, rule.min) < 0)
      at(
        el,
        `<${el.localName}> needs Mailbox ${rule.min}, but its VersionOverrides asks for ${min}: clients between the two would read an element they do not support (${SOURCES.action})`,
      );
    if (el.localName === "SupportsNoItemContext") {
      const point = (() => {
        for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) if (p.localName === "ExtensionPoint") return p;
        return null;
      })();
      if (type(point ?? el) !== "MessageReadCommandSurface")
        at(el, `<SupportsNoItemContext> needs an ExtensionPoint of type MessageReadCommandSurface (${SOURCES.action})`);
    }
  }

  // icon sizes per element
  for (const icon of all.filter((e) => e.localName === "Icon")) {
    const sizes = kids(icon).map((i) => Number(i.getAttribute("size")));
    for (const img of kids(icon))
      if (!ICON_SIZES_ALLOWED.includes(Number(img.getAttribute("size"))))
        at(img, `icon size "${img.getAttribute("size")}" is not one of ${ICON_SIZES_ALLOWED.join(", ")} (${SOURCES.icon})`);
    const missing = ICON_SIZES_REQUIRED.filter((s) => !sizes.includes(s));
    if (missing.length)
      at(icon, `<Icon> lacks the required ${missing.join(", ")} pixel image${missing.length > 1 ? "s" : ""} (${SOURCES.icon})`);
  }

  // Icon files exist at their declared sizes. URLs map to files under the folder of the pane's base URL.
  const paneRes = all.find((e) => e.localName === "Url" && e.getAttribute("id") === "Taskpane.Url");
  const pane = paneRes?.getAttribute("DefaultValue") ?? "";
  const base = pane.slice(0, pane.lastIndexOf("/") + 1);
  const folder = dirname(resolvePath(file));
  const iconChecks = [];
  for (const el of all) {
    if (el.localName === "Image" && el.getAttribute("size")) {
      const res = resolve(el, el.getAttribute("resid"));
      if (res) iconChecks.push([res, res.getAttribute("DefaultValue"), Number(el.getAttribute("size")), "the button"]);
    }
  }
  if (top("IconUrl")) iconChecks.push([top("IconUrl"), top("IconUrl").getAttribute("DefaultValue"), 64, `<IconUrl> (${SOURCES.iconUrl})`]);
  if (top("HighResolutionIconUrl"))
    iconChecks.push([
      top("HighResolutionIconUrl"),
      top("HighResolutionIconUrl").getAttribute("DefaultValue"),
      128,
      `<HighResolutionIconUrl> (${SOURCES.highResolutionIconUrl})`,
    ]);
  const reported = new Set();
  for (const [el, url, size, what] of iconChecks) {
    const key = `${url} ${size}`;
    if (reported.has(key)) continue; // the same image in both VersionOverrides blocks
    reported.add(key);
    if (!base || !url.startsWith(base)) {
      at(el, `icon ${url} is not under the pane's base URL ${base}`);
      continue;
    }
    const local = join(folder, url.slice(base.length).split(/[?#]/)[0]);
    const shown = relative(process.cwd(), local) || local;
    if (!existsSync(local) || !statSync(local).isFile()) {
      at(el, `icon ${url} is missing: no file ${shown}`);
      continue;
    }
    const png = readFileSync(local);
    if (png.length < 24 || png.toString("latin1", 1, 4) !== "PNG") {
      at(el, `icon ${shown} is not a PNG`);
      continue;
    }
    const w = png.readUInt32BE(16),
      h = png.readUInt32BE(20);
    if (w !== size || h !== size) at(el, `icon ${shown} is ${w}x${h} pixels; ${what} needs ${size}x${size}`);
  }
  return problems;
}

const resolvePath = resolve;

function main() {
  const args = process.argv.slice(2);
  if (args.includes("--rules")) {
    for (const [id, text] of Object.entries(RULES)) console.log(`${id.padEnd(22)} ${text}`);
    console.log(
      `\nSources:\n${Object.values(SOURCES)
        .map((s) => `  ${s}`)
        .join("\n")}`,
    );
    return;
  }
  const file = args.find((a) => !a.startsWith("--")) ?? "manifest.xml";
  if (!existsSync(file)) {
    console.error(`validate-manifest: ${file} does not exist`);
    process.exit(2);
  }
  const problems = checkManifest(file);
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${file}:${/^line \d+/.test(p) ? p.replace(/^line (\d+): /, "$1: ") : ` ${p}`}`);
    process.exit(1);
  }
  console.log(
    `✓ ${file}: ${Object.keys(RULES).length} rules from MS-OWEMXML and the manifest reference pass (${statSync(file).size} bytes; limit ${MAX_BYTES})`,
  );
  if (!args.includes("--no-info")) {
    const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".bin", "office-addin-manifest");
    process.stdout.write(execFileSync(bin, ["info", file], { encoding: "utf8" }));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
