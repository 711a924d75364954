// Rewrites the source manifest's https://localhost:3000/ URLs to where dist/ will be hosted, and
// gives a test variant its own id and name so it can be sideloaded beside production. Works on the
// parsed XML (xmldom), so only URL attributes, <AppDomain>, <Id> and the names are touched.
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");

const DEV_URL = "https://localhost:3000/";
const TEST_ID_TAIL = "7e57"; // "test": replaces the last four hex digits of the GUID
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The URL dist/ is served from, with a trailing slash; throws a one-line message when unusable. */
function addinBaseUrl(addinUrl) {
  const raw = String(addinUrl ?? "").trim();
  const example = "e.g. ADDIN_URL=https://addins.example.com/sfo-doctor/";
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL must be an https:// URL (${example}), got "${raw}"`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL must be an https:// URL: Outlook only loads add-ins over HTTPS (${example}), got "${raw}"`);
  // File names are appended to it, so a query, fragment or password would end up in the wrong place.
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_URL must be a plain folder URL without query, fragment or credentials (${example}), got "${raw}"`);
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

function parse(xml) {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`manifest.xml is not well-formed XML: ${String(message).split("\n")[0]}`);
    },
  }).parseFromString(xml, "text/xml");
  if (!doc.documentElement || doc.documentElement.localName !== "OfficeApp")
    throw new Error("manifest.xml has no <OfficeApp> root element");
  return doc;
}

const elements = (doc) => Array.from(doc.getElementsByTagName("*"));

function rewriteManifest(xml, { addinUrl = DEV_URL, testVariant = false } = {}) {
  const url = addinBaseUrl(addinUrl);
  const origin = new URL(url).origin; // an AppDomain is an origin: scheme, host and port only
  const doc = parse(xml);
  for (const el of elements(doc)) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(attr);
      if (value && value.startsWith(DEV_URL)) el.setAttribute(attr, url + value.slice(DEV_URL.length));
    }
    if (el.localName === "AppDomain" && /^https:\/\/localhost:3000\/?$/.test(el.textContent.trim())) el.textContent = origin;
  }
  if (testVariant) makeTestVariant(doc);
  // The serializer drops what follows the root element; keep the source's final line break.
  const tail = /\s*$/.exec(xml)[0];
  return new XMLSerializer().serializeToString(doc) + tail;
}

/** A second id and "(test)" names, so the test build installs beside production and is told apart. */
function makeTestVariant(doc) {
  const all = elements(doc);
  const idElement = all.find((el) => el.localName === "Id" && el.parentNode === doc.documentElement);
  const id = idElement?.textContent.trim() ?? "";
  if (!GUID.test(id)) throw new Error(`manifest <Id> "${id}" is not a GUID, so no test id can be derived from it`);
  const tail = id.slice(-4).toLowerCase() === TEST_ID_TAIL ? "7e58" : TEST_ID_TAIL;
  idElement.textContent = `${id.slice(0, -4)}${tail}`;
  // The add-in's name in the add-in lists, and the ribbon button's label (in every VersionOverrides
  // block), in every locale.
  const named = all.filter(
    (el) =>
      (el.localName === "DisplayName" && el.parentNode === doc.documentElement) ||
      (el.localName === "String" && el.getAttribute("id") === "TaskpaneButton.Label"),
  );
  for (const el of named) {
    for (const target of [el, ...Array.from(el.getElementsByTagName("*"))]) {
      for (const attr of ["DefaultValue", "Value"])
        if (target.hasAttribute(attr)) target.setAttribute(attr, `${target.getAttribute(attr)} (test)`);
    }
  }
}

module.exports = { rewriteManifest, addinBaseUrl, DEV_URL };
