// Lint rules, including the house's import arrows: taskpane -> engine|host, cli -> engine,
// worker -> engine; engine points nowhere; host points at nothing but its own room.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const noImport = (...rooms) => ({
  "no-restricted-imports": ["error", { patterns: rooms.map((r) => ({ regex: `^(\\.\\./)+${r}(/|$)`, message: `The house plan forbids importing ${r} from here.` })) }],
});

export default tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "test-results/", ".bench/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { files: ["src/**/*.tsx", "src/**/*.ts"], plugins: { "react-hooks": reactHooks }, rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" } },
  { files: ["src/engine/**"], rules: { ...noImport("taskpane", "host", "cli", "worker"), "no-restricted-globals": ["error", "Office", "document", "window"] } },
  { files: ["src/host/**"], rules: noImport("taskpane", "cli", "worker") },
  { files: ["src/worker/**"], rules: noImport("taskpane", "cli", "host") },
  { files: ["src/cli/**"], rules: noImport("taskpane", "host", "worker") },
  { files: ["src/taskpane/**"], rules: { ...noImport("cli", "worker"), "no-restricted-globals": ["error", "Office"] } },
);
