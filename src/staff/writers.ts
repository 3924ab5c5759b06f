/**
 * The staff files' threads (src/staff/worker.ts, which writes with outputs.ts), started with
 * the build. Kept apart from outputs.ts so that the build's configuration loads only this, and
 * the parsers and writers load on the threads that use them.
 */
import { availableParallelism } from "node:os";
import { replyOf, startThread } from "../build/threads.ts";

export type StaffReply = { files: number; articles: number } | { error: string };

/**
 * Threads for the staff files: they run at background priority (src/build/priority.ts), taking
 * only the time the pages and the search index leave, and at the end of a large build they
 * are the last work left, which one thread would do on one core while the others idle.
 */
const THREADS = Math.min(4, availableParallelism());

export interface StaffWriters {
  /**
   * Gives every thread the hand-over (one copy in shared memory, which they only read): each
   * writes every `threads`th job. Resolves when all are done; the first failure stops them all.
   */
  write(sources: Uint8Array): Promise<{ files: number; articles: number }>;
}

/**
 * Starts the staff threads now, so that their modules load while Astro starts (one core is
 * idle then), and they write the files as soon as the hand-over is rendered.
 */
export function startStaffWriters(outDir: string, threads = THREADS): StaffWriters {
  const workers = Array.from({ length: threads }, (_, part) =>
    startThread(new URL("./worker.ts", import.meta.url), {
      data: { outDir, part, parts: threads },
      background: true,
    }),
  );
  // Held again in `write`.
  const replies = workers.map((worker) =>
    replyOf<StaffReply>(worker).then((reply) => {
      if ("error" in reply) throw new Error(`Staff files: ${reply.error}`);
      return reply;
    }),
  );
  for (const reply of replies) reply.catch(() => undefined);
  return {
    async write(sources) {
      const shared = new Uint8Array(new SharedArrayBuffer(sources.byteLength));
      shared.set(sources);
      for (const worker of workers) {
        worker.ref();
        worker.postMessage(shared);
      }
      try {
        const all = await Promise.all(replies);
        return {
          files: all.reduce((sum, reply) => sum + reply.files, 0),
          articles: all.reduce((sum, reply) => sum + reply.articles, 0),
        };
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}
