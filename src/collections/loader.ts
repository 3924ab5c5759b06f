/**
 * The loader for localized entry collections. The first folder under `content/<collection>/`
 * is the locale; the rest of the path, without extension, is the slug. A translation is the file
 * with the same slug in another locale's folder.
 */
import { existsSync } from "node:fs";
import { glob } from "astro/loaders";
import { isLocale, localeCodes } from "../i18n/locales.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Entry id `<locale>/<slug>` from a path relative to the collection folder. */
export function entryIdFromPath(collection: string, relativePath: string): string {
  const file = `content/${collection}/${relativePath}`;
  const [first, ...rest] = relativePath.split("/");
  if (rest.length === 0 || first === undefined) {
    throw new Error(
      `${file}: not inside a locale folder. Move it into one of: ${localeCodes
        .map((code) => `content/${collection}/${code}/`)
        .join(", ")}.`,
    );
  }
  if (!isLocale(first)) {
    throw new Error(
      `${file}: unknown locale folder "${first}". Expected one of ${localeCodes.join(
        ", ",
      )}; move the file into one of those folders (or add the language to src/i18n/locales.ts).`,
    );
  }
  const slug = rest.join("/").replace(/\.(?:mdx?|ya?ml)$/, "");
  if (!SLUG.test(slug)) {
    throw new Error(
      `${file}: the file name "${slug}" is used in the page address, so it must be lowercase ` +
        `letters, digits and hyphens (e.g. 2019-08-29-fujian-inspection.md). Rename the file.`,
    );
  }
  return `${first}/${slug}`;
}

/** Frontmatter fields that name a file next to the entry (Astro's image() fields). */
const FILE_FIELDS = ["cover"] as const;

/**
 * Astro reports a missing image without saying which entry or field named it; checking here,
 * where the entry's path and raw frontmatter are at hand, names both.
 */
export function checkLocalFiles(
  collection: string,
  relativePath: string,
  data: Record<string, unknown>,
  base: URL,
): void {
  for (const field of FILE_FIELDS) {
    const value = data[field];
    if (typeof value !== "string" || !/^\.\.?\//.test(value)) continue;
    if (!existsSync(new URL(value, new URL(relativePath, base)))) {
      throw new Error(
        `content/${collection}/${relativePath}: ${field} "${value}" does not exist. Put the image ` +
          `at that path (relative to this file), or fix the path, or remove the ${field} line.`,
      );
    }
  }
}

export interface LocalizedGlobOptions {
  /** Markdown pages (the default), or YAML files (print materials, one per file). */
  files?: "markdown" | "yaml";
  /**
   * Keep each entry's raw source (`entry.body`) in Astro's content store. Only collections whose
   * source is read again need it (explainers: print boards lay out their Markdown blocks). The
   * store is serialised, then compiled as one module before the first page renders, so a body
   * nobody reads costs time in both: at 10,000 bulletins it is two fifths of the store.
   */
  keepBody?: boolean;
}

/** Entries of `content/<folder>/<locale>/…`. */
export function localizedGlob(
  collection: string,
  { files = "markdown", keepBody = false }: LocalizedGlobOptions = {},
) {
  // Which file each id came from: `news.md` and `news.mdx` in one folder would both be
  // /news/, and Astro would silently keep only one of them.
  const sources = new Map<string, string>();
  return glob({
    pattern: files === "yaml" ? "**/[^_]*.{yaml,yml}" : "**/[^_]*.{md,mdx}",
    base: `./content/${collection}`,
    retainBody: keepBody,
    generateId: ({ entry, base, data }) => {
      const id = entryIdFromPath(collection, entry);
      checkLocalFiles(collection, entry, data, base);
      const earlier = sources.get(id);
      if (earlier && earlier !== entry && existsSync(new URL(earlier, base))) {
        throw new Error(
          `content/${collection}/${entry} and content/${collection}/${earlier} have the same page address ` +
            `(${id}). Rename or delete one of them.`,
        );
      }
      sources.set(id, entry);
      return id;
    },
  });
}
