// Reads org exports as the CLI and the pane's worker do: each file through its own OrgFileReader, handed
// over in pieces; a file the reader refuses becomes a problem in the report, as the CLI and the pane
// show it. Shared by the org view's tests.
import { OrgAnalysis, OrgFileReader, OrgInputError, type OrgReport, type OrgUser } from "../../../src/engine";

/** Reads `files` (name -> text or bytes) in pieces of `piece` bytes (default: each file whole). */
export function readOrg(files: Record<string, string | Uint8Array>, piece?: number): OrgReport {
  const analysis = new OrgAnalysis();
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === "string" ? new TextEncoder().encode(content) : content;
    const step = piece ?? (data.length || 1);
    const reader = new OrgFileReader(analysis, name);
    try {
      for (let i = 0; i < data.length; i += step) reader.push(data.subarray(i, i + step));
      reader.end();
    } catch (e) {
      if (!(e instanceof OrgInputError)) throw e;
      analysis.problem({ file: e.file, reason: e.kind, detail: e.detail });
    }
  }
  return analysis.report();
}

/** One user's line in the org view's table; fails the test with the names there are when it is missing. */
export function orgUser(r: OrgReport, name: string): OrgUser {
  const u = r.users.find((x) => x.user === name);
  if (!u) throw new Error(`no user ${name} in ${r.users.map((x) => x.user).join(", ")}`);
  return u;
}
