/**
 * Writing materials: each material's PDF(s) and previews come from the content-hash cache when
 * nothing they show has changed, else are drawn and stored. Files are written under temporary
 * names and renamed, so an interrupted run never leaves half a PDF where a good one was.
 */
import { createHash } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { makeFolder, withPath } from "../cli/fs-errors.ts";
import { packageVersion, renderFingerprint, sourceHash } from "../draw/cache.ts";
import { materialFiles, type MaterialFiles } from "./files.ts";
import { renderMaterial, type RenderedMaterial } from "./render.ts";
import type { Preflight } from "./preflight.ts";
import type { MaterialSpec } from "./spec.ts";

/**
 * Writes a file whole or not at all: under a temporary name beside it, then renamed; on any
 * failure (a full disk, a folder that cannot be written) the temporary file is removed and the
 * error thrown. Folders are made with makeFolder: Node's recursive mkdir never returns for some
 * paths (`--out /proc/x` spun at 100 % CPU for ever).
 */
export async function writeWhole(path: string, data: Uint8Array): Promise<void> {
  await makeFolder(dirname(path));
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, data, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw withPath(error, path);
  }
}

/** What the files depend on besides the spec: the render engine, these libraries, this module. */
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
  return (
    createHash("sha256")
      .update(fingerprint)
      .update("\0")
      // The preflight note is worked out from the rest; the CLI's specs have none.
      .update(JSON.stringify({ ...spec, preflight: undefined }))
      .digest("hex")
  );
}

/** `node_modules/.cache/pingan/print` under the project, or `PINGAN_PRINT_CACHE`. */
export function printCacheDir(projectRoot: string): string {
  return process.env["PINGAN_PRINT_CACHE"] ?? join(projectRoot, "node_modules/.cache/pingan/print");
}

interface CachedFiles {
  pdf: Buffer;
  cmykPdf: Buffer;
  scalePdf?: Buffer | undefined;
  previews: Buffer[];
  preflight: Preflight;
}

async function fromCache(
  dir: string,
  pages: number,
  scale: boolean,
): Promise<CachedFiles | undefined> {
  try {
    return {
      pdf: await readFile(join(dir, "print.pdf")),
      cmykPdf: await readFile(join(dir, "cmyk.pdf")),
      scalePdf: scale ? await readFile(join(dir, "scale.pdf")) : undefined,
      previews: await Promise.all(
        Array.from({ length: pages }, (_, i) => readFile(join(dir, `${i + 1}.png`))),
      ),
      preflight: JSON.parse(await readFile(join(dir, "preflight.json"), "utf8")) as Preflight,
    };
  } catch {
    return undefined;
  }
}

/**
 * Stores drawn files for next time. The cache only saves time: if it cannot be written (a
 * read-only or full disk), the files are still written where they were asked for, and that
 * write reports the problem if it is the same disk.
 */
async function toCache(dir: string, rendered: RenderedMaterial): Promise<void> {
  try {
    // The PDF last: it is what isCached() looks for.
    await writeWhole(join(dir, "cmyk.pdf"), rendered.cmykPdf);
    if (rendered.scalePdf) await writeWhole(join(dir, "scale.pdf"), rendered.scalePdf);
    const preflight = `${JSON.stringify(rendered.preflight)}\n`;
    await writeWhole(join(dir, "preflight.json"), new TextEncoder().encode(preflight));
    for (const [i, png] of rendered.previews.entries()) {
      await writeWhole(join(dir, `${i + 1}.png`), png);
    }
    await writeWhole(join(dir, "print.pdf"), rendered.pdf);
  } catch {
    // Drawn again next time.
  }
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
export async function isCached(spec: MaterialSpec, cacheRoot: string): Promise<boolean> {
  const key = materialKey(spec);
  const dir = join(cacheRoot, key.slice(0, 2), key);
  try {
    await stat(join(dir, "print.pdf"));
    return true;
  } catch {
    return false;
  }
}

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
  const key = materialKey(spec);
  const dir = cacheRoot ? join(cacheRoot, key.slice(0, 2), key) : undefined;
  const pages = files.previews.length;
  let output = dir ? await fromCache(dir, pages, files.scalePdf !== undefined) : undefined;
  const cached = output !== undefined;
  if (!output) {
    const rendered = await renderMaterial(spec);
    if (dir) await toCache(dir, rendered);
    output = rendered;
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
      const cachedWebp = dir ? join(dir, `${i + 1}-${copy.width}w.webp`) : undefined;
      const fromCacheDir: Buffer | undefined = cachedWebp
        ? await readFile(cachedWebp).catch(() => undefined)
        : undefined;
      let webp: Buffer;
      if (fromCacheDir) webp = fromCacheDir;
      else {
        webp = await webpCopy(png, copy.width);
        // Drawn again next time if the cache cannot keep it.
        if (cachedWebp) await writeWhole(cachedWebp, webp).catch(() => undefined);
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
