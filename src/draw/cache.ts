/**
 * A content-addressed cache of rendered images. The key hashes everything that decides the
 * pixels: the template id, the card data, both font files, the Satori and resvg versions and
 * the render module's own source. An unchanged card is put in place from the cache, never
 * rendered again; editing one bulletin re-renders only its images.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, link, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { font } from "./fonts.ts";

/** `node_modules/.cache/pingan/images` under the project root, or `PINGAN_IMAGE_CACHE`. */
export function cacheDir(root: string): string {
  return process.env["PINGAN_IMAGE_CACHE"] ?? join(root, "node_modules/.cache/pingan/images");
}

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

/**
 * A hash of a module folder's source (tests and snapshots left out), so changing a template or
 * a rule invalidates what it drew.
 */
export function sourceHash(folder: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("__")) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        hash.update(entry.name).update(readFileSync(path));
      }
    }
  };
  walk(folder);
  return hash.digest("hex");
}

/** Writes to a temporary name and renames, so a crash never leaves half a file. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

let fingerprint: string | undefined;

/** Everything but the card that the pixels depend on; computed once per process. */
export function renderFingerprint(): string {
  fingerprint ??= JSON.stringify({
    fonts: [font(400).sha256, font(700).sha256],
    satori: packageVersion("satori"),
    resvg: packageVersion("@resvg/resvg-js"),
    source: sourceHash(dirname(fileURLToPath(import.meta.url))),
  });
  return fingerprint;
}

export function cacheKey(templateId: string, data: unknown): string {
  return createHash("sha256")
    .update(renderFingerprint())
    .update("\0")
    .update(templateId)
    .update("\0")
    .update(JSON.stringify(data))
    .digest("hex");
}

export class ImageCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.png`);
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch {
      return false;
    }
  }

  /** Stores an image; written to a temporary name first, so a crash never leaves half a PNG. */
  async put(key: string, png: Uint8Array): Promise<void> {
    await writeFileAtomic(this.path(key), png);
  }

  /**
   * Puts the cached image at `target` as a hard link to the cache's file, so no byte is copied:
   * restoring 30,000 images took 0.8 to 1.0 s this way and 2.6 to 6.9 s copied, which a rebuild
   * spends after every edit. Where a link cannot be made (the cache on another file system, a
   * file system without links) the image is copied. The cache never changes a file it has
   * stored (a new image is a new key), so the two names stay the same picture; a tool that
   * rewrote dist/'s images in place, rather than writing new files, would change the cache's
   * too.
   */
  async placeAt(key: string, target: string): Promise<void> {
    const source = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(source, target);
      return;
    } catch (error) {
      // A file already there (perhaps a link to another cached image) is replaced, never
      // written through: copying onto a link would change the image it links to.
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
}
