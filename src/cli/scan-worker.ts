// Worker-thread entry for `sfo-doctor scan`: diagnoses one user folder per message.
import { parentPort } from "node:worker_threads";
import { diagnoseUserFolder, type UserFolder } from "./user-folder";

export interface ScanJob extends UserFolder {
  index: number;
}

parentPort?.on("message", async (job: ScanJob) => {
  parentPort?.postMessage({ index: job.index, row: await diagnoseUserFolder(job.user, job.dir) });
});
