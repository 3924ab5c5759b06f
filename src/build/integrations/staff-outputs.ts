/**
 * Writes the staff files (`<page>/wechat.html`, `<page>/broadcast.txt`) from the articles the
 * pages hand over (src/staff/outputs.ts, on the threads of src/staff/writers.ts). The page tap
 * renders the hand-over first and gives it here at once, so the files are written on worker
 * threads while Astro renders the pages; `astro:build:done` waits for them.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { startStaffWriters, type StaffWriters } from "../../staff/writers.ts";
import type { PageTap } from "../page-tap.ts";

export function staffOutputs(tap: PageTap): AstroIntegration {
  let outDir = "";
  let writers: StaffWriters | undefined;
  let writing: Promise<{ files: number; articles: number; ms: number }> | undefined;
  tap.take("staff-articles", (sources) => {
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
      "astro:build:done": async ({ logger }) => {
        if (!writing) throw new Error("Staff files: the build did not render their hand-over");
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
