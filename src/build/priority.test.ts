import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";

/** The nice value in a /proc/…/stat line (field 19; the command name may contain spaces). */
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);

const linux = process.platform === "linux";

describe.runIf(linux)("runThisThreadInBackground", () => {
  it("lowers the calling thread and the processes it starts, not the rest of the process", async () => {
    const own = () => niceOf(readFileSync("/proc/thread-self/stat", "utf8"));
    const before = own();
    const priority = new URL("./priority.ts", import.meta.url).href;
    // A worker thread that lowers itself, then reports its own nice value and that of a
    // process it starts (as Pagefind's is started from a section's thread).
    const code = `
      import { execFileSync } from "node:child_process";
      import { readFileSync } from "node:fs";
      import { parentPort } from "node:worker_threads";
      import { runThisThreadInBackground } from ${JSON.stringify(priority)};
      runThisThreadInBackground();
      parentPort.postMessage({
        thread: readFileSync("/proc/thread-self/stat", "utf8"),
        child: execFileSync("cat", ["/proc/self/stat"], { encoding: "utf8" }),
      });
    `;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
    const reported = await new Promise<{ thread: string; child: string }>((done, fail) => {
      worker.once("message", done);
      worker.once("error", fail);
    });
    await worker.terminate();
    expect(niceOf(reported.thread)).toBe(19);
    expect(niceOf(reported.child)).toBe(19);
    expect(own()).toBe(before);
  });
});
