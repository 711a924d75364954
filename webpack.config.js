/* Builds the task pane into dist/: taskpane.html, its scripts, the worker, assets/, manifest.xml and
   the unified manifest (manifest.json, its localization files, color.png, outline.png) made from it. */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { rewriteManifest, addinBaseUrl } = require("./scripts/manifest-url.js");
const { buildUnifiedManifest, ICONS } = require("./scripts/unified-manifest.js");

const DEV_URL = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// A bad ADDIN_URL or ADDIN_VARIANT stops the build before it starts, as one line, not a stack trace.
function oneLineError(message) {
  const error = new Error(message);
  error.stack = message;
  error[Symbol.for("nodejs.util.inspect.custom")] = () => message;
  return error;
}
function checkedAddinUrl(raw) {
  try {
    return addinBaseUrl(raw);
  } catch (error) {
    throw oneLineError(error.message);
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const addinUrl = checkedAddinUrl(process.env.ADDIN_URL || DEV_URL);
  const variant = process.env.ADDIN_VARIANT || env.variant || "production";
  if (!["production", "test"].includes(variant)) throw oneLineError(`ADDIN_VARIANT must be "test" or unset, got "${variant}"`);
  const testVariant = variant === "test";
  // Both manifests come from manifest.xml after ADDIN_URL and the variant are applied. Building the
  // unified one here also stops a build whose manifest.xml lacks something it needs, in one line.
  const manifests = (xml) => {
    try {
      const rewritten = rewriteManifest(xml, { addinUrl, testVariant });
      return { "manifest.xml": rewritten, ...buildUnifiedManifest(rewritten) };
    } catch (error) {
      throw oneLineError(error.message);
    }
  };
  const manifestFiles = Object.keys(manifests(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8")));
  const asText = (value) => (typeof value === "string" ? value : JSON.stringify(value, null, 2) + "\n");
  // The dev server serves a local Office.js so that development works offline; builds use the CDN.
  const officeJs = env.localOfficeJs ? "office-js/office.js" : OFFICE_CDN;
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "cheap-module-source-map", // no eval: the CSP forbids it
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                target: "es2022",
              },
            },
          },
        },
        // The engine is pure (no side effects on import): let webpack leave out engine modules the first
        // bundle never uses, e.g. report.ts, which pulls in both languages' catalogs.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({
        patterns: [
          // The package icons go to dist/ under their package names only (below).
          {
            from: "assets/*.png",
            to: "assets/[name][ext]",
            globOptions: { ignore: Object.values(ICONS).map((icon) => `**/${path.basename(icon.source)}`) },
          },
          ...manifestFiles.map((name) => ({
            from: "manifest.xml",
            to: name,
            transform: (content) => asText(manifests(content.toString())[name]),
          })),
          ...Object.values(ICONS).map((icon) => ({ from: icon.source, to: icon.file })),
          ...(env.localOfficeJs ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js" }] : []),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: false,
      port: 3000,
      hot: false,
      liveReload: false,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
