/**
 * Writes the staff files (`<page>/wechat.html`, `<page>/broadcast.txt`) from the articles the
 * pages hand over (src/staff/outputs.ts). The hand-over is an endpoint Astro renders among the
 * first routes; the page tap passes it on at once, and a worker thread writes the files while
 * Astro renders the pages and Pagefind indexes them. The build waits for it, and deletes the
 * hand-over, in `astro:build:done`.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { removeStaffSources, STAFF_SOURCES, writeStaffInWorker } from "../../staff/outputs.ts";
import type { PageTap } from "../rendered-pages.ts";

export function staffOutputs(tap: PageTap): AstroIntegration {
  let outDir = "";
  let writing: Promise<{ files: number; articles: number; ms: number }> | undefined;
  tap.watch(`/${STAFF_SOURCES}`, (body) => {
    const started = performance.now();
    writing = writeStaffInWorker(body.toString("utf8"), outDir).then((written) => ({
      ...written,
      ms: performance.now() - started,
    }));
    // Awaited in astro:build:done; until then a failure must not go unhandled.
    writing.catch(() => undefined);
  });
  return {
    name: "pingan:staff-outputs",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!writing) throw new Error(`Staff files: the build did not render /${STAFF_SOURCES}`);
        const waited = performance.now();
        const { files, articles, ms } = await writing;
        await removeStaffSources(fileURLToPath(dir));
        logger.info(
          `${files} staff files for ${articles} articles in ${Math.round(ms)} ms ` +
            `(waited ${Math.round(performance.now() - waited)} ms)`,
        );
      },
    },
  };
}
