/**
 * Writes the staff files on a thread of its own (see outputs.ts), so the main thread stays free
 * for the rest of the build while they are written.
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeStaffFromSources, type StaffReply } from "./outputs.ts";

const { sourcesPath, outDir } = workerData as { sourcesPath: string; outDir: string };

writeStaffFromSources(sourcesPath, outDir).then(
  (written) => parentPort?.postMessage(written satisfies StaffReply),
  (error: unknown) =>
    parentPort?.postMessage({
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies StaffReply),
);
