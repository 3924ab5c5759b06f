/**
 * The sample site in Debian's Chromium, as residents use it: every page loads with no console
 * error and asks no host but its own; axe finds no WCAG 2.0/2.1/2.2 A or AA violation on any
 * page, in normal or elder mode; the language switch, quick exit, elder mode and keyboard work.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/browser.ts";
import { runSearch } from "./support/search-page.ts";
import { DOWNLOADS, listFiles } from "./support/dist.ts";
import { copyProject, runBuild, tempDir } from "./support/project.ts";
import { serveDist, type StaticServer } from "./support/server.ts";

const EXIT_URL = "https://www.weather.com.cn/";

describe("the sample site in a real browser", () => {
  let dir = "";
  let dist = "";
  let server: StaticServer;
  let browser: Browser;
  let pages: string[] = [];

  beforeAll(async () => {
    dir = await tempDir("site-e2e");
    dist = join(dir, "dist");
    const project = await copyProject("e2e-site");
    const built = await runBuild(project, ["--out", dist]);
    await rm(project, { recursive: true, force: true });
    expect(built.code, built.stderr).toBe(0);
    server = await serveDist(dist);
    browser = await launchBrowser();
    pages = listFiles(dist)
      .filter((file) => file.endsWith(".html") && !DOWNLOADS.test(file))
      .map((file) => `/${file.replace(/index\.html$/, "")}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A context whose requests to any other host are answered locally and recorded. */
  async function isolatedContext(options: { bypassCSP?: boolean } = {}): Promise<{
    context: BrowserContext;
    foreign: string[];
  }> {
    const context = await browser.newContext(options);
    const foreign: string[] = [];
    await context.route(
      (url) => !url.href.startsWith(server.origin),
      (route) => {
        foreign.push(route.request().url());
        return route.fulfill({
          status: 200,
          contentType: "text/html",
          body: "<title>elsewhere</title>",
        });
      },
    );
    return { context, foreign };
  }

  it("loads every page with no console error and no request to another host", async () => {
    const { context, foreign } = await isolatedContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
    for (const path of pages) {
      const response = await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
      expect(response?.status(), path).toBe(200);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    // A missing address gets the 404 page (Chromium logs the 404 itself as an error).
    const missing = await page.goto(`${server.origin}/no/such/page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.textContent("h1")).toBe("找不到这个页面");
    await context.close();
  });

  it("has no WCAG 2.0/2.1/2.2 A or AA violation on any page, in normal or elder mode", async () => {
    // axe is injected as an inline script, which the site's own CSP rightly forbids.
    const { context } = await isolatedContext({ bypassCSP: true });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of pages) {
      for (const elder of [false, true]) {
        await page.goto(`${server.origin}${path}`);
        if (elder) await page.evaluate(() => document.documentElement.classList.add("elder"));
        const found = await axeViolations(page);
        violations.push(...found.map((v) => `${path}${elder ? " (elder)" : ""}: ${v}`));
      }
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it("finds the print materials by the words they print", async () => {
    const page = await browser.newPage();
    for (const [path, query, material] of [
      ["/search/", "明白纸", "/materials/leaflet-know-and-report/"],
      ["/search/", "悬赏通告", "/materials/notice-rewards/"],
      ["/search/", "人人有责", "/materials/banner-duty-white-on-red/"],
      ["/en/search/", "leaflet", "/en/materials/leaflet-know-and-report/"],
    ] as const) {
      const { urls } = await runSearch(page, server.origin, path, query);
      expect(urls, `${query}`).toContain(material);
    }
    await page.close();
  });

  it("switches language to the equivalent page", async () => {
    const { context } = await isolatedContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/report/`);
    await page.click('[data-lang-switch="en"]');
    expect(new URL(page.url()).pathname).toBe("/en/report/");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.goto(`${server.origin}/en/explainers/reporter-protected/`);
    await page.click('[data-lang-switch="zh-cn"]');
    expect(new URL(page.url()).pathname).toBe("/explainers/reporter-protected/");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await context.close();
  });

  it("leaves the reporting page at once by click or Esc, replacing its history entry", async () => {
    const { context } = await isolatedContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.goto(`${server.origin}/report/`);
    await page.click("[data-quick-exit]");
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    expect(new URL(page.url()).pathname, "Back must not return to the report page").toBe("/");

    await page.goto(`${server.origin}/en/report/`);
    await page.keyboard.press("Escape");
    await page.waitForURL(EXIT_URL);
    await context.close();
  });

  it("keeps elder mode across pages, languages and visits until it is turned off", async () => {
    const { context } = await isolatedContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const isElder = () => page.evaluate(() => document.documentElement.classList.contains("elder"));
    expect(await isElder()).toBe(false);
    await page.click("[data-elder-toggle]");
    expect(await isElder()).toBe(true);
    await page.goto(`${server.origin}/en/bulletins/`);
    expect(await isElder()).toBe(true);
    expect(await page.getAttribute("[data-elder-toggle]", "aria-pressed")).toBe("true");
    const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(Number.parseFloat(size)).toBeGreaterThan(20);
    await page.reload();
    expect(await isElder()).toBe(true);
    await page.click("[data-elder-toggle]");
    await page.goto(`${server.origin}/qa/`);
    expect(await isElder()).toBe(false);
    await context.close();
  });

  it("reaches every link, button and field with the keyboard alone, the skip link first", async () => {
    const { context } = await isolatedContext();
    const page: Page = await context.newPage();
    for (const path of ["/report/", "/en/qa/", "/search/"]) {
      await page.goto(`${server.origin}${path}`);
      const targets = await page.evaluate(() => {
        const all = document.querySelectorAll<HTMLElement>(
          "a[href], button, input, summary, [tabindex='0']",
        );
        return [...all]
          .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === "fixed")
          .map((el, index) => {
            el.dataset["kbd"] = String(index);
            return String(index);
          });
      });
      const reached = new Set<string>();
      let first: string | undefined;
      for (let i = 0; i < targets.length + 5; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return { kbd: el?.dataset["kbd"], skip: el?.classList.contains("skip-link") ?? false };
        });
        if (i === 0) first = focused.skip ? "skip" : focused.kbd;
        if (focused.kbd) reached.add(focused.kbd);
      }
      expect(first, `${path}: the first Tab reaches the skip link`).toBe("skip");
      expect(
        targets.filter((t) => !reached.has(t)),
        path,
      ).toEqual([]);
    }
    await context.close();
  });
});
