/**
 * Draws many materials at once: those in the cache are copied on this thread; the rest are
 * shared between this thread and a worker per further core (up to four threads, threads.ts),
 * since a board or a leaflet takes most of a second and cores would otherwise wait. Results
 * come back in the order of the input, so the manifest is the same whatever finished first.
 */
import { runPool } from "../build/threads.ts";
import { isCached, writeMaterial, type WrittenMaterial } from "./output.ts";
import type { MaterialSpec } from "./spec.ts";

/** Below this many materials to draw, a worker's start (fonts, modules) does not pay. */
const THRESHOLD = 3;

export async function writeMaterials(
  specs: MaterialSpec[],
  outDir: string,
  cacheRoot: string | undefined,
  threads?: number,
): Promise<WrittenMaterial[]> {
  const results: WrittenMaterial[] = new Array<WrittenMaterial>(specs.length);
  const toDraw: { id: number; spec: MaterialSpec }[] = [];
  for (const [id, spec] of specs.entries()) {
    if (cacheRoot && (await isCached(spec, cacheRoot))) {
      results[id] = await writeMaterial(spec, outDir, cacheRoot);
    } else {
      toDraw.push({ id, spec });
    }
  }
  const drawn = await runPool(
    toDraw.map(({ spec }) => spec),
    {
      module: new URL("./worker.ts", import.meta.url),
      data: { outDir, cacheRoot },
      here: (spec) => writeMaterial(spec, outDir, cacheRoot),
      threads,
      threshold: THRESHOLD,
    },
  );
  for (const [at, { id }] of toDraw.entries()) results[id] = drawn[at] as WrittenMaterial;
  return results;
}
