// Every real text in test/fixtures/real (copied from public pages, sources in its README) through the
// engine, as a user would give it: pasted as it is (what they see), and, for error texts that stand in
// logs, inside an SFO log entry (header line, then the text as the entry's continuation lines).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose, LogInputError, scanBytes, type Diagnosis } from "../../../src/engine";
import { FIXTURES } from "./fixtures";

interface Expected {
  cause: string | null;
  candidates?: string[];
  bareSymptom: boolean;
}

const dir = join(FIXTURES, "real");
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const enc = new TextEncoder();

/** The diagnosis, or null when the doctor refuses the text (nothing known in it). */
function run(name: string, bytes: Uint8Array): Diagnosis | null {
  try {
    return diagnose([scanBytes(name, bytes)]);
  } catch (e) {
    if (e instanceof LogInputError) return null;
    throw e;
  }
}

/** The text as the continuation of one SFO log entry, as a .NET exception or an OAuth error body lands in Trace.log. */
const inLog = (text: string) =>
  enc.encode(
    `2024-03-04 09:00:02,101 [3364] DEBUG general Running Synchronize Status:Connected\r\n2024-03-04 09:08:10,290 [13152] ERROR sfdcsession Exception while refreshing the session:\r\n${text.replace(/\r?\n/g, "\r\n")}\r\n`,
  );

/** What a user would notice wrong, or null when the diagnosis says what the text supports. */
function problem(d: Diagnosis | null, want: Expected, mode: "pasted" | "log"): string | null {
  if (want.cause === null && !want.candidates) {
    if (d && d.cause !== null && d.cause !== "unknown") return `invented ${d.cause}`;
    return null;
  }
  if (!d) return "refused as not an SFO log";
  if (want.cause !== null && d.cause !== want.cause) return `cause ${d.cause}, candidates ${d.candidates.map((c) => c.id).join(",")}`;
  if (want.candidates) {
    const ids: string[] = d.candidates.map((c) => c.id);
    if (!want.candidates.every((c) => ids.includes(c))) return `candidates ${ids.join(",")}`;
    if (!d.notes.some((n) => n.key.startsWith("cause.tellApart."))) return "no note on what tells the candidates apart";
    if (d.candidates[0].confidence > 0.6) return `top candidate ${Math.round(d.candidates[0].confidence * 100)} % sure on a shared text`;
  }
  if (mode === "pasted") {
    // A pasted text with SFO's own log lines in it is a log; anything else is what the user sees.
    if (want.bareSymptom && d.basis !== "symptom") return `diagnosed from ${d.basis}, not from what the user sees`;
    if (d.basis === "symptom" && !d.notes.some((n) => n.key === "cause.note.fromSymptom")) return "not said to be from what the user sees";
    if (d.basis === "symptom" && d.candidates[0].confidence > 0.7)
      return `${Math.round(d.candidates[0].confidence * 100)} % sure without logs`;
  } else {
    if (d.status !== "logged-out") return `status ${d.status} after an unrecovered sign-in error`;
    if (!d.notes.some((n) => n.key === "cause.note.unconfirmed")) return "no note on what would confirm the log-out";
  }
  return null;
}

const results: { file: string; mode: string; problem: string | null }[] = [];

describe("real texts from public pages (test/fixtures/real)", () => {
  it("has an expectation for every text", () => {
    expect(files.filter((f) => !expected[f])).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(22);
  });

  it.each(files)("%s, pasted as it is", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const p = problem(run(file, enc.encode(text)), expected[file], "pasted");
    results.push({ file, mode: "pasted", problem: p });
    expect(p).toBeNull();
  });

  // Texts that are SFO log lines already (the seed's) are read as logs when pasted; they need no wrapping.
  const isSfoLog = (f: string) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\s+\[/m.test(readFileSync(join(dir, f), "utf8"));
  it.each(files.filter((f) => expected[f] && !expected[f].bareSymptom && !isSfoLog(f)))("%s, inside a Trace.log entry", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const p = problem(run("Trace.log", inLog(text)), expected[file], "log");
    results.push({ file, mode: "log", problem: p });
    expect(p).toBeNull();
  });

  afterAll(() => {
    const ok = results.filter((r) => r.problem === null).length;
    // The figure the issue measures: real texts diagnosed right, of all the runs.
    process.stdout.write(`real texts: ${ok} of ${results.length} runs right (${files.length} files)\n`);
  });
});
