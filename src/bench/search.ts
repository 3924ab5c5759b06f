/**
 * Search benchmark: builds a generated corpus, then runs sampled Chinese queries through the
 * real search page in Chromium, and the same queries through stock Pagefind on the same index
 * as the baseline. Reports index size, bytes fetched per query, time to first results, recall
 * and precision.
 */
import { join } from "node:path";
import { rm } from "node:fs/promises";
import { launchBrowser } from "../../tests/support/browser.ts";
import { writeCorpus } from "../../tests/support/corpus.ts";
import { copyProject, runBuild } from "../../tests/support/project.ts";
import {
  expectedPages,
  readIndexed,
  sampleChineseQueries,
  type Indexed,
} from "../../tests/support/queries.ts";
import { runSearch, trackPagefindBytes } from "../../tests/support/search-page.ts";
import { serveDist } from "../../tests/support/server.ts";
import { listFiles } from "../../tests/support/dist.ts";
import { statSync } from "node:fs";

export interface SearchFigures {
  mode: "pingan" | "stock pagefind";
  pages: number;
  indexKiB: number;
  queries: number;
  bytesMedianKiB: number;
  bytesP95KiB: number;
  runtimeKiB: number;
  msMedian: number;
  msP95: number;
  recall: number;
  precision: number;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function benchSearch(
  pages: number,
  log: (line: string) => void,
): Promise<SearchFigures[]> {
  const root = await copyProject(`bench-search-${pages}`);
  try {
    const zhPages = Math.round(pages * 0.8);
    await writeCorpus({
      contentDir: join(root, "content"),
      pages: { "zh-cn": zhPages, en: pages - zhPages },
      length: { "zh-cn": 1500, en: 600 },
    });
    const started = performance.now();
    const built = await runBuild(root, []);
    if (built.code !== 0) throw new Error(`bench build failed:\n${built.stderr}`);
    log(`  built ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const dist = join(root, "dist");
    const indexBytes = listFiles(join(dist, "pagefind"))
      .map((file) => statSync(join(dist, "pagefind", file)).size)
      .reduce((a, b) => a + b, 0);
    const indexed = readIndexed(dist);
    const zh = indexed.filter((p) => !p.english);
    const byId = new Map(indexed.map((p) => [p.id, p]));
    const queries = sampleChineseQueries(zh, 7, 0.5);
    const server = await serveDist(dist);
    const browser = await launchBrowser();
    try {
      const figures: SearchFigures[] = [];
      for (const mode of ["pingan", "stock pagefind"] as const) {
        const bytes: number[] = [];
        const times: number[] = [];
        let runtime = 0;
        let relevant = 0;
        let found = 0;
        let returned = 0;
        let correct = 0;
        for (const { query } of queries) {
          // A fresh browser context per query: nothing cached, as for a first visit.
          const context = await browser.newContext();
          const page = await context.newPage();
          const want = expectedPages(zh, query);
          // What a reader's first page of ten results costs, then every result for recall.
          const first =
            mode === "pingan"
              ? await runSearch(page, server.origin, "/search/", query, 10, false)
              : await stockSearch(page, server.origin, query, byId);
          const got =
            mode === "pingan"
              ? await runSearch(page, server.origin, "/search/", query, 1000)
              : first;
          await context.close();
          bytes.push(first.queryBytes);
          times.push(first.millis);
          runtime = Math.max(runtime, first.runtimeBytes);
          relevant += want.length;
          found += want.filter((url) => got.urls.includes(url)).length;
          returned += got.urls.length;
          correct += got.urls.filter((url) => want.includes(url)).length;
        }
        figures.push({
          mode,
          pages,
          indexKiB: kib(indexBytes),
          queries: queries.length,
          bytesMedianKiB: kib(quantile(bytes, 0.5)),
          bytesP95KiB: kib(quantile(bytes, 0.95)),
          runtimeKiB: kib(runtime),
          msMedian: Math.round(quantile(times, 0.5)),
          msP95: Math.round(quantile(times, 0.95)),
          recall: relevant === 0 ? 1 : Math.round((found / relevant) * 1000) / 1000,
          precision: returned === 0 ? 1 : Math.round((correct / returned) * 1000) / 1000,
        });
      }
      return figures;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Stock Pagefind as a site would use it out of the box: default options, its own query path. */
async function stockSearch(
  page: import("playwright-core").Page,
  origin: string,
  query: string,
  byId: Map<string, Indexed>,
) {
  await page.goto(`${origin}/search/`);
  const tracker = trackPagefindBytes(page);
  const started = performance.now();
  const ids = await page.evaluate(
    async ([q, script]) => {
      const pagefind = (await import(/* @vite-ignore */ script)) as {
        search(term: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] }>;
      };
      const response = await pagefind.search(q);
      // Like a results page: the first ten results' excerpts are loaded.
      await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
      return response.results.map((r) => r.id);
    },
    [query, "/pagefind/pagefind.js"] as const,
  );
  const millis = performance.now() - started;
  const { queryBytes, runtimeBytes } = await tracker.done();
  const urls = ids.map((id) => byId.get(id)?.url ?? id);
  return { urls, count: urls.length, millis, queryBytes, runtimeBytes };
}
