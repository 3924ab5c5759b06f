/**
 * The print fonts cut into small TrueType files for the banner and poster maker, which draws in
 * the browser with the same Satori and the same glyphs as `npm run print`: a phone loads only
 * the slices holding the characters it draws (about 13 kB gzipped per hundred Chinese
 * characters of one weight), never the 10 MB fonts. Each slice is a HarfBuzz subset
 * (harfbuzzjs's hb-subset.wasm) of the very file fonts.ts reads, so outlines, advances and
 * layout features are those of the full font; Satori draws the same SVG from the slices as
 * from the full file (src/maker/manifest.test.ts checks it).
 *
 * The slices are kept on disk by the font's hash, the harfbuzzjs version and the slice size, in
 * the drawing cache (cache.ts); a build places them as hard links to it
 * (src/build/integrations/maker-files.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { CacheEntry, cacheDir, writeWhole } from "../draw/cache.ts";
import { contentKey, packageVersion } from "../draw/keys.ts";
import { TrueTypeMetrics, font, latinFont, satoriFonts } from "../draw/fonts.ts";
import type { AdvanceRun, FontManifest, MetricsTable, SlicedFont } from "./manifest.ts";
import { sliceFileName } from "./manifest.ts";

/** Code points per slice: a slogan of a dozen characters touches about a dozen slices. */
export const SLICE_SIZE = 100;

interface Source {
  font: SlicedFont;
  data: Uint8Array;
  codePoints: readonly number[];
}

/** Consecutive code points merged into runs of [first, count]. */
function runsOf(codePoints: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const cp of codePoints) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === cp) last[1] += 1;
    else runs.push([cp, 1]);
  }
  return runs;
}

let sources: Source[] | undefined;

function sourcesOf(): Source[] {
  sources ??= satoriFonts().map(({ name, data, weight }) => {
    const codePoints = new TrueTypeMetrics(data, name).codePoints();
    const sha = createHash("sha256").update(data).digest("hex").slice(0, 12);
    return { font: { name, weight, sha, coverage: runsOf(codePoints) }, data, codePoints };
  });
  return sources;
}

/** The advance of every code point the metrics have, merged into runs, and `.notdef`'s. */
export function metricsTable(metrics: TrueTypeMetrics): MetricsTable {
  const runs: AdvanceRun[] = [];
  for (const cp of metrics.codePoints()) {
    const advance = metrics.advance(cp);
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === cp && last[2] === advance) last[1] += 1;
    else runs.push([cp, 1, advance]);
  }
  // U+FFFF is a noncharacter no font maps: its advance is the missing glyph's.
  return { unitsPerEm: metrics.unitsPerEm, runs, missing: metrics.advance(0xffff) };
}

/** The manifest of the fonts `templateFonts` (src/draw/render.ts) measures with. */
export function fontManifest(): FontManifest {
  return {
    sliceSize: SLICE_SIZE,
    fonts: sourcesOf().map((source) => source.font),
    metrics: {
      regular: metricsTable(font(400).metrics),
      bold: metricsTable(font(700).metrics),
      latin: {
        regular: metricsTable(latinFont(400).metrics),
        bold: metricsTable(latinFont(700).metrics),
      },
    },
  };
}

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

async function hbSubset(): Promise<HbSubset> {
  const path = createRequire(import.meta.url).resolve("harfbuzzjs/hb-subset.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(path));
  return instance.exports as unknown as HbSubset;
}

/**
 * Subsets of one font, one per list of code points: HarfBuzz keeps each glyph's outline,
 * advance and the layout features that reach it.
 */
export async function subsets(data: Uint8Array, lists: readonly number[][]): Promise<Uint8Array[]> {
  const hb = await hbSubset();
  const pointer = hb.malloc(data.byteLength);
  new Uint8Array(hb.memory.buffer).set(data, pointer);
  // Mode 2 (HB_MEMORY_MODE_WRITABLE): HarfBuzz uses the bytes in place.
  const blob = hb.hb_blob_create(pointer, data.byteLength, 2, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const out: Uint8Array[] = [];
  try {
    for (const codePoints of lists) {
      const input = hb.hb_subset_input_create_or_fail();
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
      const subset = hb.hb_subset_or_fail(face, input);
      hb.hb_subset_input_destroy(input);
      if (!subset) throw new Error("HarfBuzz could not subset the font.");
      const result = hb.hb_face_reference_blob(subset);
      const at = hb.hb_blob_get_data(result, 0);
      out.push(new Uint8Array(hb.memory.buffer, at, hb.hb_blob_get_length(result)).slice());
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
    }
  } finally {
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
  return out;
}

/** The code points of each slice of a font, in order. */
const sliceLists = (source: Source): number[][] =>
  Array.from({ length: Math.ceil(source.codePoints.length / SLICE_SIZE) }, (_, i) =>
    source.codePoints.slice(i * SLICE_SIZE, (i + 1) * SLICE_SIZE),
  );

/** The cache entry of one font's slices, and the names of its files there. */
function entryOf(source: Source): { entry: CacheEntry; names: string[] } {
  const key = contentKey(
    source.font.sha,
    packageVersion("harfbuzzjs"),
    SLICE_SIZE,
    source.font.weight,
  );
  const entry = new CacheEntry(cacheDir(process.cwd(), "font-slices"), key);
  return { entry, names: sliceLists(source).map((_, i) => `${i}.ttf`) };
}

/** The slices of one font, from the drawing cache or cut now and stored. */
async function slicesOf(source: Source): Promise<Uint8Array[]> {
  const { entry, names } = entryOf(source);
  if (await entry.has(names[0] ?? "0.ttf")) {
    const stored = await Promise.all(names.map((name) => entry.read(name)));
    if (stored.every((bytes) => bytes !== undefined)) return stored;
  }
  const slices = await subsets(source.data, sliceLists(source));
  // The cache only saves time.
  await entry.store(names.map((name, i) => [name, slices[i] as Uint8Array])).catch(() => undefined);
  return slices;
}

/** The file name of every slice, without cutting any. */
export function fontSliceNames(): string[] {
  return sourcesOf().flatMap((source) =>
    sliceLists(source).map((_, i) => sliceFileName(source.font, i)),
  );
}

let files: Promise<Map<string, Uint8Array>> | undefined;

/** Every slice file by name, cut once per process (or read from the cache). */
export function fontSliceFiles(): Promise<Map<string, Uint8Array>> {
  files ??= (async () => {
    const out = new Map<string, Uint8Array>();
    for (const source of sourcesOf()) {
      (await slicesOf(source)).forEach((bytes, i) => out.set(sliceFileName(source.font, i), bytes));
    }
    return out;
  })();
  return files;
}

/** Slices cut by cacheFontSlices that the cache could not keep (an unwritable folder). */
const uncached = new Map<Source, Uint8Array[]>();

/** Cuts the slices the drawing cache lacks and stores them; how many fonts were cut. */
export async function cacheFontSlices(): Promise<number> {
  let cut = 0;
  for (const source of sourcesOf()) {
    const { entry, names } = entryOf(source);
    const first = names[0] ?? "0.ttf";
    if (await entry.has(first)) continue;
    const slices = await slicesOf(source);
    if (!(await entry.has(first))) uncached.set(source, slices);
    cut++;
  }
  return cut;
}

/**
 * Puts every slice file into `folder`: hard links to the drawing cache (cacheFontSlices fills
 * it), or, for a font the cache could not keep, the bytes cut now. Returns how many.
 */
export async function placeFontSlices(folder: string): Promise<number> {
  let placed = 0;
  for (const source of sourcesOf()) {
    const { entry, names } = entryOf(source);
    const target = (i: number) => join(folder, sliceFileName(source.font, i));
    if (await entry.has(names[0] ?? "0.ttf")) {
      await Promise.all(names.map((name, i) => entry.place(name, target(i))));
    } else {
      const slices = uncached.get(source) ?? (await slicesOf(source));
      await Promise.all(slices.map((bytes, i) => writeWhole(target(i), bytes)));
    }
    placed += names.length;
  }
  return placed;
}
