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
require(bundle).main(process.argv.slice(2));
