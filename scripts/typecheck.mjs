// `npm run typecheck`: the whole project (tsconfig.json: src and test, every type loaded), then each
// room with its own settings (src/<room>/tsconfig.json), so that the engine fails on `document` or
// `process` and the pane on `node:fs`. One process: files parsed once are shared by every program.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ts = createRequire(import.meta.url)("typescript");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const configs = ["tsconfig.json", ...["engine", "worker", "host", "taskpane", "cli"].map((room) => `src/${room}/tsconfig.json`)];

const parsed = new Map();
const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
let failed = 0;
for (const config of configs) {
  const cmd = ts.getParsedCommandLineOfConfigFile(
    join(root, config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  const host = ts.createCompilerHost(cmd.options);
  const read = host.getSourceFile;
  host.getSourceFile = (file, lang, ...rest) => {
    const key = `${file}|${typeof lang === "object" ? `${lang.languageVersion}|${lang.impliedNodeFormat}` : lang}`;
    if (!parsed.has(key)) parsed.set(key, read.call(host, file, lang, ...rest));
    return parsed.get(key);
  };
  const program = ts.createProgram({ rootNames: cmd.fileNames, options: cmd.options, host, projectReferences: cmd.projectReferences });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) {
    failed++;
    process.stderr.write(`typecheck ${config}:\n${ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost)}\n`);
  }
}
if (failed) process.exit(1);
console.log(`typecheck: ${configs.length} programs clean (${configs.join(", ")})`);
