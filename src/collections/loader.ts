/**
 * Astro's loaders for the collections, made from the source table (src/content/sources.ts) the
 * file reader uses too. Pages and materials use Astro's glob loader (it renders Markdown); the
 * locale is the first folder, the file name the slug. Data files are read by the content
 * reader itself, so a data file that does not parse, or holds an id twice, stops the build
 * instead of being replaced by what an earlier build cached or silently losing an entry.
 *
 * The build's content gate (src/content/gate.ts) has checked every file before Astro starts,
 * with the messages staff read; what these loaders throw is the backstop for `astro dev`.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { glob, type Loader } from "astro/loaders";
import { ContentProblems, errorsOf } from "../content/problems.ts";
import { readDataFile } from "../content/read.ts";
import {
  ENTRY_EXTENSIONS,
  PAGE_EXTENSIONS,
  sources,
  type CollectionName,
  type DataSource,
  type EntriesSource,
  type PagesSource,
} from "../content/sources.ts";

const braces = (extensions: readonly string[]) =>
  `{${extensions.map((extension) => extension.slice(1)).join(",")}}`;

/** Entry id `<locale>/<slug>` from a path relative to the collection folder. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replace(/\.[^./]+$/u, "");
}

/**
 * Entries of `content/<folder>/<locale>/<slug>.<ext>`. The pattern reaches deeper than the
 * reader allows (it refuses subfolders before Astro starts), because its order is the order
 * pages render in, and so the search index's.
 */
export function localizedGlob(source: PagesSource | EntriesSource) {
  const extensions = source.shape === "pages" ? PAGE_EXTENSIONS : ENTRY_EXTENSIONS;
  return glob({
    pattern: `**/[^_]*.${braces(extensions)}`,
    base: `./content/${source.folder}`,
    retainBody: source.shape === "pages" && source.keepBody,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

/** A data file under content/data/, read and checked by the content reader. */
export function dataFile(collection: CollectionName): Loader {
  const source = sources[collection] as DataSource;
  return {
    name: "pingan-data",
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const load = async () => {
        const { entries, problems } = readDataFile(root, collection);
        const errors = errorsOf(problems);
        if (errors.length > 0) throw new ContentProblems(errors);
        store.clear();
        for (const entry of entries) {
          const data = await parseData({
            id: entry.id,
            data: entry.raw as Record<string, unknown>,
          });
          store.set({
            id: entry.id,
            data,
            digest: generateDigest(entry.raw as Record<string, unknown>),
            filePath: source.file,
          });
        }
      };
      await load();
      const path = join(root, source.file);
      watcher?.add(path);
      watcher?.on("change", (changed) => {
        if (changed === path) void load();
      });
    },
  };
}
