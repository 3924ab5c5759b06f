import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replyOf, startThread } from "./threads.ts";

/** The nice value in a /proc/…/stat line (field 19; the command name may contain spaces). */
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);

const threads = new URL("./threads.ts", import.meta.url).href;

/** A module that reports, as it loads, its data and its thread's nice value. */
const reporter = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { readFileSync } from "node:fs";
    import { parentPort } from "node:worker_threads";
    import { threadData } from ${JSON.stringify(threads)};
    parentPort.postMessage({
      data: threadData(),
      stat: process.platform === "linux" ? readFileSync("/proc/thread-self/stat", "utf8") : "",
    });
  `)}`,
);

describe("startThread", () => {
  it("gives the module its data, at the caller's priority unless asked for the background", async () => {
    for (const background of [false, true]) {
      const worker = startThread(reporter, { data: { n: 1 }, background });
      const reply = await replyOf<{ data: unknown; stat: string }>(worker);
      await worker.terminate();
      expect(reply.data).toEqual({ n: 1 });
      if (process.platform !== "linux") continue;
      const own = niceOf(readFileSync("/proc/thread-self/stat", "utf8"));
      // Lowered before the module loaded: its first line already runs in the background.
      expect(niceOf(reply.stat)).toBe(background ? 19 : own);
    }
  });
});
