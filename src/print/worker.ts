/**
 * A print worker: draws the materials the pool sends it, one at a time, into the cache and the
 * output folder (see pool.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeMaterial } from "./output.ts";
import type { PoolJob, PoolReply } from "./pool.ts";

const { outDir, cacheRoot } = workerData as { outDir: string; cacheRoot: string | undefined };

parentPort?.on("message", (job: PoolJob) => {
  writeMaterial(job.spec, outDir, cacheRoot).then(
    (written) => parentPort?.postMessage({ id: job.id, written } satisfies PoolReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies PoolReply),
  );
});
