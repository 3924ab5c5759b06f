/**
 * A .zip of a folder (the built site, for hosts that take an upload), written by fflate (pure
 * JavaScript: the studio shells out to nothing).
 */
import { zipSync, type Zippable } from "fflate";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Already compressed: deflating them again costs time and saves nothing. */
const PACKED = /\.(?:png|jpe?g|webp|avif|gif|pdf|zip|gz|br|woff2?|pagefind|pf_\w+)$/iu;

export async function zipFolder(dir: string): Promise<Buffer> {
  const files: Zippable = {};
  for (const path of await filesIn(dir)) {
    const name = relative(dir, path).split(sep).join("/");
    const { mtime } = await stat(path);
    files[name] = [await readFile(path), { mtime, level: PACKED.test(name) ? 0 : 6 }];
  }
  return Buffer.from(zipSync(files));
}
