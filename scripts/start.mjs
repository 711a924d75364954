#!/usr/bin/env node
// `npm start`: builds and serves the pane over HTTPS on https://localhost:3000/ with no Outlook, no
// sudo and no internet. Uses the Office dev certificate when one is installed, else a self-signed one.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

const PORT = Number(process.env.PORT || 3000);
const certDir = join(homedir(), ".office-addin-dev-certs");
const devCert = { cert: join(certDir, "localhost.crt"), key: join(certDir, "localhost.key"), ca: join(certDir, "ca.crt") };

function httpsOptions() {
  if (existsSync(devCert.cert) && existsSync(devCert.key)) {
    return { trusted: true, server: { type: "https", options: { cert: readFileSync(devCert.cert), key: readFileSync(devCert.key), ...(existsSync(devCert.ca) ? { ca: readFileSync(devCert.ca) } : {}) } } };
  }
  // webpack-dev-server makes its own self-signed certificate; browsers warn once until it is accepted.
  return { trusted: false, server: { type: "https" } };
}

const { trusted, server } = httpsOptions();
const config = makeConfig({ localOfficeJs: true }, { mode: "development" });
config.devServer = { ...config.devServer, port: PORT, host: "localhost", server, open: false, client: { logging: "warn", overlay: false } };
config.infrastructureLogging = { level: "warn" };
config.stats = "errors-warnings";

const devServer = new WebpackDevServer(config.devServer, webpack(config));
try {
  await devServer.start();
} catch (err) {
  const reason = err && err.code === "EADDRINUSE" ? `port ${PORT} is already in use (stop the other server, or set PORT)` : String(err && err.message ? err.message : err);
  console.error(`npm start: could not start the pane server: ${reason}`);
  process.exit(1);
}

const url = `https://localhost:${PORT}/taskpane.html`;
console.log(`
SFO Sign-in Doctor is being served at ${url}

  Standalone: open that URL in a browser. It opens with the seed's example logs ready to analyse.
  ${trusted ? "Certificate: the Office add-in dev certificate (trusted)." : "Certificate: self-signed, not trusted by your system. Your browser warns once: choose to continue.\n  For a trusted certificate (needs admin rights): npx office-addin-dev-certs install"}

  Sideload in Outlook on the web / new Outlook: https://aka.ms/olksideload -> My add-ins -> Custom Addins
    -> Add a custom add-in -> Add from File -> choose manifest.xml from this folder.
  Classic Outlook on Windows: File -> Info -> Manage Add-ins (or Get Add-ins) -> My add-ins -> Add from file.
  Where Outlook desktop is installed: npm run sideload

Press Ctrl+C to stop.`);

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => devServer.stop().then(() => process.exit(0)));
