// Rewrites the source manifest's https://localhost:3000/ URLs to where dist/ will be hosted, and
// gives a test variant its own id and name so it can be sideloaded beside production.
const DEV_URL = "https://localhost:3000/";
const TEST_ID_SUFFIX = "7e57"; // replaces the last four hex digits of the GUID

function rewriteManifest(xml, { addinUrl = DEV_URL, testVariant = false } = {}) {
  let url = addinUrl.endsWith("/") ? addinUrl : addinUrl + "/";
  if (!/^https:\/\//i.test(url)) throw new Error(`ADDIN_URL must be an https:// URL, got ${addinUrl}`);
  let out = xml.split(DEV_URL).join(url);
  if (testVariant) {
    out = out.replace(/<Id>([0-9a-fA-F-]{32})[0-9a-fA-F]{4}<\/Id>/, (_, head) => `<Id>${head}${TEST_ID_SUFFIX}</Id>`);
    out = out.replace(/(<DisplayName DefaultValue=")([^"]*)(")/, (_, a, name, b) => `${a}${name} (test)${b}`);
  }
  return out;
}

module.exports = { rewriteManifest, DEV_URL };
