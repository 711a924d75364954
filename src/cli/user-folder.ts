// One user's SFO log folder, diagnosed into one table row for `sfo-doctor scan`. Runs inside a
// worker thread; never throws for bad input: the problem becomes part of the row.
import * as fs from "node:fs";
import * as path from "node:path";
import { diagnose, type CauseId, type LogStatus, type ScannedFile } from "../engine";
import { logFilesIn, SFO_LOG_NAME, scanFile, toInputProblem, type InputProblemReason } from "./read";

export interface UserProblem {
  /** File name inside the user's folder ("" for the folder itself). */
  file: string;
  reason: InputProblemReason | "failed";
}

export interface UserRow {
  user: string;
  status: LogStatus | null;
  cause: CauseId | null;
  /** 0..1 confidence of the cause, null when there is none. */
  confidence: number | null;
  problems: UserProblem[];
}

export async function diagnoseUserFolder(user: string, dir: string): Promise<UserRow> {
  const row: UserRow = { user, status: null, cause: null, confidence: null, problems: [] };
  const files: ScannedFile[] = [];
  try {
    for (const file of logFilesIn(dir)) {
      try {
        files.push(await scanFile(file));
      } catch (e) {
        row.problems.push({ file: path.basename(file), reason: toInputProblem(e, file)?.reason ?? "failed" });
      }
    }
    if (files.length > 0) {
      const d = diagnose(files);
      row.status = d.status;
      row.cause = d.cause;
      row.confidence = d.candidates.find((c) => c.id === d.cause)?.confidence ?? null;
    } else if (row.problems.length === 0) {
      row.problems.push({ file: "", reason: "no-logs" });
    }
  } catch (e) {
    row.problems.push({ file: "", reason: toInputProblem(e, dir)?.reason ?? "failed" });
  }
  return row;
}

// Stryker disable next-line EqualityOperator: the names in one list are distinct folders, so `<=` sorts as `<` does
const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface UserFolder {
  user: string;
  dir: string;
}

/**
 * Every folder under `root` (any depth, `root` included) that directly holds SFO log files; the
 * user is its path relative to root with `/`. Symlinks are not followed, so loops cannot hang it.
 * `withoutLogs` names the leaf folders (empty or not) that hold no SFO logs: most likely a user whose
 * logs went missing; folders that only lead to others are not worth naming.
 */
export function findUserFolders(root: string): { users: UserFolder[]; unreadable: UserFolder[]; withoutLogs: string[] } {
  const users: UserFolder[] = [];
  const unreadable: UserFolder[] = [];
  const withoutLogs: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    const user = path.relative(root, dir).split(path.sep).join("/") || ".";
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      unreadable.push({ user, dir });
      continue;
    }
    const files = entries.filter((e) => !e.isDirectory());
    const subfolders = entries.filter((e) => e.isDirectory());
    if (files.some((e) => SFO_LOG_NAME.test(e.name))) users.push({ user, dir });
    // A leaf folder with no SFO log is most likely a user whose logs went missing, also when it is empty.
    else if (subfolders.length === 0 && dir !== root) withoutLogs.push(user);
    for (const e of subfolders) stack.push(path.join(dir, e.name));
  }
  const byName = (a: UserFolder, b: UserFolder) => compareNames(a.user, b.user);
  return { users: users.sort(byName), unreadable: unreadable.sort(byName), withoutLogs: withoutLogs.sort(compareNames) };
}
