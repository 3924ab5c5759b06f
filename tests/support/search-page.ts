/**
 * Drives the real search page: runs a query, pages through every result with the More button,
 * and measures what a reader's browser fetched and how long the first results took.
 */
import type { Page, Response } from "playwright-core";

export interface SearchOutcome {
  urls: string[];
  count: number;
  /** From the search being asked for in the page to the first results shown. */
  millis: number;
  /** Bytes of Pagefind index chunks, filter chunks and page fragments fetched for this query. */
  queryBytes: number;
  /** Bytes of Pagefind's runtime (script, WebAssembly, language metadata) for this page view. */
  runtimeBytes: number;
}

/** Pagefind's bundle folder (`/pagefind/`, or another name such as the bench's stock index). */
const BUNDLE = /\/pagefind[\w-]*\//;
/**
 * What one query costs: index and filter chunks, and page fragments; of the pair index, page
 * sets, page tables and number keys (its entry and metadata load with the page).
 */
const QUERY_FILE =
  /\/pagefind[\w-]*\/(index|filter|fragment|pairs\/[^/]+\/(pair|page|id|filter|number))\//;

/**
 * Counts the bytes of Pagefind's files (and the pair index's, inside Pagefind's folder) a page
 * fetches from now until `done()`: what queries cost apart from the runtime (script,
 * WebAssembly, metadata).
 */
export function trackPagefindBytes(page: Page): {
  done(): Promise<{ queryBytes: number; runtimeBytes: number }>;
} {
  let queryBytes = 0;
  let runtimeBytes = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const url = response.url();
    if (!BUNDLE.test(new URL(url).pathname)) return;
    pending.push(
      response
        .body()
        .then((body) => {
          if (QUERY_FILE.test(url)) queryBytes += body.length;
          else runtimeBytes += body.length;
        })
        .catch(() => undefined),
    );
  };
  page.on("response", onResponse);
  return {
    async done() {
      await Promise.all(pending);
      page.off("response", onResponse);
      return { queryBytes, runtimeBytes };
    },
  };
}

const DONE = '[data-search-results][data-search-state="done"][data-search-ms]';

/** Every result on the page, clicking More until there is none left. */
async function collect(page: Page, all: boolean): Promise<{ urls: string[]; count: number }> {
  const results = page.locator("[data-search-results]");
  while (all) {
    const more = page.locator("[data-search-more]");
    if ((await more.count()) === 0 || !(await more.isVisible())) break;
    await more.click();
    await page.waitForSelector('[data-search-results][data-search-state="done"]');
  }
  const urls = await results
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const count = Number(await results.getAttribute("data-search-count"));
  return { urls, count };
}

/**
 * A search as a link or the header box starts it: the search page opens with `?q=`, so the
 * time and runtime bytes include loading Pagefind.
 */
export async function runSearch(
  page: Page,
  origin: string,
  path: string,
  query: string,
  options: {
    /** `?n=`: results per page; the page's own sizes when left out. */
    pageSize?: number | undefined;
    /** Click More until every result is shown (the default). */
    all?: boolean;
    /** More parameters, such as filters. */
    params?: Record<string, string>;
  } = {},
): Promise<SearchOutcome> {
  const tracker = trackPagefindBytes(page);
  const search = new URLSearchParams({ q: query, ...options.params });
  if (options.pageSize !== undefined) search.set("n", String(options.pageSize));
  await page.goto(`${origin}${path}?${search}`);
  await page.waitForSelector(DONE, { timeout: 60_000 });
  const millis = Number(await page.getAttribute("[data-search-results]", "data-search-ms"));
  const { queryBytes, runtimeBytes } = await tracker.done();
  return { ...(await collect(page, options.all ?? true)), millis, queryBytes, runtimeBytes };
}

/**
 * A search typed into the search page once it has loaded (Pagefind ready): what each further
 * query costs. Runtime bytes are those of the page load before the query.
 */
export async function runSearchAfterLoad(
  page: Page,
  origin: string,
  path: string,
  query: string,
  pageSize?: number,
): Promise<SearchOutcome> {
  const load = trackPagefindBytes(page);
  await page.goto(`${origin}${path}${pageSize === undefined ? "" : `?n=${pageSize}`}`);
  await page.waitForSelector("[data-search-results][data-search-ready]", { timeout: 60_000 });
  const { runtimeBytes } = await load.done();
  const tracker = trackPagefindBytes(page);
  await page.fill("[data-search-input]", query);
  await page.press("[data-search-input]", "Enter");
  await page.waitForFunction(
    (q) =>
      new URLSearchParams(window.location.search).get("q") === q &&
      document.querySelector('[data-search-results][data-search-state="done"][data-search-ms]') !==
        null,
    query,
    { timeout: 60_000 },
  );
  const millis = Number(await page.getAttribute("[data-search-results]", "data-search-ms"));
  const { queryBytes } = await tracker.done();
  return { ...(await collect(page, false)), millis, queryBytes, runtimeBytes };
}
