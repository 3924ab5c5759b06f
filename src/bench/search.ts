/**
 * Search benchmark: builds a generated corpus, then runs sampled Chinese queries through the
 * real search page in Chromium, and the same queries through stock Pagefind on the same index
 * as the baseline. Reports index size, bytes fetched per query, time to first results, recall
 * and precision, each two ways, in a fresh browser (nothing cached) per query:
 *
 * - "cold page": the page opens with the query (a link, or the header box), so the time also
 *   covers loading Pagefind's runtime (script, WebAssembly, language metadata);
 * - "after load": the query is typed into a page that has loaded Pagefind already, which is
 *   what every further query costs.
 *
 * Query bytes are index chunks, filter chunks and the page fragments of the first page of
 * results (the search page's own first page size, unless `firstPage` says otherwise; stock
 * Pagefind loads as many); runtime bytes are reported apart. Stock Pagefind searches its own
 * index of the same pages, written with its default settings.
 */
import { join } from "node:path";
import { rm } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../tests/support/browser.ts";
import { writeCorpus } from "../../tests/support/corpus.ts";
import { copyProject, runBuild } from "../../tests/support/project.ts";
import {
  expectedPages,
  readIndexed,
  sampleChineseQueries,
  type Indexed,
} from "../../tests/support/queries.ts";
import {
  runSearch,
  runSearchAfterLoad,
  trackPagefindBytes,
  type SearchOutcome,
} from "../../tests/support/search-page.ts";
import { serveDist } from "../../tests/support/server.ts";
import { writeStockIndex } from "../../tests/support/stock-index.ts";
import { listFiles } from "../../tests/support/dist.ts";
import { statSync } from "node:fs";

export interface SearchFigures {
  mode: string;
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

/** The search page's first page of results (`firstPage` in its config). */
const FIRST_PAGE = 5;

/** Where the stock baseline's index goes, beside ours. */
const STOCK = "pagefind-stock";

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

type Engine = "pingan" | "stock pagefind";
type When = "cold page" | "after load";

export async function benchSearch(
  pages: number,
  log: (line: string) => void,
  options: { firstPage?: number } = {},
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
    return await measureSearch(join(root, "dist"), pages, log, options);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Measures search over a built site in `dist` (`pages` is only the label). */
export async function measureSearch(
  dist: string,
  pages: number,
  log: (line: string) => void,
  options: { firstPage?: number } = {},
): Promise<SearchFigures[]> {
  const firstPage = options.firstPage ?? FIRST_PAGE;
  await writeStockIndex(dist, join(dist, STOCK));
  const size = (bundle: string) =>
    listFiles(join(dist, bundle))
      .map((file) => statSync(join(dist, bundle, file)).size)
      .reduce((a, b) => a + b, 0);
  const indexBytes = { pingan: size("pagefind"), "stock pagefind": size(STOCK) };
  const zh = readIndexed(dist).filter((p) => !p.english);
  const byId = new Map(readIndexed(dist, STOCK).map((p) => [p.id, p]));
  const sampled = sampleChineseQueries(zh, 7, 0.5).map(({ query }) => query);
  log(
    `  ${sampled.length} sampled queries, ${COMMON_WORDS.length} of the site's own words ` +
      `(${COMMON_WORDS.join(" ")}), and ${NAMES.length} names (${NAMES.join(" ")}); first page of ${firstPage} results; "cold page" includes ` +
      `loading Pagefind, "after load" is a query typed into a loaded search page`,
  );
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const run = (queries: string[], label: string) =>
      measureQueries({ browser, origin: server.origin, zh, byId, firstPage, queries, label });
    const figures = [
      ...(await run(sampled, "")),
      ...(await run(COMMON_WORDS, ", site's words")),
      ...(await run(NAMES, ", names")),
    ];
    return figures.map((row) => ({
      ...row,
      pages,
      indexKiB: kib(indexBytes[row.engine]),
    }));
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Words on nearly every page of a site like this one, and so likely to be searched: a pair
 * found on most pages is stored in a large index chunk of its own.
 */
const COMMON_WORDS = ["扫黑除恶", "举报", "保护伞", "黑恶势力", "软暴力", "专项斗争"];

/**
 * A name with a number, as the generated pages write them (王某120): the pair (王某) is on
 * many pages, the name on few.
 */
const NAMES = ["王某1", "李某21", "张某3", "陈某104", "黄某12"];

interface QueryRun {
  browser: Browser;
  origin: string;
  /** Ground truth: the indexed Chinese pages. */
  zh: Indexed[];
  /** Stock Pagefind's page ids. */
  byId: Map<string, Indexed>;
  firstPage: number;
  queries: string[];
  /** Added to each row's mode. */
  label: string;
}

async function measureQueries(
  run: QueryRun,
): Promise<(Omit<SearchFigures, "pages" | "indexKiB"> & { engine: Engine })[]> {
  const { browser, origin, byId, firstPage, queries } = run;
  const engines = ["pingan", "stock pagefind"] as const;
  const modes = engines.flatMap((engine) =>
    (["cold page", "after load"] as const).map((when) => ({
      engine,
      when,
      bytes: [] as number[],
      times: [] as number[],
      runtime: 0,
    })),
  );
  // Query by query, every engine and mode in turn: the machine's load varies over a run, and
  // this way it weighs on all of them alike.
  for (const query of queries) {
    for (const mode of modes) {
      const first = await fresh(browser, (page) =>
        measure(page, origin, mode.engine, mode.when, query, byId, firstPage),
      );
      mode.bytes.push(first.queryBytes);
      mode.times.push(first.millis);
      mode.runtime = Math.max(mode.runtime, first.runtimeBytes);
    }
  }
  const rows = [];
  for (const engine of engines) {
    const { recall, precision } = await quality(run, engine);
    for (const mode of modes.filter((m) => m.engine === engine)) {
      rows.push({
        engine,
        mode: `${engine}, ${mode.when}${run.label}`,
        queries: queries.length,
        bytesMedianKiB: kib(quantile(mode.bytes, 0.5)),
        bytesP95KiB: kib(quantile(mode.bytes, 0.95)),
        runtimeKiB: kib(mode.runtime),
        msMedian: Math.round(quantile(mode.times, 0.5)),
        msP95: Math.round(quantile(mode.times, 0.95)),
        recall,
        precision,
      });
    }
  }
  return rows;
}

/** Recall and precision over every result of every query. */
async function quality(
  run: QueryRun,
  engine: Engine,
): Promise<{ recall: number; precision: number }> {
  let relevant = 0;
  let found = 0;
  let returned = 0;
  let correct = 0;
  for (const query of run.queries) {
    const want = expectedPages(run.zh, query);
    const got = await fresh(run.browser, (page) =>
      engine === "pingan"
        ? runSearch(page, run.origin, "/search/", query, { pageSize: 1000 })
        : stockSearch(page, run.origin, query, run.byId, run.firstPage, "cold page"),
    );
    const urls = new Set(got.urls);
    relevant += want.length;
    found += want.filter((url) => urls.has(url)).length;
    returned += got.urls.length;
    correct += got.urls.filter((url) => want.includes(url)).length;
  }
  return {
    recall: relevant === 0 ? 1 : Math.round((found / relevant) * 1000) / 1000,
    precision: returned === 0 ? 1 : Math.round((correct / returned) * 1000) / 1000,
  };
}

/** A fresh browser context per run: nothing cached, as for a first visit. */
async function fresh<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

function measure(
  page: Page,
  origin: string,
  engine: Engine,
  when: When,
  query: string,
  byId: Map<string, Indexed>,
  firstPage: number,
): Promise<SearchOutcome> {
  if (engine === "stock pagefind") return stockSearch(page, origin, query, byId, firstPage, when);
  const n = firstPage === FIRST_PAGE ? undefined : firstPage;
  return when === "cold page"
    ? runSearch(page, origin, "/search/", query, { pageSize: n, all: false })
    : runSearchAfterLoad(page, origin, "/search/", query, n);
}

/**
 * Stock Pagefind as a site would use it out of the box: default options (its web worker), its
 * own query path, the first page's excerpts loaded. It runs on the home page, which has the
 * same `<html lang>` as the search page but no search script of its own.
 */
async function stockSearch(
  page: Page,
  origin: string,
  query: string,
  byId: Map<string, Indexed>,
  firstPage: number,
  when: When,
): Promise<SearchOutcome> {
  const load = trackPagefindBytes(page);
  await page.goto(`${origin}/`);
  const script = `/${STOCK}/pagefind.js`;
  if (when === "after load") {
    await page.evaluate(async (src) => {
      const pagefind = (await import(/* @vite-ignore */ src)) as {
        createInstance(options: object): {
          init(): Promise<void>;
          search(term: string): Promise<unknown>;
        };
      };
      const instance = pagefind.createInstance({});
      await instance.init();
      // As the search page does: wait until the runtime has loaded, fetching no index chunk.
      await instance.search("");
      (window as unknown as { stock: unknown }).stock = instance;
    }, script);
  }
  const loaded = await load.done();
  const tracker = trackPagefindBytes(page);
  const { ids, millis } = await page.evaluate(
    async ([q, src, count]) => {
      interface Stock {
        search(term: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] }>;
      }
      const started = performance.now();
      const ready = (window as unknown as { stock?: Stock }).stock;
      const pagefind = ready ?? ((await import(/* @vite-ignore */ src)) as Stock);
      const response = await pagefind.search(q);
      // Like a results page: the first page's excerpts are loaded.
      await Promise.all(response.results.slice(0, count).map((r) => r.data()));
      return { ids: response.results.map((r) => r.id), millis: performance.now() - started };
    },
    [query, script, firstPage] as const,
  );
  const { queryBytes, runtimeBytes } = await tracker.done();
  const urls = ids.map((id) => byId.get(id)?.url ?? id);
  return {
    urls,
    count: urls.length,
    millis,
    queryBytes,
    runtimeBytes: loaded.runtimeBytes + runtimeBytes,
  };
}
