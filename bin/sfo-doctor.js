#!/usr/bin/env node
// sfo-doctor: the CLI lives in lib/, bundled by scripts/build-cli.mjs (npm ci runs it via `prepare`).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "lib", "cli.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("sfo-doctor: the CLI is not built yet; run `npm run build:cli` in " + path.dirname(__dirname) + "\n");
  process.exit(1);
}
// V8's compiled code for the 2 MB bundle is kept between runs (Node's own cache in the temp folder):
// about 70 ms less start-up on every run after the first.
require("node:module").enableCompileCache?.();
require(bundle).main(process.argv.slice(2));
