/**
 * Draws many materials at once: those in the cache are copied on this thread; the rest are
 * shared between this thread and a worker per further core (up to four threads), since a
 * board or a leaflet takes most of a second and cores would otherwise wait. Results come back
 * in the order of the input, so the manifest is the same whatever finished first.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { isCached, writeMaterial, type WrittenMaterial } from "./output.ts";
import type { MaterialSpec } from "./spec.ts";

export interface PoolJob {
  id: number;
  spec: MaterialSpec;
}

export type PoolReply = { id: number; written: WrittenMaterial } | { id: number; error: string };

/** Below this many materials to draw, a worker's start (fonts, modules) does not pay. */
const THRESHOLD = 3;

export async function writeMaterials(
  specs: MaterialSpec[],
  outDir: string,
  cacheRoot: string | undefined,
  threads = Math.min(availableParallelism(), 4),
): Promise<WrittenMaterial[]> {
  const results: WrittenMaterial[] = new Array<WrittenMaterial>(specs.length);
  const queue: PoolJob[] = [];
  for (const [id, spec] of specs.entries()) {
    if (cacheRoot && (await isCached(spec, cacheRoot))) {
      results[id] = await writeMaterial(spec, outDir, cacheRoot);
    } else {
      queue.push({ id, spec });
    }
  }
  const workers =
    queue.length >= THRESHOLD && threads > 1
      ? Array.from(
          { length: threads - 1 },
          () =>
            new Worker(new URL("./worker.ts", import.meta.url), {
              workerData: { outDir, cacheRoot },
            }),
        )
      : [];
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    queue.length = 0;
  };
  const local = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      results[job.id] = await writeMaterial(job.spec, outDir, cacheRoot);
      // Let the workers' replies through between two materials.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const remote = (worker: Worker) =>
    new Promise<void>((done) => {
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else done();
      };
      worker.on("message", (reply: PoolReply) => {
        if ("error" in reply) fail(new Error(reply.error));
        else results[reply.id] = reply.written;
        next();
      });
      worker.on("error", (error) => {
        fail(error);
        done();
      });
      next();
    });
  try {
    await Promise.all([local().catch(fail), ...workers.map(remote)]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failed) throw failed;
  return results;
}
