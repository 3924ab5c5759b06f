/**
 * Writes a share of the staff files (every `parts`th article, with outputs.ts) on a thread of
 * its own (started by writers.ts at background priority), beside the pages and the search index.
 */
import { parentPort } from "node:worker_threads";
import { threadData } from "../build/threads.ts";
import { writeStaffFromSources } from "./outputs.ts";
import type { StaffReply } from "./writers.ts";

const { outDir, part, parts } = threadData<{ outDir: string; part: number; parts: number }>();

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
