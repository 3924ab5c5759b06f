/**
 * Builds the Pagefind search index over the rendered pages, one index per `<html lang>`.
 * Only `data-pagefind-body` regions are indexed (fallback and placeholder pages have none).
 *
 * The search page relies on Pagefind 1.6.0's Chinese index, which holds every overlapping
 * character pair (src/search/README.md), so the index is refused unless it was written by
 * exactly that version.
 *
 * The index is written in smaller chunks than Pagefind's default: a Chinese query looks up a
 * few character pairs, and each costs the download of the chunk that holds it.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

export const PAGEFIND_VERSION = "1.6.0";

/**
 * Word positions per index chunk (Pagefind's default is 20,000). At 5,000 pages, 2,000 cuts
 * the index bytes of the median query to under a third of the default's, for a language
 * metadata file (loaded once per search page) half as big again. Set through an environment
 * variable that Pagefind 1.6.0 reads but does not document; tests/search.e2e.test.ts checks
 * that it still takes effect.
 */
export const INDEX_CHUNK_SIZE = 2000;

/** Files Pagefind writes for its own UIs; our search page uses only the JS API. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

function check(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Search index: ${step} failed:\n- ${errors.join("\n- ")}`);
  }
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const outputPath = `${siteDir}/pagefind`;
  // Pagefind's indexer is a child process started by createIndex: it inherits the variable.
  const previous = process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"];
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({});
    check("starting Pagefind", errors);
    if (!index) throw new Error("Search index: Pagefind returned no index");
    const added = await index.addDirectory({ path: siteDir });
    check(`reading ${siteDir}`, added.errors);
    const written = await index.writeFiles({ outputPath });
    check(`writing ${outputPath}`, written.errors);
    const script = await readFile(`${outputPath}/pagefind.js`, "utf8");
    const version = /pagefind_version\s*=\s*"([^"]+)"/.exec(script)?.[1];
    if (version !== PAGEFIND_VERSION) {
      throw new Error(
        `Search index: Pagefind ${version ?? "(unknown)"} wrote the index, but search needs exactly ` +
          `${PAGEFIND_VERSION}. Run npm ci; on a platform without a ${PAGEFIND_VERSION} binary in the ` +
          "registry, build on Linux.",
      );
    }
    for (const name of await readdir(outputPath)) {
      if (UNUSED.test(name)) await rm(`${outputPath}/${name}`);
    }
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"];
    else process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = previous;
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: "pingan:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir).replace(/\/$/, ""));
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
