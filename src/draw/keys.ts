/**
 * The keys of the drawing cache (cache.ts). A key hashes everything that decides the bytes: the
 * product's fingerprint (fonts, library versions, the source of the modules that draw it) and
 * the item's own data. Each product's fingerprint covers the modules it really uses
 * (`moduleGraph`): touching a share-image template redraws no print material, and touching a
 * print template no share image (docs/build-performance.md).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

/** A folder's modules, tests left out. */
export function modulesIn(folder: string): URL[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => pathToFileURL(join(folder, name)));
}

/**
 * A hash of a folder's modules and every module they load, so changing a template or a rule
 * invalidates what it drew.
 */
export const sourceHash = (folder: string): string => moduleGraphHash(modulesIn(folder));

let fingerprint: string | undefined;

/**
 * What every drawing depends on besides its product: the fonts (Chinese and Latin), Satori,
 * resvg, and the engine's modules (this folder's) with every module they load.
 */
export function renderFingerprint(): string {
  fingerprint ??= JSON.stringify({
    fonts: (["han", "latin"] as const).flatMap((script) =>
      ([400, 700] as const).map((weight) => font(weight, script).sha256),
    ),
    satori: packageVersion("satori"),
    resvg: packageVersion("@resvg/resvg-js"),
    // The cache's storage (cache.ts) draws nothing.
    source: moduleGraphHash(
      modulesIn(dirname(fileURLToPath(import.meta.url))).filter(
        (module) => !module.pathname.endsWith("/cache.ts"),
      ),
    ),
  });
  return fingerprint;
}

/** The key of one item: the product's fingerprint and the item's data. */
export function contentKey(fingerprint: string, ...parts: unknown[]): string {
  const hash = createHash("sha256").update(fingerprint);
  for (const part of parts) hash.update("\0").update(JSON.stringify(part));
  return hash.digest("hex");
}
