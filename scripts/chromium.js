// The one place that says which Chromium the browser tests and scripts drive, and how: headless, no
// sandbox (containers), and none of Chromium's own network traffic (updates, sync, QUIC), so the only
// requests are the pane's. Plain CommonJS, so that the .mjs scripts and the TypeScript tests under jest
// can both load it.
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run", // playwright gives each launch a new user-data dir
];

module.exports = { CHROMIUM, CHROMIUM_ARGS };
