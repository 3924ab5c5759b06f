/**
 * A render worker: loads the fonts once, then renders the jobs the batch sends it, one at a
 * time, into the cache and the output folder.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ImageCache } from "./cache.ts";
import { renderJob, type WorkerJob, type WorkerReply } from "./batch.ts";

const cache = new ImageCache((workerData as { cacheDir: string }).cacheDir);

parentPort?.on("message", (job: WorkerJob) => {
  renderJob(job, cache).then(
    (ms) => parentPort?.postMessage({ id: job.id, ms } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
