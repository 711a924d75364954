// A scan worker that exits without answering must fail the scan with a clear error, not hang it.
import * as fs from "node:fs";
import * as path from "node:path";
import { diagnoseUsers, ScanWorkerExited } from "../../../src/cli/scan";
import { runCli, tempDir, writeTree } from "./run-cli";

/** A worker that takes a job and ends its thread without an answer, as a process.exit deep in a dependency would. */
function silentWorker(dir: string): string {
  const worker = path.join(dir, "silent-worker.js");
  fs.writeFileSync(worker, `require("node:worker_threads").parentPort.on("message", () => process.exit(7));\n`);
  return worker;
}

it("rejects with ScanWorkerExited naming the user when a worker exits silently", async () => {
  const dir = tempDir();
  const worker = silentWorker(dir);
  const folders = [
    { user: "anna.berg", dir },
    { user: "bo.holm", dir },
  ];
  const progress: number[] = [];
  const error = await diagnoseUsers(folders, worker, (done) => progress.push(done)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScanWorkerExited);
  expect((error as ScanWorkerExited).code).toBe(7);
  expect(["anna.berg", "bo.holm"]).toContain((error as ScanWorkerExited).user);
  expect(progress).toEqual([]);
  fs.rmSync(dir, { recursive: true });
});

describe("sfo-doctor scan when a worker exits without an answer", () => {
  let dir: string;
  let worker: string;
  beforeAll(() => {
    dir = tempDir();
    worker = silentWorker(tempDir());
    writeTree(dir, { "anna.berg/Trace.log": "2015-04-24 09:00:00,000 [100] DEBUG general Application status changed to Connected\r\n" });
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true });
    fs.rmSync(path.dirname(worker), { recursive: true });
  });

  it("stops with exit 1 and one line that names the user's folder, the exit code and what to run next", async () => {
    const run = await runCli(["scan", dir], { scanWorker: worker });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "sfo-doctor: a scan worker stopped without an answer while reading anna.berg (exit code 7). Run sfo-doctor diagnose on that folder to see what is wrong with it.\n",
    );
  });

  it("says so in --json too, as reason worker-exited", async () => {
    const run = await runCli(["scan", "--json", dir], { scanWorker: worker });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).error).toMatchObject({ exitCode: 1, reason: "worker-exited", file: null });
  });
});
