#!/usr/bin/env node
// `npm start`: builds and serves the pane over HTTPS on https://localhost:3000/ with no Outlook, no
// sudo and no internet. Uses the Office dev certificate when office-addin-dev-certs says it is
// installed and valid, else a self-signed one. Ctrl-C (SIGINT) or SIGTERM stops the server it started.
import { createRequire } from "node:module";
import { createServer } from "node:net";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const devCerts = require("office-addin-dev-certs");
const makeConfig = require("../webpack.config.js");

const PORT = Number(process.env.PORT || 3000);

// One line: what is wrong and what to do.
function fail(err) {
  console.error(
    err && err.code === "EADDRINUSE"
      ? `npm start: port ${PORT} is already in use. Stop what is using it, or pick another port: PORT=${PORT + 1} npm start`
      : `npm start: could not start the pane server: ${String(err && err.message ? err.message : err).split("\n")[0]}`,
  );
  process.exit(1);
}

/** Fails at once when the port is taken, before webpack spends half a minute building. */
function checkPortFree() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(PORT, "localhost", () => probe.close(resolve));
  });
}

async function httpsOptions() {
  // verifyCertificates: the localhost certificate and key match and the CA is in the system's store.
  // Only then is getHttpsServerOptions called, which would otherwise try to install (needs admin rights).
  const installed = (() => {
    try {
      return devCerts.verifyCertificates();
    } catch {
      return false;
    }
  })();
  if (installed) {
    const options = await devCerts.getHttpsServerOptions();
    return { trusted: true, server: { type: "https", options } };
  }
  // webpack-dev-server makes its own self-signed certificate; browsers warn once until it is accepted.
  return { trusted: false, server: { type: "https" } };
}

await checkPortFree();
// webpack-dev-server throws a listen error from an event handler, out of reach of start()'s promise.
process.on("uncaughtException", fail);
const { trusted, server } = await httpsOptions();
const config = makeConfig({ localOfficeJs: true }, { mode: "development" });
config.devServer = { ...config.devServer, port: PORT, host: "localhost", server, open: false, client: { logging: "warn", overlay: false } };
config.infrastructureLogging = { level: "warn" };
config.stats = "errors-warnings";

const devServer = new WebpackDevServer(config.devServer, webpack(config));
try {
  await devServer.start();
} catch (err) {
  fail(err);
}

const url = `https://localhost:${PORT}/taskpane.html`;
console.log(`
SFO Sign-in Doctor is being served at ${url}

  Standalone: open that URL in a browser. It opens with the seed's example logs ready to analyse.
  ${trusted ? "Certificate: the Office add-in dev certificate (trusted)." : "Certificate: self-signed, not trusted by your system. Your browser warns once: choose to continue.\n  For a trusted certificate (needs admin rights): npx office-addin-dev-certs install"}

  Sideload in Outlook on the web / new Outlook: https://aka.ms/olksideload -> My add-ins -> Custom Addins
    -> Add a custom add-in -> Add from File -> choose manifest.xml from this folder.
  Classic Outlook on Windows: File -> Info -> Manage Add-ins (or Get Add-ins) -> My add-ins -> Add from file.
  Where Outlook desktop is installed: npm run sideload${
    PORT === 3000
      ? ""
      : `
  Note: manifest.xml points at port 3000, so sideloading needs npm start on port 3000.`
  }

Press Ctrl+C to stop.`);

// Stop what we started (the HTTPS server and webpack's watcher), then leave.
let stopping = false;
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    devServer.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
