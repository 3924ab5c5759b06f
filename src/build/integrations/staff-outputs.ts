/**
 * Writes the staff files (`<page>/wechat.html`, `<page>/broadcast.txt`) from the articles the
 * pages hand over (src/staff/outputs.ts, on the threads of src/staff/writers.ts). The page tap
 * renders the hand-over route first and gives it here at once, so the files are written on
 * worker threads while Astro renders the pages; the build deletes the hand-over once the pages are written and waits for the files in
 * `astro:build:done`.
 */
import { rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { STAFF_SOURCES, startStaffWriters, type StaffWriters } from "../../staff/writers.ts";
import type { PageTap } from "../page-tap.ts";

export function staffOutputs(tap: PageTap): AstroIntegration {
  let outDir = "";
  let writers: StaffWriters | undefined;
  let writing: Promise<{ files: number; articles: number; ms: number }> | undefined;
  tap.take(`/${STAFF_SOURCES}`, (sources) => {
    if (!writers) throw new Error("Staff files: the hand-over came before the build started");
    const started = performance.now();
    writing = writers.write(sources).then((written) => ({
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
      "astro:build:start": () => {
        writers = startStaffWriters(outDir);
      },
      "astro:build:generated": async ({ dir }) => {
        // The hand-over is for the build only: not part of the site.
        const sources = join(fileURLToPath(dir), STAFF_SOURCES);
        await rm(sources);
        await rmdir(dirname(sources));
      },
      "astro:build:done": async ({ logger }) => {
        if (!writing) throw new Error(`Staff files: the build did not render /${STAFF_SOURCES}`);
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
