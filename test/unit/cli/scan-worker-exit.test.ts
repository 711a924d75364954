// A scan worker that exits without answering must fail the scan with a clear error, not hang it.
import * as fs from "node:fs";
import * as path from "node:path";
import { diagnoseUsers, ScanWorkerExited } from "../../../src/cli/scan";
import { tempDir } from "./run-cli";

it("rejects with ScanWorkerExited naming the user when a worker exits silently", async () => {
  const dir = tempDir();
  const worker = path.join(dir, "silent-worker.js");
  fs.writeFileSync(worker, `require("node:worker_threads").parentPort.on("message", () => process.exit(7));\n`);
  const folders = [{ user: "anna.berg", dir }, { user: "bo.holm", dir }];
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
