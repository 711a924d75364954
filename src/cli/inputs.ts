// Turns the paths on the command line (files, folders, `-` for stdin, or nothing on Windows) into
// one Diagnosis. Shared by `diagnose` and `report`.
import { diagnose, SFO_LOG_FOLDER_TEXT, type Diagnosis, type ScannedFile } from "../engine";
import { defaultLogFolders, InputProblem, scanPaths, scanStream } from "./read";

export interface InputContext {
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream;
  /** Told about files in a folder that were skipped; the diagnosis goes on without them. */
  onSkipped(problem: InputProblem): void;
}

export async function diagnoseInputs(paths: readonly string[], ctx: InputContext): Promise<Diagnosis> {
  let targets = paths;
  if (targets.length === 0) {
    targets = defaultLogFolders(ctx.env);
    if (targets.length === 0) throw new InputProblem(SFO_LOG_FOLDER_TEXT, "no-default-folder");
  }
  const files: ScannedFile[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    if (target === "-") {
      files.push(await scanStream("stdin", ctx.stdin));
      continue;
    }
    const scanned = await scanPaths([target], seen);
    files.push(...scanned.files);
    scanned.skipped.forEach(ctx.onSkipped);
  }
  return diagnose(files);
}
