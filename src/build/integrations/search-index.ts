/**
 * Builds the Pagefind search index over the rendered pages, one index per `<html lang>`.
 * Only `data-pagefind-body` regions are indexed (fallback and placeholder pages have none).
 *
 * Pages reach Pagefind from the page tap (src/build/rendered-pages.ts) as Astro renders them.
 * Pagefind's indexer is a separate process, so indexing runs on the second core while Astro
 * renders the rest, and the index files are written while Astro and the other integrations
 * finish. The index is the one `addDirectory` over `dist/` would give: the same pages, the same
 * HTML, the same URLs, in an order that is the same on every build.
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
import type { PageTap } from "../rendered-pages.ts";
import * as pagefind from "pagefind";
import { writePairsIndex } from "../../search/pairs-index.ts";

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

/** Pages handed to Pagefind as Astro renders them; the index is written once all are in. */
export interface SiteIndexer {
  /** Queues one rendered page at its path under the site root (`/bulletins/x/`, no base). */
  add(url: string, html: string): void;
  /** Waits for every page, writes the index into `<siteDir>/pagefind` and stops Pagefind. */
  write(siteDir: string): Promise<{ pages: number }>;
}

export async function startIndexer(): Promise<SiteIndexer> {
  // Pagefind's indexer is a child process started by createIndex: it inherits the variable.
  const previous = process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"];
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = String(INDEX_CHUNK_SIZE);
  let created: Awaited<ReturnType<typeof pagefind.createIndex>>;
  try {
    created = await pagefind.createIndex({});
  } finally {
    if (previous === undefined) delete process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"];
    else process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = previous;
  }
  check("starting Pagefind", created.errors);
  const index = created.index;
  if (!index) throw new Error("Search index: Pagefind returned no index");
  const pending: Promise<string[]>[] = [];
  return {
    add(url, html) {
      pending.push(
        index.addHTMLFile({ url, content: html }).then(
          (added) => added.errors.map((error) => `${url}: ${error}`),
          (error: unknown) => [`${url}: ${String(error)}`],
        ),
      );
    },
    async write(siteDir) {
      const outputPath = `${siteDir}/pagefind`;
      try {
        check("reading the pages", (await Promise.all(pending)).flat());
        const written = await index.writeFiles({ outputPath });
        check(`writing ${outputPath}`, written.errors);
        await writePairsIndex(outputPath, INDEX_CHUNK_SIZE);
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
        return { pages: pending.length };
      } finally {
        await pagefind.close();
      }
    },
  };
}

/**
 * The search index, fed from the page tap: each page that opts in goes to Pagefind as soon as
 * Astro has rendered it, and the index files are written as soon as the last page is in (while
 * Astro finishes its own work and the other integrations run), then awaited before the build ends.
 */
export function searchIndex(tap: PageTap): AstroIntegration {
  let indexer: SiteIndexer | undefined;
  let writing: Promise<{ pages: number; ms: number }> | undefined;
  tap.subscribe(({ pathname, html }) => {
    // Only pages with a region to index are sent: Pagefind would skip the rest anyway.
    if (indexer && html.includes("data-pagefind-body")) indexer.add(pathname, html);
  });
  return {
    name: "pingan:search-index",
    hooks: {
      "astro:build:start": async () => {
        indexer = await startIndexer();
      },
      "astro:build:generated": ({ dir }) => {
        if (!indexer) throw new Error("Search index: the build did not start the indexer");
        const started = performance.now();
        writing = indexer.write(fileURLToPath(dir).replace(/\/$/, "")).then(({ pages }) => ({
          pages,
          ms: performance.now() - started,
        }));
        // Awaited in astro:build:done; until then a failure must not go unhandled.
        writing.catch(() => undefined);
      },
      "astro:build:done": async ({ logger }) => {
        if (!writing) throw new Error("Search index: the build generated no pages");
        const waited = performance.now();
        const { pages, ms } = await writing;
        logger.info(
          `indexed ${pages} pages in ${Math.round(performance.now() - waited)} ms ` +
            `(pages read while they were rendered; index files written in ${Math.round(ms)} ms, ` +
            "beside the rest of the build)",
        );
      },
    },
  };
}
