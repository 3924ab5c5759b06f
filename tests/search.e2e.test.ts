/**
 * Search as a reader uses it: a generated corpus of several hundred pages is built, served and
 * searched through the real search page in Chromium, with queries sampled from the pages' own
 * indexed text. Chinese: every page containing the query is found (recall 1) and every result
 * contains it (precision 1), for words, sub-words, cross-word strings, names and numbers; a
 * string on no page finds nothing; space-separated terms mean AND. English: word search.
 */
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageTable, PairsMeta } from "../src/search/pair-sets.ts";
import { SIGNATURE } from "../src/search/pairs-index.ts";
import { KIND_TIER } from "../src/search/engine.ts";
import { normalise } from "../src/search/query.ts";
import { launchBrowser } from "./support/browser.ts";
import { random, writeCorpus } from "./support/corpus.ts";
import { copyProject, runBuild, tempDir } from "./support/project.ts";
import {
  expectedPages,
  pairIndexQueries,
  readCommonPairs,
  readIndexed,
  sampleChineseQueries,
  type Indexed,
} from "./support/queries.ts";
import { runSearch } from "./support/search-page.ts";
import { serveDist, type StaticServer } from "./support/server.ts";
import { writeStockIndex } from "./support/stock-index.ts";

describe("search in a real browser over a generated corpus", () => {
  let root = "";
  let dist = "";
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let zh: Indexed[] = [];
  let en: Indexed[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    root = await copyProject("search");
    await writeCorpus({
      contentDir: join(root, "content"),
      pages: { "zh-cn": 500, en: 100 },
      length: { "zh-cn": 1500, en: 600 },
    });
    const built = await runBuild(root, []);
    expect(built.code, built.stderr).toBe(0);
    dist = join(root, "dist");
    const indexed = readIndexed(dist);
    zh = indexed.filter((p) => !p.english);
    en = indexed.filter((p) => p.english);
    server = await serveDist(dist);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const expectedZh = (query: string, filters: Record<string, string> = {}) =>
    expectedPages(zh, query, filters);

  it("finds exactly the pages that contain each Chinese query", async () => {
    const common = readCommonPairs(dist);
    // The site's own words are common pairs at this size: the pair index serves them.
    expect(["扫黑", "除恶", "举报"].filter((pair) => !common.has(pair))).toEqual([]);
    const queries = [...sampleChineseQueries(zh), ...pairIndexQueries(zh, common)];
    const failures: string[] = [];
    let relevant = 0;
    let found = 0;
    let returned = 0;
    let correct = 0;
    for (const { kind, query } of queries) {
      const want = expectedZh(query);
      const got = await runSearch(page, server.origin, "/search/", query, { pageSize: 100 });
      const gotSet = new Set(got.urls);
      relevant += want.length;
      found += want.filter((url) => gotSet.has(url)).length;
      returned += got.urls.length;
      correct += got.urls.filter((url) => want.includes(url)).length;
      const missed = want.filter((url) => !gotSet.has(url));
      const wrong = got.urls.filter((url) => !want.includes(url));
      if (missed.length || wrong.length || got.count !== want.length) {
        failures.push(
          `${kind} "${query}": want ${want.length}, got ${got.urls.length} (count ${got.count}); ` +
            `missed ${missed.slice(0, 3).join(" ")} wrong ${wrong.slice(0, 3).join(" ")}`,
        );
      }
    }
    const recall = relevant === 0 ? 1 : found / relevant;
    const precision = returned === 0 ? 1 : correct / returned;
    console.log(
      `search over ${zh.length} zh pages: ${queries.length} queries, recall ${recall}, precision ${precision}, ${relevant} relevant results`,
    );
    expect(failures).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
    expect(relevant).toBeGreaterThan(500);
  });

  it("finds English words with stemming", async () => {
    const next = random(11);
    const words = [
      ...new Set(en.flatMap((p) => p.raw.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])),
    ];
    const failures: string[] = [];
    for (let i = 0; i < 8; i++) {
      const word = words[Math.floor(next() * words.length)] as string;
      const whole = new RegExp(`\\b${word}\\b`, "i");
      const want = en.filter((p) => whole.test(p.raw)).map((p) => p.url);
      const got = await runSearch(page, server.origin, "/en/search/", word, { pageSize: 100 });
      const stem = word.replace(/(ing|ed|es|s|er|ly)$/, "").slice(0, Math.max(4, word.length - 4));
      const missed = want.filter((url) => !got.urls.includes(url));
      const unrelated = got.urls.filter((url) => {
        const text = en.find((p) => p.url === url)?.raw.toLowerCase() ?? "";
        return !text.includes(stem);
      });
      if (missed.length || unrelated.length || got.count !== got.urls.length) {
        failures.push(
          `"${word}": missed ${missed.length}, unrelated ${unrelated.length}, count ${got.count}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it("ranks every match as readers look: an exact title, guides and explainers, bulletins and Q&A, materials, standing pages", async () => {
    // The order itself is pinned by the engine's unit tests; here it must hold page after page.
    const tier = KIND_TIER;
    const checked: string[] = [];
    const cases: [string, string, Indexed[]][] = [
      ["/search/", "举报", zh],
      ["/search/", "12337", zh],
      ["/search/", "举报 保护", zh],
      ["/search/", "黑恶势力", zh],
      ["/en/search/", "report", en],
    ];
    for (const [path, query, pages] of cases) {
      // Small pages: the order must hold across every page of results, not within one.
      const got = await runSearch(page, server.origin, path, query, { pageSize: 40 });
      const byUrl = new Map(pages.map((p) => [p.url, p]));
      const needle = normalise(query.replace(/\s+/g, ""));
      const exact = got.urls.filter((url) => normalise(byUrl.get(url)?.title ?? "") === needle);
      expect(got.urls.slice(0, exact.length), query).toEqual(exact);
      const tiers = got.urls
        .slice(exact.length)
        .map((url) => tier[byUrl.get(url)?.filters["type"]?.[0] ?? ""] ?? 0);
      expect(
        tiers.every((t, i) => t > 0 && (i === 0 || t >= (tiers[i - 1] as number))),
        query,
      ).toBe(true);
      checked.push(`${query}: ${new Set(tiers).size} kinds over ${got.urls.length} results`);
      // More than one kind of page matches, or the order proves nothing.
      expect(new Set(tiers).size, query).toBeGreaterThan(1);
    }
    console.log(`ranking: ${checked.join("; ")}`);
  });

  it("shows title, type, date and the query marked in each result; pages with a More button", async () => {
    // Bulletins only: a guide that mentions 扫黑 in its text ranks before them otherwise.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("扫黑")}&type=bulletin`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]');
    const first = page.locator(".search-result").first();
    expect(await first.locator("h2 a").textContent()).toContain("扫黑");
    expect(await first.locator(".search-result__meta").textContent()).toMatch(
      /工作动态 · \d{4}年\d{1,2}月\d{1,2}日/,
    );
    expect(await first.locator(".search-result__excerpt mark").first().textContent()).toBe("扫黑");
    // Five at first (each result is a page fragment to download), ten more each time.
    expect(await page.locator(".search-result").count()).toBe(5);
    expect(await page.locator("[data-search-more]").isVisible()).toBe(true);
    expect(
      Number(await page.getAttribute("[data-search-results]", "data-search-count")),
    ).toBeGreaterThan(15);
    await page.click("[data-search-more]");
    await page.waitForSelector('[data-search-results][data-search-state="done"]');
    expect(await page.locator(".search-result").count()).toBe(15);
    expect(errors).toEqual([]);
  });

  it("narrows results by type, year and place, from a shared link and from the form", async () => {
    const query = "扫黑";
    const search = (params: Record<string, string>) =>
      runSearch(page, server.origin, "/search/", query, { pageSize: 1000, params });
    for (const filters of [
      { type: "bulletin", year: "2021" },
      { type: "explainer" },
      { place: "示例镇", year: "2019" },
    ]) {
      const want = expectedZh(query, filters);
      const got = await search(filters);
      expect(want.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(got.urls.sort(), JSON.stringify(filters)).toEqual(want);
      expect(got.count).toBe(want.length);
    }

    // The form: a filter applies as soon as it is chosen, and the address says so, in place of
    // the entry it had: the words searched for do not pile up in the history.
    await runSearch(page, server.origin, "/search/", query, { pageSize: 1000 });
    const entries = await page.evaluate(() => window.history.length);
    await page.selectOption("#search-filter-year", "2022");
    await page.waitForFunction(
      () =>
        new URLSearchParams(window.location.search).get("year") === "2022" &&
        document.querySelector('[data-search-results][data-search-state="done"][data-search-ms]'),
    );
    const want = expectedZh(query, { year: "2022" });
    expect(Number(await page.getAttribute("[data-search-results]", "data-search-count"))).toBe(
      want.length,
    );
    for (const meta of await page.locator(".search-result__meta").allTextContents()) {
      expect(meta).toContain("2022年");
    }
    expect(await page.evaluate(() => window.history.length)).toBe(entries);

    // A fieldset with a legend, and a label for every field.
    expect(await page.locator("form fieldset > legend").textContent()).toBe("筛选结果");
    for (const id of await page
      .locator("form fieldset select")
      .evaluateAll((s) => s.map((e) => e.id))) {
      expect(await page.locator(`label[for="${id}"]`).count()).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it("serves common pairs and names with a number from the pair index, reading only what it shows", async () => {
    const requests: string[] = [];
    const onRequest = (request: { url(): string }) =>
      requests.push(new URL(request.url()).pathname);
    page.on("request", onRequest);
    try {
      for (const query of ["扫黑除恶", "举报", "王某1"]) {
        requests.length = 0;
        const got = await runSearch(page, server.origin, "/search/", query, { all: false });
        const want = expectedZh(query);
        expect(got.urls.length, query).toBe(Math.min(5, want.length));
        expect(
          got.urls.filter((url) => !want.includes(url)),
          query,
        ).toEqual([]);
        const fetched = (folder: string) => requests.filter((path) => path.includes(folder));
        // No Pagefind index chunk; the fragments of the pages shown, and at most a few more
        // (candidates whose text turns out not to contain the query).
        expect(fetched("/pagefind/index/"), query).toEqual([]);
        expect(fetched("/pagefind/fragment/").length, query).toBeLessThanOrEqual(8);
        expect(fetched("/pagefind/pairs/").length, query).toBeGreaterThan(0);
      }
    } finally {
      page.off("request", onRequest);
    }
    expect(errors).toEqual([]);
  });

  it("reads Pagefind's page fragments as the pair index expects (an undocumented format)", async () => {
    const root = join(dist, "pagefind", "pairs");
    const entry = JSON.parse(readFileSync(join(root, "entry.json"), "utf8")) as {
      languages: Record<string, string>;
    };
    // Only the language with Han text has a pair index.
    expect(Object.keys(entry.languages)).toEqual(["zh-cn"]);
    const folder = join(root, entry.languages["zh-cn"] as string);
    const unpack = (file: string) => {
      const data = gunzipSync(readFileSync(file));
      expect(data.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
      return JSON.parse(data.subarray(SIGNATURE.length).toString("utf8")) as unknown;
    };
    const meta = unpack(join(folder, "meta.pf_pairs")) as PairsMeta;
    const fragments = readdirSync(join(dist, "pagefind", "fragment")).filter((f) =>
      f.startsWith("zh-cn_"),
    );
    expect(meta.pages).toBe(fragments.length);
    const hashes = readdirSync(join(folder, "page")).flatMap(
      (file) => (unpack(join(folder, "page", file)) as PageTable).hashes,
    );
    expect(hashes.map((hash) => `zh-cn_${hash}.pf_fragment`).sort()).toEqual(fragments.sort());
    // Each fragment: gzip of "pagefind_dcd" and JSON with the page's address, text and title.
    for (const file of fragments.slice(0, 20)) {
      const data = gunzipSync(readFileSync(join(dist, "pagefind", "fragment", file)));
      expect(data.subarray(0, 12).toString()).toBe("pagefind_dcd");
      const fragment = JSON.parse(data.subarray(12).toString("utf8")) as {
        url: string;
        content: string;
        meta: Record<string, string>;
      };
      expect(fragment.url).toMatch(/^\//);
      expect(fragment.content).toContain("\u200b");
      expect(fragment.meta["title"]).toBeTruthy();
    }
  });

  it("writes the index in smaller chunks than Pagefind's default (an undocumented setting)", async () => {
    const stock = await tempDir("stock-index");
    try {
      await writeStockIndex(dist, stock);
      const chunks = (bundle: string) =>
        readdirSync(join(bundle, "index")).filter((f) => f.startsWith("zh-cn_")).length;
      expect(chunks(join(dist, "pagefind"))).toBeGreaterThan(3 * chunks(stock));
    } finally {
      await rm(stock, { recursive: true, force: true });
    }
  });

  it("submits the header search box to the search page and explains search without JavaScript", async () => {
    await page.goto(`${server.origin}/report/`);
    await page.fill("#site-search", "软暴力");
    await page.press("#site-search", "Enter");
    await page.waitForSelector('[data-search-results][data-search-state="done"]');
    expect(new URL(page.url()).pathname).toBe("/search/");
    expect(await page.inputValue("[data-search-input]")).toBe("软暴力");

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.origin}/search/?q=${encodeURIComponent("软暴力")}`);
    expect(await noJs.locator("main").textContent()).toContain("站内搜索需要浏览器启用 JavaScript");
    await context.close();
  });
});
