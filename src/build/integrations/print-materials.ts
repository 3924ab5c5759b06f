/**
 * Draws the print materials after the pages are built: takes the resolved materials the pages
 * hand over (src/build/handover.ts), writes each PDF (and CMYK variant) with its PNG previews into
 * `dist/materials/`, and `dist/materials/manifest.json` listing them. Unchanged materials come
 * from the content-hash cache (src/print/output.ts).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { MANIFEST, manifestItem } from "../../print/files.ts";
import type { MaterialSpec } from "../../print/spec.ts";
import type { PageTap } from "../page-tap.ts";

export function printMaterials(tap: PageTap): AstroIntegration {
  let projectRoot = "";
  let specs: MaterialSpec[] | undefined;
  tap.take("materials", (body) => {
    specs = JSON.parse(body.toString("utf8")) as MaterialSpec[];
  });
  return {
    name: "pingan:print-materials",
    hooks: {
      "astro:config:done": ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!specs) throw new Error("Print materials: the build did not render their hand-over");
        const started = performance.now();
        // Loaded here, not with the config: PDF and font modules take a quarter of a second
        // to load, which every build would otherwise spend before Astro starts, on its one busy
        // thread.
        const [{ cacheDir }, { writeMaterials }] = await Promise.all([
          import("../../draw/cache.ts"),
          import("../../print/output.ts"),
        ]);
        const cache = cacheDir(projectRoot, "print");
        const threads = Number(process.env["PINGAN_RENDER_THREADS"]) || undefined;
        const written = await writeMaterials(specs, outDir, cache, threads);
        const manifest = written.map((item) => manifestItem(item.spec, item.bytes));
        await writeFile(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        const drawn = written.filter((item) => !item.cached).length;
        logger.info(
          `${written.length} print materials: ${drawn} drawn, ${written.length - drawn} from cache, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
