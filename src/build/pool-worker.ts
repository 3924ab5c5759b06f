/**
 * A worker of `runPool` (threads.ts): loads the pool's work once, then does each job it is sent,
 * one at a time as they come.
 */
import { parentPort } from "node:worker_threads";
import { threadData, workOf, type PoolReply } from "./threads.ts";

const work = await workOf(threadData<{ module: string; name: string }>());

parentPort?.on("message", ({ id, job }: { id: number; job: unknown }) => {
  work(job).then(
    (result) => parentPort?.postMessage({ id, result } satisfies PoolReply<unknown>),
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies PoolReply<unknown>),
  );
});
