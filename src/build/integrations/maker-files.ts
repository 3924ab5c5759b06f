/**
 * Puts the banner and poster maker's font slices (src/maker/font-slices.ts) into
 * `dist/materials/make/files/`. They are not rendered as routes: 680 endpoint renders held
 * Astro's one busy thread for about 2 s at the end of every build (docs/build-performance.md).
 * A thread at background priority cuts any slice the drawing cache lacks while Astro starts;
 * once the pages are written it places the cached files as hard links. (`astro dev` serves them
 * from the route, src/pages/materials/make/files/[file].ts.)
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { replyOf, startThread } from "../threads.ts";
import type { SlicesReply } from "../../maker/slices-worker.ts";

/** Where the maker page looks for its files, under the site root. */
const MAKER_FILES = "materials/make/files";

export function makerFiles(): AstroIntegration {
  let worker: Worker | undefined;
  let reply: Promise<SlicesReply> | undefined;
  return {
    name: "pingan:maker-files",
    hooks: {
      "astro:build:start": () => {
        worker = startThread(new URL("../../maker/slices-worker.ts", import.meta.url), {
          background: true,
        });
        reply = replyOf<SlicesReply>(worker);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!worker || !reply) throw new Error("Maker files: the build did not start");
        const started = performance.now();
        worker.ref();
        worker.postMessage(join(fileURLToPath(dir), MAKER_FILES));
        try {
          const done = await reply;
          if ("error" in done) throw new Error(`Maker files: ${done.error}`);
          logger.info(
            `${done.placed} font slices for the maker (${done.cut} fonts cut) in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await worker.terminate();
        }
      },
    },
  };
}
