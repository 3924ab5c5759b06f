/**
 * The one reply of a build step's worker thread. Such a thread is started early and waits for
 * its work (a section's pages, the staff hand-over); while it waits it must not keep the
 * process alive, or a build that fails before handing it work would never exit.
 */
import type { Worker } from "node:worker_threads";

/**
 * The thread's first message; rejected if the thread fails or stops before sending one. Lets
 * the thread go (`unref`): call `worker.ref()` once it has work to finish.
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
