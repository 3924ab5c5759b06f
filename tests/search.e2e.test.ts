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
import { normalise } from "../src/search/query.ts";
import { launchBrowser } from "./support/browser.ts";
import { random, writeCorpus } from "./support/corpus.ts";
import { copyProject, runBuild } from "./support/project.ts";
import { serveDist, type StaticServer } from "./support/server.ts";

interface Indexed {
  url: string;
  english: boolean;
  /** Pagefind's indexed text of the page, normalised like the search normalises it. */
  text: string;
  raw: string;
}

/** The indexed text of every page, read from Pagefind's own fragment files. */
function readIndexed(dist: string): Indexed[] {
  const dir = join(dist, "pagefind/fragment");
  return readdirSync(dir).map((file) => {
    const json = gunzipSync(readFileSync(join(dir, file))).toString("utf8");
    const fragment = JSON.parse(json.slice(json.indexOf("{"))) as { url: string; content: string };
    return {
      url: fragment.url,
      english: fragment.url.startsWith("/en/"),
      text: normalise(fragment.content),
      raw: fragment.content,
    };
  });
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

interface SearchOutcome {
  urls: string[];
  count: number;
}

async function search(
  page: Page,
  origin: string,
  path: string,
  query: string,
): Promise<SearchOutcome> {
  await page.goto(`${origin}${path}?q=${encodeURIComponent(query)}`);
  const results = page.locator("[data-search-results]");
  await page.waitForSelector('[data-search-results][data-search-state="done"]', {
    timeout: 20_000,
  });
  for (;;) {
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

describe("search in a real browser over a generated corpus", () => {
  let root = "";
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
    const dist = join(root, "dist");
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

  function expectedZh(query: string): string[] {
    const needles = query.split(/\s+/).map(normalise).filter(Boolean);
    return zh
      .filter((p) => needles.every((n) => p.text.includes(n)))
      .map((p) => p.url)
      .sort();
  }

  /** Queries drawn from the pages' own text with a fixed seed, so every run asks the same. */
  function sampleQueries(): { kind: string; query: string }[] {
    const next = random(7);
    const pickPage = () => zh[Math.floor(next() * zh.length)] as Indexed;
    const substring = (text: string, min: number, max: number): string => {
      const runs = [...text.matchAll(HAN_RUN)].map((m) => m[0]).filter((r) => r.length >= min);
      const run = runs[Math.floor(next() * runs.length)] ?? "";
      const chars = [...run];
      const length = Math.min(chars.length, min + Math.floor(next() * (max - min + 1)));
      const start = Math.floor(next() * (chars.length - length + 1));
      return chars.slice(start, start + length).join("");
    };
    const queries: { kind: string; query: string }[] = [];
    for (let i = 0; i < 12; i++)
      queries.push({ kind: "two characters", query: substring(pickPage().text, 2, 2) });
    for (let i = 0; i < 12; i++)
      queries.push({ kind: "3–6 characters", query: substring(pickPage().text, 3, 6) });
    for (let i = 0; i < 4; i++)
      queries.push({ kind: "long phrase", query: substring(pickPage().text, 8, 12) });
    queries.push({ kind: "cross-word", query: "黑除恶" });
    queries.push({ kind: "number", query: "12337" });
    const target = pickPage();
    const number = /线索编号(\d+)/.exec(target.raw)?.[1] ?? "100001";
    queries.push({ kind: "case number", query: number });
    const name = /涉及(\p{Script=Han}某\d+)/u.exec(target.raw)?.[1] ?? "王某1";
    queries.push({ kind: "name", query: name });
    for (let i = 0; i < 3; i++) {
      const p = pickPage();
      queries.push({
        kind: "two terms (AND)",
        query: `${substring(p.text, 2, 3)} ${substring(p.text, 2, 3)}`,
      });
    }
    // Strings on no page: pairs of characters that each occur, but never side by side.
    const chars = [
      ...new Set(
        [
          ...zh
            .map((p) => p.text)
            .join("")
            .matchAll(/\p{Script=Han}/gu),
        ].map((m) => m[0]),
      ),
    ];
    let absent = 0;
    while (absent < 5) {
      const query = `${chars[Math.floor(next() * chars.length)]}${chars[Math.floor(next() * chars.length)]}`;
      if (expectedZh(query).length === 0) {
        queries.push({ kind: "absent", query });
        absent++;
      }
    }
    queries.push({ kind: "absent", query: "黑夜" });
    return queries;
  }

  it("finds exactly the pages that contain each Chinese query", async () => {
    const queries = sampleQueries();
    const failures: string[] = [];
    let relevant = 0;
    let found = 0;
    let returned = 0;
    let correct = 0;
    for (const { kind, query } of queries) {
      const want = expectedZh(query);
      const got = await search(page, server.origin, "/search/", query);
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
      const got = await search(page, server.origin, "/en/search/", word);
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

  it("shows title, type, date and the query marked in each result; pages with a More button", async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("扫黑")}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]');
    const first = page.locator(".search-result").first();
    expect(await first.locator("h2 a").textContent()).toContain("扫黑");
    expect(await first.locator(".search-result__meta").textContent()).toMatch(
      /工作动态 · \d{4}年\d{1,2}月\d{1,2}日/,
    );
    expect(await first.locator(".search-result__excerpt mark").first().textContent()).toBe("扫黑");
    expect(await page.locator(".search-result").count()).toBe(10);
    expect(await page.locator("[data-search-more]").isVisible()).toBe(true);
    expect(
      Number(await page.getAttribute("[data-search-results]", "data-search-count")),
    ).toBeGreaterThan(10);
    expect(errors).toEqual([]);
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
