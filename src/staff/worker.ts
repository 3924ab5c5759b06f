/**
 * Writes the staff files on a thread of its own (see outputs.ts), so Astro's thread goes on
 * rendering pages while they are written.
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeStaffFromJson, type StaffReply } from "./outputs.ts";

const { json, outDir } = workerData as { json: string; outDir: string };

writeStaffFromJson(json, outDir).then(
  (written) => parentPort?.postMessage(written satisfies StaffReply),
  (error: unknown) =>
    parentPort?.postMessage({
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies StaffReply),
);
