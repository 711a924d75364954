// Lint rules, including the house's guard rails (docs/HOUSE.md): the import arrows taskpane ->
// engine|host, cli -> engine, worker -> engine; the engine points nowhere and uses no Node or DOM API;
// the host points at nothing outside its room; Office.js, in any spelling, only in src/host.
// test/unit/guardrails/ has a probe for each rail and checks that it fires.
import { builtinModules, createRequire } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Microsoft's rules for Office add-ins. Only the rules: the package's own entry loads Prettier and
// React Native configs we do not use (its typescript-eslint is pinned to ours in package.json).
const officeAddinsRules = createRequire(import.meta.url)("eslint-plugin-office-addins/lib/rules").default;

const HOUSE = "see docs/HOUSE.md";
const ROOMS = ["engine", "host", "taskpane", "cli", "worker"];

/** Import patterns that reach another room from anywhere inside src/<room>/. */
const otherRooms = (room, allowed = []) =>
  ROOMS.filter((r) => r !== room && !allowed.includes(r)).map((r) => ({
    regex: `^(\\.\\./)+${r}(/|$)`,
    message: `src/${room} must not import from src/${r} (${HOUSE}).`,
  }));
const nodeBuiltins = (why) => ({
  regex: `^(node:.*|${builtinModules
    .filter((m) => !m.startsWith("_"))
    .map((m) => m.replace("/", "\\/"))
    .join("|")})(\\/.*)?$`,
  message: `${why} (${HOUSE}).`,
});
const restrictImports = (...patterns) => ["error", { patterns }];

// Office, however it is spelt: Office.x, typeof Office, globalThis.Office, (globalThis as any).Office,
// window["Office"], self[`Office`], Reflect.get(globalThis, "Office"), Office.Types in a type.
const OFFICE_MESSAGE = `Office.js is read only in src/host: components receive a Host (${HOUSE}).`;
const noOffice = [
  { selector: "Identifier[name='Office']", message: OFFICE_MESSAGE },
  { selector: "Literal[value='Office']", message: OFFICE_MESSAGE },
  { selector: "TemplateElement[value.cooked='Office']", message: OFFICE_MESSAGE },
];

const ENGINE_PURE = "src/engine is pure TypeScript: the worker and the CLI hand it bytes and text";
const engineGlobals = [
  // Node
  "process",
  "Buffer",
  "require",
  "module",
  "exports",
  "__dirname",
  "__filename",
  "global",
  "setImmediate",
  "clearImmediate",
  // browser and worker
  "window",
  "self",
  "document",
  "navigator",
  "location",
  "history",
  "localStorage",
  "sessionStorage",
  "indexedDB",
  "caches",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "Worker",
  "postMessage",
  "importScripts",
  "alert",
  "confirm",
  "prompt",
  "Blob",
  "File",
  "FileReader",
  "crypto",
  // GZIP is undone by the caller (the CLI with node:zlib, the worker with DecompressionStream)
  "DecompressionStream",
  "CompressionStream",
  // the global object itself: globalThis.process, (globalThis as any).document…
  "globalThis",
].map((name) => ({ name, message: `${ENGINE_PURE}; \`${name}\` belongs to the host it runs in (${HOUSE}).` }));

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "lib/",
      "node_modules/",
      "coverage/",
      "test-results/",
      ".bench/",
      "reports/",
      ".stryker-tmp/",
      "test/unit/guardrails/probes/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    files: ["src/**/*.tsx", "src/**/*.ts"],
    plugins: { "react-hooks": reactHooks, "office-addins": { rules: officeAddinsRules } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      // Outlook add-ins start from Office.onReady; Microsoft's other rules are for Excel and Word's
      // context.sync() batches, which Outlook's mailbox API does not use.
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/engine/**"],
    rules: {
      "no-restricted-imports": restrictImports(...otherRooms("engine"), {
        regex: "^[^.]",
        message: `${ENGINE_PURE}; it imports nothing outside src/engine, no Node module, no package (${HOUSE}).`,
      }),
      "no-restricted-globals": ["error", ...engineGlobals],
      "no-restricted-syntax": [
        "error",
        ...noOffice,
        { selector: "ImportExpression", message: `${ENGINE_PURE}; it loads no code at run time (${HOUSE}).` },
      ],
    },
  },
  {
    files: ["src/host/**"],
    rules: {
      "no-restricted-imports": restrictImports(...otherRooms("host"), {
        regex: "^[^.]",
        message: `src/host points at nothing outside its room: Office.js is a global, not an import (${HOUSE}).`,
      }),
    },
  },
  {
    files: ["src/worker/**"],
    rules: {
      "no-restricted-imports": restrictImports(...otherRooms("worker", ["engine"]), nodeBuiltins("The pane's worker runs in the browser")),
      "no-restricted-syntax": ["error", ...noOffice],
    },
  },
  {
    files: ["src/cli/**"],
    rules: {
      "no-restricted-imports": restrictImports(...otherRooms("cli", ["engine"])),
      "no-restricted-syntax": ["error", ...noOffice],
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": restrictImports(...otherRooms("taskpane", ["engine", "host"]), nodeBuiltins("The pane runs in the browser")),
      "no-restricted-syntax": ["error", ...noOffice],
    },
  },
);
