// The one small static server for built panes: the e2e harness, the bundle-size check and the pane
// benchmark serve dist/ (or a copy of it) on loopback with it. Plain CommonJS, so that the .mjs
// scripts and the TypeScript tests under jest can both load it.
const { createServer } = require("node:http");
const { existsSync, readFileSync, statSync } = require("node:fs");
const { extname, join, normalize, relative, isAbsolute } = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".json": "application/json",
  ".map": "application/json",
};

/** The file under dir that a request path names, or null when it leaves dir or names no file. */
function fileFor(dir, urlPath) {
  let path;
  try {
    path = decodeURIComponent((urlPath || "/").split("?")[0]);
  } catch {
    return null;
  }
  const file = join(dir, normalize(path === "/" ? "/taskpane.html" : path));
  const inside = relative(dir, file);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Serves dir on 127.0.0.1 at a free port; "/" is taskpane.html. onRequest hears every request path
 * (the e2e tests check that nothing unexpected was asked for).
 */
async function serveDir(dir, { onRequest } = {}) {
  const server = createServer((req, res) => {
    onRequest?.(req.url ?? "");
    const file = fileFor(dir, req.url);
    if (!file) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, server };
}

module.exports = { serveDir, fileFor, TYPES };
