// The org worker's job without a Worker (Node has Blob, streams and DecompressionStream as browsers do):
// exports stream through the engine, GZIP is undone, a cut-off GZIP is named, cancel stops.
import { Blob } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runOrg } from "../../../src/worker/org-run";
import { DiagnosisCancelled, type LogBlob, type Progress } from "../../../src/worker/run";

const FIX = join(__dirname, "../../fixtures/org");

function file(name: string, bytes: Uint8Array | string, withStream = true): LogBlob {
  const blob = new Blob([bytes]);
  const f: LogBlob = { name, size: blob.size, slice: (a, b) => blob.slice(a, b) };
  if (withStream) f.stream = () => blob.stream() as unknown as ReadableStream<Uint8Array>;
  return f;
}

describe("runOrg (the org worker's job)", () => {
  it("reads Setup's GZIP download and sf's JSON together, with progress up to the total", async () => {
    const progress: Progress[] = [];
    const gz = gzipSync(readFileSync(join(FIX, "login-history-setup.csv")));
    const json = readFileSync(join(FIX, "login-history-sf.json"));
    const report = await runOrg([file("LoginHistory.csv.gz", gz), file("lh.json", json, false)], (p) => progress.push(p));
    expect(report.problems).toEqual([]);
    expect(report.users.find((u) => u.user === "ivan.sand@example.com")).toMatchObject({ cause: "user-auth-failure", failing: true });
    expect(report.users.find((u) => u.user === "0055g00000AnnaAAA")).toMatchObject({ cause: "ip-restricted" });
    expect(progress[progress.length - 1]).toEqual({ done: gz.length + json.length, total: gz.length + json.length });
  });

  it("names a cut-off GZIP and a query error, and still reads the good file", async () => {
    const big = readFileSync(join(FIX, "login-history-setup.csv"), "utf8").repeat(200);
    const gz = gzipSync(big);
    const report = await runOrg(
      [
        file("cut.csv.gz", gz.subarray(0, Math.floor(gz.length / 2))),
        file("err.json", readFileSync(join(FIX, "query-error.json"))),
        file("ok.csv", readFileSync(join(FIX, "login-history-sf.csv"))),
      ],
      () => undefined,
    );
    expect(report.problems.map((p) => [p.file, p.reason])).toEqual([
      ["cut.csv.gz", "gzip-truncated"],
      ["err.json", "query-error"],
    ]);
    expect(report.users.find((u) => u.user === "0055g00000CarlAAA")?.cause).toBe("user-auth-failure");
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runOrg([file("ok.csv", readFileSync(join(FIX, "login-history-sf.csv")))], () => undefined, controller.signal),
    ).rejects.toBeInstanceOf(DiagnosisCancelled);
  });
});
