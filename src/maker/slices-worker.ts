/**
 * The maker's font slices on a thread of their own (started by
 * src/build/integrations/maker-files.ts at background priority): cuts what the drawing cache
 * lacks while Astro starts, then, told the folder once the pages are written, places them.
 */
import { parentPort } from "node:worker_threads";
import { cacheFontSlices, placeFontSlices } from "./font-slices.ts";

export type SlicesReply = { placed: number; cut: number } | { error: string };

const cached = cacheFontSlices();
// Reported with the reply; until then a failure must not go unhandled.
cached.catch(() => undefined);

parentPort?.once("message", (folder: string) => {
  cached
    .then(async (cut) => ({ placed: await placeFontSlices(folder), cut }))
    .catch((error: unknown) => ({
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }))
    .then((reply: SlicesReply) => parentPort?.postMessage(reply));
});
