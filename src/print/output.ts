/**
 * Writing materials: each material's PDF(s) and previews come from the content-hash cache when
 * nothing they show has changed, else are drawn and stored. Files are written under temporary
 * names and renamed, so an interrupted run never leaves half a PDF where a good one was.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderFingerprint } from "../render/cache.ts";
import { materialFiles, type MaterialFiles } from "./files.ts";
import { renderMaterial, type RenderedMaterial } from "./render.ts";
import type { MaterialSpec } from "./spec.ts";

function printFingerprint(): string {
  const hash = createHash("sha256").update(renderFingerprint());
  const require = createRequire(import.meta.url);
  // pdfkit's exports hide its package.json: find it next to the resolved entry point.
  for (const name of ["pdfkit", "svg-to-pdfkit", "qrcode"]) {
    let dir = dirname(require.resolve(name));
    while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
    hash.update(readFileSync(join(dir, "package.json")));
  }
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("__")) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        hash.update(entry.name).update(readFileSync(path));
      }
    }
  };
  walk(dirname(fileURLToPath(import.meta.url)));
  return hash.digest("hex");
}

let fingerprint: string | undefined;

export function materialKey(spec: MaterialSpec): string {
  fingerprint ??= printFingerprint();
  return createHash("sha256")
    .update(fingerprint)
    .update("\0")
    .update(JSON.stringify(spec))
    .digest("hex");
}

/** `node_modules/.cache/pingan/print` under the project, or `PINGAN_PRINT_CACHE`. */
export function printCacheDir(projectRoot: string): string {
  return process.env["PINGAN_PRINT_CACHE"] ?? join(projectRoot, "node_modules/.cache/pingan/print");
}

async function writeAtomic(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

interface CachedFiles {
  pdf: Buffer;
  cmykPdf?: Buffer | undefined;
  previews: Buffer[];
}

async function fromCache(
  dir: string,
  pages: number,
  cmyk: boolean,
): Promise<CachedFiles | undefined> {
  try {
    return {
      pdf: await readFile(join(dir, "print.pdf")),
      cmykPdf: cmyk ? await readFile(join(dir, "cmyk.pdf")) : undefined,
      previews: await Promise.all(
        Array.from({ length: pages }, (_, i) => readFile(join(dir, `${i + 1}.png`))),
      ),
    };
  } catch {
    return undefined;
  }
}

async function toCache(dir: string, rendered: RenderedMaterial): Promise<void> {
  await writeAtomic(join(dir, "print.pdf"), rendered.pdf);
  if (rendered.cmykPdf) await writeAtomic(join(dir, "cmyk.pdf"), rendered.cmykPdf);
  for (const [i, png] of rendered.previews.entries()) {
    await writeAtomic(join(dir, `${i + 1}.png`), png);
  }
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
  cmykBytes?: number | undefined;
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
  let output = dir ? await fromCache(dir, pages, spec.cmyk) : undefined;
  const cached = output !== undefined;
  if (!output) {
    const rendered = await renderMaterial(spec);
    if (dir) await toCache(dir, rendered);
    output = rendered;
  }
  await writeAtomic(join(outDir, files.pdf), output.pdf);
  if (files.cmykPdf && output.cmykPdf)
    await writeAtomic(join(outDir, files.cmykPdf), output.cmykPdf);
  for (const [i, path] of files.previews.entries()) {
    const png = output.previews[i];
    if (png) await writeAtomic(join(outDir, path), png);
  }
  return {
    spec,
    bytes: output.pdf.length,
    cmykBytes: output.cmykPdf?.length,
    cached,
    ms: performance.now() - started,
  };
}
