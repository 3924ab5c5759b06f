/**
 * The one way the build runs work on other threads: `startThread` (at background priority if
 * asked), and `runPool` over a list of jobs (pool-worker.ts is a worker's side).
 */
import { availableParallelism } from "node:os";
import { Worker, workerData } from "node:worker_threads";

export interface ThreadOptions {
  /** Given to the thread's module as `threadData()`; structured-cloned. */
  data?: unknown;
  /**
   * Lowered to background priority before the module loads, so its imports too run in the time
   * the critical work leaves free.
   */
  background?: boolean;
  /** The thread's environment, inherited by any process it starts. */
  env?: NodeJS.ProcessEnv;
}

interface Start {
  module: string;
  background: boolean;
  data: unknown;
}

/** Starts `module` (a file URL) on a thread of its own. */
export function startThread(module: URL, options: ThreadOptions = {}): Worker {
  return new Worker(new URL("./thread-start.ts", import.meta.url), {
    workerData: {
      module: module.href,
      background: options.background ?? false,
      data: options.data,
    } satisfies Start,
    ...(options.env && { env: options.env }),
  });
}

/** In a module started by `startThread`: the `data` it was started with. */
export function threadData<T>(): T {
  return (workerData as Start).data as T;
}

/**
 * The thread's first message; rejected if the thread fails or stops before sending one. Lets
 * the thread go (`unref`), as a thread waiting for work must not keep a failed build from
 * exiting: call `worker.ref()` once it has work to finish.
 */
export function replyOf<T>(worker: Worker): Promise<T> {
  const reply = new Promise<T>((done, fail) => {
    worker.once("message", done);
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`its thread stopped (exit code ${code})`)));
  });
  // Awaited by the caller when it needs the reply; until then a failure must not go unhandled.
  reply.catch(() => undefined);
  // After the listeners: listening for messages holds the thread again.
  worker.unref();
  return reply;
}

/** Runs a thread to its end; rejects if it fails or exits with a code other than 0. */
export function runThread(module: URL, options: ThreadOptions = {}): Promise<void> {
  const worker = startThread(module, options);
  return new Promise<void>((done, fail) => {
    worker.once("error", fail);
    worker.once("exit", (code) =>
      code === 0 ? done() : fail(new Error(`its thread stopped (exit code ${code})`)),
    );
  });
}

interface PoolJob<J> {
  id: number;
  job: J;
}

export type PoolReply<R> = { id: number; result: R } | { id: number; error: string };

/** A pool's work: the export `name` of `module`, which does one job. */
export interface PoolWork {
  module: URL;
  name: string;
}

/** The function of `work`, loaded on this thread (pool-worker.ts loads it on each worker). */
export async function workOf<J, R>({ module, name }: PoolWork | { module: string; name: string }) {
  const loaded = (await import(module.toString())) as Record<string, unknown>;
  const work = loaded[name];
  if (typeof work !== "function") throw new Error(`${module.toString()} exports no ${name}()`);
  return work as (job: J) => Promise<R>;
}

export interface PoolOptions extends PoolWork {
  /** Threads in all, this one included; by default the machine's cores, at most four. */
  threads?: number | undefined;
  /** Below this many jobs no worker is started: its start (modules, fonts) would not pay. */
  threshold: number;
}

/**
 * Does `jobs` on this thread and on `threads - 1` workers at once, and returns the results in
 * the order of `jobs`, whatever finished first. This thread works too: it would otherwise only
 * wait, and it works while the workers load. Each worker holds two jobs, so it never waits for
 * this (busy) thread to hand it the next. The first failure stops the pool.
 */
export async function runPool<J, R>(jobs: readonly J[], options: PoolOptions): Promise<R[]> {
  const here = await workOf<J, R>(options);
  const results = new Array<R>(jobs.length);
  const queue: PoolJob<J>[] = jobs.map((job, id) => ({ id, job }));
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 4));
  const count = jobs.length >= options.threshold ? threads - 1 : 0;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    queue.length = 0;
  };
  const local = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      results[next.id] = await here(next.job);
      // Let the workers' replies through between two jobs.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const remote = (worker: Worker) =>
    new Promise<void>((done) => {
      let inFlight = 0;
      const feed = () => {
        while (inFlight < 2) {
          const next = queue.shift();
          if (!next) break;
          worker.postMessage(next);
          inFlight++;
        }
        if (inFlight === 0) done();
      };
      worker.on("message", (reply: PoolReply<R>) => {
        inFlight--;
        if ("error" in reply) fail(new Error(reply.error));
        else results[reply.id] = reply.result;
        feed();
      });
      worker.on("error", (error) => {
        fail(error);
        done();
      });
      feed();
    });
  const workers = Array.from({ length: count }, () =>
    startThread(new URL("./pool-worker.ts", import.meta.url), {
      data: { module: options.module.href, name: options.name },
    }),
  );
  try {
    await Promise.all([local().catch(fail), ...workers.map(remote)]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failed) throw failed;
  return results;
}
