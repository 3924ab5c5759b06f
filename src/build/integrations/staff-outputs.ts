/**
 * Writes the staff files (`<page>/wechat.html`, `<page>/broadcast.txt`) from the articles the
 * pages handed over (src/staff/outputs.ts), on a worker thread started as soon as the pages are
 * generated, so they are written beside Pagefind's index and the other integrations' work; the
 * build waits for them in `astro:build:done`.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { STAFF_SOURCES, writeStaffInWorker } from "../../staff/outputs.ts";

export function staffOutputs(): AstroIntegration {
  let writing: Promise<{ files: number; articles: number; ms: number }> | undefined;
  return {
    name: "pingan:staff-outputs",
    hooks: {
      "astro:build:generated": ({ dir }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        writing = writeStaffInWorker(join(outDir, STAFF_SOURCES), outDir).then((written) => ({
          ...written,
          ms: performance.now() - started,
        }));
        // Awaited in astro:build:done; until then a failure must not go unhandled.
        writing.catch(() => undefined);
      },
      "astro:build:done": async ({ logger }) => {
        if (!writing) throw new Error("Staff files: the build generated no pages");
        const waited = performance.now();
        const { files, articles, ms } = await writing;
        logger.info(
          `${files} staff files for ${articles} articles in ${Math.round(ms)} ms ` +
            `(waited ${Math.round(performance.now() - waited)} ms)`,
        );
      },
    },
  };
}
