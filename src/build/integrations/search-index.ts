/**
 * The search index over the rendered pages (src/search/site-index.ts): one Pagefind index per
 * `<html lang>`, built per locale as the page tap hands the pages over, each locale's written as
 * soon as its last page has rendered. Only `data-pagefind-body` regions are indexed (fallback
 * and placeholder pages have none), and only pages with one are sent.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { PageTap } from "../page-tap.ts";
import { indexedHtml } from "../../search/indexed-html.ts";
import { startSiteIndex, type SiteIndex } from "../../search/site-index.ts";

export function searchIndex(tap: PageTap): AstroIntegration {
  let outDir = "";
  let index: SiteIndex | undefined;
  tap.subscribe(({ pathname, html, section }) => {
    if (index && html.includes("data-pagefind-body")) {
      index.add(section, pathname, indexedHtml(html));
    }
  });
  tap.onSectionDone((section) => index?.close(section));
  return {
    name: "pingan:search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/, "");
      },
      "astro:build:start": () => {
        index = startSiteIndex(tap.sections.order, outDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!index) throw new Error("Search index: the build did not start the indexer");
        if (fileURLToPath(dir).replace(/\/$/, "") !== outDir) {
          throw new Error(
            `Search index: wrote into ${outDir}, but the build is in ${fileURLToPath(dir)}`,
          );
        }
        const waited = performance.now();
        const summaries = await index.finish();
        const pages = summaries.reduce((sum, { pages }) => sum + pages, 0);
        const from = Math.min(...summaries.map((summary) => summary.from));
        const to = Math.max(...summaries.map((summary) => summary.to));
        const each = summaries
          .map(
            (s) =>
              `${s.section} ${s.pages} pages in ${Math.round(s.to - s.from)} ms ` +
              `(Pagefind ${Math.round(s.pagefindMs)}, pair index ${Math.round(s.pairsMs)})`,
          )
          .join(", ");
        logger.info(
          `indexed ${pages} pages in ${Math.round(performance.now() - waited)} ms ` +
            `(pages read while they were rendered; index files written in ${Math.round(to - from)} ms, ` +
            `beside the rest of the build: ${each})`,
        );
      },
    },
  };
}
