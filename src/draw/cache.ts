/**
 * The one content-addressed cache of drawn files (keys.ts makes the keys). An entry is a folder
 * of named files, written whole or not at all and never changed once stored (a new drawing is a
 * new key), so dist/ can take them as hard links. An unchanged item is put in place from the
 * cache, never drawn again.
 */
import { copyFile, link, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { makeFolder, withPath } from "../cli/fs-errors.ts";

/** `node_modules/.cache/pingan/<product>` under the project, or the product's variable. */
export function cacheDir(projectRoot: string, product: keyof typeof VARIABLES): string {
  return (
    process.env[VARIABLES[product]] ?? join(projectRoot, "node_modules/.cache/pingan", product)
  );
}

const VARIABLES = {
  images: "PINGAN_IMAGE_CACHE",
  print: "PINGAN_PRINT_CACHE",
  "font-slices": "PINGAN_FONT_SLICE_CACHE",
} as const;

/**
 * Writes a file whole or not at all: under a temporary name beside it, then renamed; on any
 * failure (a full disk, a folder that cannot be written) the temporary file is removed and the
 * error, naming `path`, thrown. Folders are made with makeFolder: Node's recursive mkdir never
 * returns for some paths (`--out /proc/x` spun at 100 % CPU for ever).
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

/** One entry of the cache at `dir`: a folder of named files. */
export class CacheEntry {
  readonly folder: string;

  constructor(dir: string, key: string) {
    this.folder = join(dir, key.slice(0, 2), key);
  }

  path(name: string): string {
    return join(this.folder, name);
  }

  has(name: string): Promise<boolean> {
    return stat(this.path(name)).then(
      (found) => found.isFile(),
      () => false,
    );
  }

  /** The file's bytes, or undefined if the entry lacks it. */
  read(name: string): Promise<Buffer | undefined> {
    return readFile(this.path(name)).catch(() => undefined);
  }

  /**
   * Stores files, each written whole, the first named last: an entry that has its first file
   * is complete, whenever a run was cut off.
   */
  async store(files: readonly (readonly [string, Uint8Array])[]): Promise<void> {
    for (const [name, data] of [...files].reverse()) await writeWhole(this.path(name), data);
  }

  /** Puts a stored file at `target` (placeAt). */
  place(name: string, target: string): Promise<void> {
    return placeAt(this.path(name), target);
  }
}

/**
 * Puts a cached file at `target` as a hard link to it, so no byte is copied, which a rebuild
 * would otherwise spend after every edit (docs/build-performance.md); copied where a link cannot
 * be made. A tool that rewrote dist/'s files in place would change the cache's too.
 */
export async function placeAt(source: string, target: string): Promise<void> {
  await makeFolder(dirname(target));
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
