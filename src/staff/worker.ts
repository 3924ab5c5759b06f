/**
 * Writes a share of the staff files (every `parts`th article, with outputs.ts) on a thread of
 * its own (started by writers.ts), beside the pages and the search index, at background
 * priority.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runThisThreadInBackground } from "../build/priority.ts";
import type { StaffReply } from "./writers.ts";

// The pages and the first locale's search index come first (src/build/priority.ts): from
// before the thread loads its modules, while Astro starts on the main thread.
runThisThreadInBackground();
const { writeStaffFromSources } = await import("./outputs.ts");

const { outDir, part, parts } = workerData as { outDir: string; part: number; parts: number };

// Started while Astro starts (writers.ts); the hand-over comes once the pages begin.
parentPort?.once("message", (sources: Uint8Array) => {
  let reply: StaffReply;
  try {
    reply = writeStaffFromSources(sources, outDir, part, parts);
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
