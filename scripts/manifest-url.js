// Rewrites the source manifest's https://localhost:3000/ URLs to where dist/ will be hosted, and
// gives a test variant its own id and name so it can be sideloaded beside production.
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
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be an https:// URL: Outlook only loads add-ins over HTTPS (${example}), got "${raw}"`);
  // File names are appended to it, so a query, fragment or password would end up in the wrong place.
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_URL must be a plain folder URL without query, fragment or credentials (${example}), got "${raw}"`);
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

function rewriteManifest(xml, { addinUrl = DEV_URL, testVariant = false } = {}) {
  const url = addinBaseUrl(addinUrl);
  const origin = new URL(url).origin; // an AppDomain is an origin: scheme, host and port only
  let out = xml.split(DEV_URL).join(url);
  out = out.replace(/(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g, (_, a, b) => `${a}${origin}${b}`);
  if (testVariant) out = makeTestVariant(out);
  return out;
}

/** A second id and "(test)" names, so the test build installs beside production and is told apart. */
function makeTestVariant(xml) {
  let out = xml.replace(/<Id>\s*([^<]*?)\s*<\/Id>/, (whole, id) => {
    if (!GUID.test(id)) throw new Error(`manifest <Id> "${id}" is not a GUID, so no test id can be derived from it`);
    const tail = id.slice(-4).toLowerCase() === TEST_ID_TAIL ? "7e58" : TEST_ID_TAIL;
    return `<Id>${id.slice(0, -4)}${tail}</Id>`;
  });
  const addTest = (block) => block.replace(/((?:DefaultValue|Value)=")([^"]*)(")/g, (_, a, name, b) => `${a}${name} (test)${b}`);
  // The add-in's name in the add-in lists, and the ribbon button's label, in every locale.
  out = out.replace(/<DisplayName\b(?:[^>]*\/>|[\s\S]*?<\/DisplayName>)/, addTest);
  out = out.replace(/<bt:String id="TaskpaneButton\.Label"(?:[^>]*\/>|[\s\S]*?<\/bt:String>)/, addTest);
  return out;
}

module.exports = { rewriteManifest, addinBaseUrl, DEV_URL };
