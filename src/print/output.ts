/**
 * Writing materials: each material's PDF(s) and previews come from the content-hash cache when
 * nothing they show has changed, else are drawn and stored. Files are written under temporary
 * names and renamed, so an interrupted run never leaves half a PDF where a good one was. Many
 * materials are drawn on this thread and a worker per further core (up to four threads): a board
 * or a leaflet takes most of a second, and cores would otherwise wait.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { CacheEntry, writeWhole } from "../draw/cache.ts";
import { contentKey, packageVersion, renderFingerprint, sourceHash } from "../draw/keys.ts";
import { runPool } from "../build/threads.ts";
import { materialFiles, type MaterialFiles } from "./files.ts";
import { renderMaterial, type RenderedMaterial } from "./render.ts";
import type { Preflight } from "./preflight.ts";
import type { MaterialSpec } from "./spec.ts";

/** What the files depend on besides the spec: the render engine, these libraries, this folder. */
function printFingerprint(): string {
  return JSON.stringify({
    render: renderFingerprint(),
    libraries: ["pdfkit", "svg-to-pdfkit", "qrcode", "sharp", "lcms-wasm"].map(packageVersion),
    source: sourceHash(dirname(fileURLToPath(import.meta.url))),
  });
}

let fingerprint: string | undefined;

export function materialKey(spec: MaterialSpec): string {
  fingerprint ??= printFingerprint();
  // The preflight note is worked out from the rest; the CLI's specs have none.
  return contentKey(fingerprint, { ...spec, preflight: undefined });
}

type Drawn = Pick<RenderedMaterial, "pdf" | "cmykPdf" | "scalePdf" | "previews" | "preflight">;

/** A drawn material as its cache entry's files, the PDF first (so it is stored last). */
function entryFiles(drawn: Drawn): [string, Uint8Array][] {
  return [
    ["print.pdf", drawn.pdf],
    ["cmyk.pdf", drawn.cmykPdf],
    ...(drawn.scalePdf ? [["scale.pdf", drawn.scalePdf] as [string, Uint8Array]] : []),
    ["preflight.json", new TextEncoder().encode(`${JSON.stringify(drawn.preflight)}\n`)],
    ...drawn.previews.map((png, i): [string, Uint8Array] => [`${i + 1}.png`, png]),
  ];
}

async function fromCache(
  entry: CacheEntry,
  pages: number,
  scale: boolean,
): Promise<Drawn | undefined> {
  const [pdf, cmykPdf, scalePdf, preflight, ...previews] = await Promise.all([
    entry.read("print.pdf"),
    entry.read("cmyk.pdf"),
    scale ? entry.read("scale.pdf") : undefined,
    entry.read("preflight.json"),
    ...Array.from({ length: pages }, (_, i) => entry.read(`${i + 1}.png`)),
  ]);
  if (!pdf || !cmykPdf || (scale && !scalePdf) || !preflight) return undefined;
  if (previews.some((png) => !png)) return undefined;
  return {
    pdf,
    cmykPdf,
    scalePdf,
    previews: previews as Buffer[],
    preflight: JSON.parse(preflight.toString("utf8")) as Preflight,
  };
}

/**
 * A preview scaled down to `width` px as WebP, through sharp (libvips): a tenth or less of the
 * 1000 px PNG's bytes at the sizes pages show it. Sharp's output is the same bytes for the same
 * input, so builds stay reproducible.
 */
async function webpCopy(png: Buffer, width: number): Promise<Buffer> {
  return sharp(png)
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 60, effort: 4 })
    .toBuffer();
}

/** Whether a material's files are in the cache, so writing it copies instead of drawing. */
export const isCached = (spec: MaterialSpec, cacheRoot: string): Promise<boolean> =>
  new CacheEntry(cacheRoot, materialKey(spec)).has("print.pdf");

export interface WrittenMaterial {
  spec: MaterialSpec;
  bytes: number;
  cmykBytes: number;
  scaleBytes?: number | undefined;
  preflight: Preflight;
  cached: boolean;
  ms: number;
}

/**
 * Draws (or copies from the cache) one material into `outDir` at the paths of files.ts.
 * `cacheRoot` undefined means no cache (the CLI's --no-cache).
 */
export async function writeMaterial(
  spec: MaterialSpec,
  outDir: string,
  cacheRoot: string | undefined,
  files: MaterialFiles = materialFiles(spec),
): Promise<WrittenMaterial> {
  const started = performance.now();
  const entry = cacheRoot ? new CacheEntry(cacheRoot, materialKey(spec)) : undefined;
  const pages = files.previews.length;
  let output = entry ? await fromCache(entry, pages, files.scalePdf !== undefined) : undefined;
  const cached = output !== undefined;
  if (!output) {
    output = await renderMaterial(spec);
    // The cache only saves time: one that cannot be written (a read-only or full disk) is
    // drawn again next time, and the writes below report the problem if it is the same disk.
    await entry?.store(entryFiles(output)).catch(() => undefined);
  }
  await writeWhole(join(outDir, files.pdf), output.pdf);
  await writeWhole(join(outDir, files.cmykPdf), output.cmykPdf);
  if (files.scalePdf && output.scalePdf) {
    await writeWhole(join(outDir, files.scalePdf), output.scalePdf);
  }
  for (const [i, path] of files.previews.entries()) {
    const png = output.previews[i];
    if (!png) continue;
    await writeWhole(join(outDir, path), png);
    for (const copy of files.webp?.[i] ?? []) {
      const name = `${i + 1}-${copy.width}w.webp`;
      let webp = await entry?.read(name);
      if (!webp) {
        webp = await webpCopy(png, copy.width);
        await entry?.store([[name, webp]]).catch(() => undefined);
      }
      await writeWhole(join(outDir, copy.path), webp);
    }
  }
  return {
    spec,
    bytes: output.pdf.length,
    cmykBytes: output.cmykPdf.length,
    scaleBytes: output.scalePdf?.length,
    preflight: output.preflight,
    cached,
    ms: performance.now() - started,
  };
}

/** Below this many materials to draw, a worker's start (fonts, modules) does not pay. */
const THRESHOLD = 3;

interface DrawJob {
  spec: MaterialSpec;
  outDir: string;
  cacheRoot: string | undefined;
}

/** One material of `writeMaterials`, on whichever thread the pool gives it. */
export const drawJob = ({ spec, outDir, cacheRoot }: DrawJob): Promise<WrittenMaterial> =>
  writeMaterial(spec, outDir, cacheRoot);

/**
 * Writes many materials: those in the cache are copied on this thread, the rest drawn by a
 * pool; results come in the order of `specs`, so the manifest is the same whatever finished first.
 */
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
  const drawn = await runPool<DrawJob, WrittenMaterial>(
    toDraw.map(({ spec }) => ({ spec, outDir, cacheRoot })),
    { module: new URL(import.meta.url), name: "drawJob", threads, threshold: THRESHOLD },
  );
  for (const [at, { id }] of toDraw.entries()) results[id] = drawn[at] as WrittenMaterial;
  return results;
}
