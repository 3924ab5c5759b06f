/**
 * Writes the staff files (`<page>/wechat.html`, `<page>/broadcast.txt`) after the pages, from
 * the articles the pages handed over (src/staff/outputs.ts), then deletes the hand-over. Listed
 * before the search index in astro.config.mjs, so that it runs while Pagefind is still writing.
 */
import { readFile, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { STAFF_SOURCES, writeStaffOutputs, type StaffJob } from "../../staff/outputs.ts";

export function staffOutputs(): AstroIntegration {
  return {
    name: "pingan:staff-outputs",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const sourcesPath = join(outDir, STAFF_SOURCES);
        const jobs = JSON.parse(await readFile(sourcesPath, "utf8")) as StaffJob[];
        await rm(sourcesPath);
        await rmdir(dirname(sourcesPath));
        const files = await writeStaffOutputs(jobs, outDir);
        logger.info(
          `${files} staff files for ${jobs.length} articles in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
