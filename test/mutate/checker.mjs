// StrykerJS plugin module for mutation runs (stryker.config.mjs `plugins`): the TypeScript checker's native
// mode (TypeScript 7) asks for the whole program's diagnostics after each mutant, about 0.1 s for the
// engine's 43 files, and mutants are checked one at a time while a single test runner waits for them: in a
// full engine run the check took the first third of the run. Here it asks only for the mutated file's
// syntactic and semantic diagnostics (a few milliseconds). The first check, before any mutant, stays whole.
// What this gives up: a mutant whose only type error shows in another file (it changed an inferred type
// that file uses) passes the check and is run by the tests instead. Mutants in function bodies, nearly
// all of them, type-check or fail in their own file.
// It patches @stryker-mutator/typescript-checker's NativeTypescriptCompiler (a module the package does not
// export, so it is found by path; package-lock.json pins the version this was written against, and the
// patch refuses to load on a version whose class no longer has the method it replaces).
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve("@stryker-mutator/typescript-checker/package.json"));
const load = (file) => import(pathToFileURL(path.join(root, "dist", "src", file)).href);
const { NativeTypescriptCompiler } = await load("ts-native/native-typescript-compiler.js");
const { diagnosticCategoryError, toNativeDiagnostic } = await load("ts-native/native-diagnostic.js");

const whole = NativeTypescriptCompiler.prototype.checkSnapshot;
if (typeof whole !== "function")
  throw new Error("test/mutate/checker.mjs: @stryker-mutator/typescript-checker changed; update or remove this patch");

const posix = (file) => path.resolve(file).split(path.sep).join("/");

NativeTypescriptCompiler.prototype.checkSnapshot = function checkMutatedFiles(changedFiles) {
  if (!changedFiles) return whole.call(this);
  const snapshot = this.api.updateSnapshot({ openProject: this.tsconfigFile, fileChanges: { changed: changedFiles } });
  try {
    const mutated = [...new Set(this.lastMutants.map((mutant) => posix(mutant.fileName)))];
    const diagnostics = [];
    for (const project of snapshot.getProjects())
      for (const file of mutated) {
        if (!this.isProjectFile(file)) continue;
        for (const diagnostic of [...project.program.getSyntacticDiagnostics(file), ...project.program.getSemanticDiagnostics(file)])
          if (diagnostic.category === diagnosticCategoryError)
            diagnostics.push(toNativeDiagnostic(diagnostic, this.fs.getPositionConverter(diagnostic.fileName)));
      }
    return diagnostics;
  } finally {
    snapshot.dispose();
  }
};

/** No plugin of its own: loading this module is the point. */
export const strykerPlugins = [];
