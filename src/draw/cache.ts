/**
 * The one content-addressed cache of drawn files. A key hashes everything that decides the
 * bytes: the product's fingerprint (fonts, library versions, the source of the modules that
 * draw it) and the item's own data. An entry is a folder of named files, written whole or not
 * at all and never changed once stored (a new drawing is a new key), so dist/ can take them as
 * hard links. An unchanged item is put in place from the cache, never drawn again.
 *
 * Each product's fingerprint covers the modules it really uses (`moduleGraph`): touching a
 * share-image template redraws no print material, and touching a print template no share image
 * (docs/build-performance.md).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, link, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { font } from "./fonts.ts";

/**
 * A dependency's version, read from its package.json. Found next to the resolved entry point,
 * since some packages (pdfkit) do not export their package.json.
 */
export function packageVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

/** The project's `src/`, which module paths in a hash are relative to. */
const SOURCE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Relative module specifiers: static and dynamic imports, re-exports, worker URLs. */
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)["'](\.{1,2}\/[^"']+\.ts)["']/g;

/**
 * Every project module `entries` load, following relative imports (type-only ones too: a type
 * can change what a template draws as surely as code), sorted. Packages are left out: their
 * versions go into the fingerprint instead.
 */
export function moduleGraph(entries: readonly URL[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const [, specifier] of readFileSync(path, "utf8").matchAll(SPECIFIER)) {
      visit(join(dirname(path), specifier as string));
    }
  };
  for (const entry of entries) visit(fileURLToPath(entry));
  return [...seen].sort();
}

/** A hash of the source of every module in `moduleGraph(entries)`, by its path under src/. */
export function moduleGraphHash(entries: readonly URL[]): string {
  const hash = createHash("sha256");
  for (const path of moduleGraph(entries)) {
    hash.update(relative(SOURCE_ROOT, path)).update("\0").update(readFileSync(path));
  }
  return hash.digest("hex");
}

/**
 * A hash of a folder's modules (tests left out) and every module they load, so changing a
 * template or a rule invalidates what it drew.
 */
export function sourceHash(folder: string): string {
  const modules = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => pathToFileURL(join(folder, name)));
  return moduleGraphHash(modules);
}

let fingerprint: string | undefined;

/**
 * What every drawing depends on besides its product: the fonts, Satori, resvg, and the engine's
 * modules (this folder's) with every module they load.
 */
export function renderFingerprint(): string {
  fingerprint ??= JSON.stringify({
    fonts: [font(400).sha256, font(700).sha256],
    satori: packageVersion("satori"),
    resvg: packageVersion("@resvg/resvg-js"),
    source: sourceHash(dirname(fileURLToPath(import.meta.url))),
  });
  return fingerprint;
}

/** The key of one item: the product's fingerprint and the item's data. */
export function contentKey(fingerprint: string, ...parts: unknown[]): string {
  const hash = createHash("sha256").update(fingerprint);
  for (const part of parts) hash.update("\0").update(JSON.stringify(part));
  return hash.digest("hex");
}

/** The path of file `name` of entry `key` in the cache at `dir`. */
export function entryPath(dir: string, key: string, name: string): string {
  return join(dir, key.slice(0, 2), key, name);
}

export const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (found) => found.isFile(),
    () => false,
  );

/** Writes to a temporary name and renames, so a crash never leaves half a file. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/**
 * Puts a cached file at `target` as a hard link to it, so no byte is copied, which a rebuild
 * would otherwise spend after every edit (docs/build-performance.md); copied where a link cannot
 * be made. A tool that rewrote dist/'s files in place would change the cache's too.
 */
export async function placeAt(source: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  try {
    await link(source, target);
    return;
  } catch (error) {
    // A file already there (perhaps a link to another cached file) is replaced, never written
    // through: copying onto a link would change the file it links to.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      await rm(target, { force: true });
      try {
        await link(source, target);
        return;
      } catch {
        // Copied below.
      }
    }
  }
  await copyFile(source, target);
}
