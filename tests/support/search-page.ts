/**
 * Drives the real search page: runs a query, pages through every result with the More button,
 * and measures what a reader's browser fetched and how long the first results took.
 */
import type { Page, Response } from "playwright-core";

export interface SearchOutcome {
  urls: string[];
  count: number;
  /** From the search starting in the page to the first results shown. */
  millis: number;
  /** Bytes of Pagefind index chunks and page fragments fetched for this query. */
  queryBytes: number;
  /** Bytes of Pagefind's runtime (script, WebAssembly, language metadata) for this page view. */
  runtimeBytes: number;
}

/**
 * Counts the bytes of Pagefind's files a page fetches from now until `done()`: index chunks and
 * page fragments (what one query costs) apart from the runtime (script, WebAssembly, metadata).
 */
export function trackPagefindBytes(page: Page): {
  done(): Promise<{ queryBytes: number; runtimeBytes: number }>;
} {
  let queryBytes = 0;
  let runtimeBytes = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const url = response.url();
    if (!url.includes("/pagefind/")) return;
    pending.push(
      response
        .body()
        .then((body) => {
          if (/\/pagefind\/(index|fragment)\//.test(url)) queryBytes += body.length;
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

export async function runSearch(
  page: Page,
  origin: string,
  path: string,
  query: string,
  pageSize = 100,
  /** Click More until every result is shown. */
  all = true,
): Promise<SearchOutcome> {
  const tracker = trackPagefindBytes(page);
  await page.goto(`${origin}${path}?q=${encodeURIComponent(query)}&n=${pageSize}`);
  const results = page.locator("[data-search-results]");
  await page.waitForSelector('[data-search-results][data-search-state="done"]', {
    timeout: 60_000,
  });
  const millis = Number(await results.getAttribute("data-search-ms"));
  const { queryBytes, runtimeBytes } = await tracker.done();
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
  return { urls, count, millis, queryBytes, runtimeBytes };
}
