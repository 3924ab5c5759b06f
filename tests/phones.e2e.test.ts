/**
 * Residents on phones, in Chromium: every page at 320, 360 and 390 px wide, in normal and elder
 * mode, is no wider than the screen, has no control smaller than 44×44 px (60×60 in elder
 * mode; links inside running text are exempt), and in elder mode no text under 20 px and no
 * text under 7:1 contrast (axe's color-contrast-enhanced). The reporting guide shows a tel:
 * link on the first screen of a 390×844 phone; the quick exit is on every page a watched reader
 * may be on; Esc in a search box never leaves the site; nothing moves as a page loads on a
 * throttled phone (layout shift under 0.01) or when the elder switch appears; the ledger's chart
 * labels are never cut off.
 *
 * Pages are found from the build, never by their wording. One browser; the six width/mode
 * combinations walk the pages side by side.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";
import { CHROMELESS, DOWNLOADS, listFiles } from "./support/dist.ts";
import {
  auditPage,
  enhancedContrastViolations,
  PHONE_HEIGHT,
  PHONE_WIDTHS,
} from "./support/phone.ts";
import { copyProject, runBuild, tempDir } from "./support/project.ts";
import { serveDist, type StaticServer } from "./support/server.ts";

const ELDER_KEY = "pingan-elder";

describe("the site on phones, in normal and elder mode", () => {
  let dir = "";
  let dist = "";
  let server: StaticServer;
  let browser: Browser;
  let pages: string[] = [];

  beforeAll(async () => {
    dir = await tempDir("phones-e2e");
    dist = join(dir, "dist");
    const project = await copyProject("e2e-phones");
    const built = await runBuild(project, ["--out", dist]);
    await rm(project, { recursive: true, force: true });
    expect(built.code, built.stderr).toBe(0);
    server = await serveDist(dist);
    browser = await launchBrowser();
    pages = listFiles(dist)
      .filter((file) => file.endsWith(".html") && !DOWNLOADS.test(file))
      .map((file) => `/${file.replace(/index\.html$/, "")}`)
      .filter((path) => !CHROMELESS.test(path));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A phone-sized context, in elder mode when asked (as a returning reader has it). */
  async function phone(
    width: number,
    elder: boolean,
    options: { bypassCSP?: boolean } = {},
  ): Promise<BrowserContext> {
    const context = await browser.newContext({
      viewport: { width, height: PHONE_HEIGHT },
      isMobile: false,
      ...options,
    });
    // Nothing leaves the test server (the quick exit's neutral site included).
    await context.route(
      (url) => !url.href.startsWith(server.origin),
      (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>x</title>" }),
    );
    if (elder) {
      await context.addInitScript((key) => localStorage.setItem(key, "1"), ELDER_KEY);
    }
    return context;
  }

  it("fits every page at 320, 360 and 390 px, with controls and text big enough to use", async () => {
    const failures: string[] = [];
    // One context per width; each page is loaded once and measured in normal mode, then in
    // elder mode (the class the switch sets; the switch itself is tested below).
    await Promise.all(
      PHONE_WIDTHS.map(async (width) => {
        const context = await phone(width, false);
        const page = await context.newPage();
        for (const path of pages) {
          // Images have their width and height: the layout is final before they arrive.
          await page.goto(`${server.origin}${path}`, { waitUntil: "domcontentloaded" });
          for (const elder of [false, true]) {
            const where = `${path} at ${width} px${elder ? " (elder)" : ""}`;
            if (elder) {
              await page.evaluate(() => document.documentElement.classList.add("elder"));
            }
            const audit = await auditPage(page, elder);
            if (audit.scrollWidth > audit.viewport) {
              failures.push(`${where}: ${audit.scrollWidth} px wide: ${audit.wide.join(", ")}`);
            }
            for (const control of audit.small) failures.push(`${where}: small control ${control}`);
            for (const text of audit.smallText) failures.push(`${where}: small text ${text}`);
          }
        }
        await context.close();
      }),
    );
    expect(failures).toEqual([]);
  });

  it("has text of 7:1 contrast and more in elder mode, on a page of every kind", async () => {
    // One page per template and language (/bulletins/a/ stands for every bulletin): axe's
    // contrast check takes a second or more a page.
    const homes = new Set(pages.filter((path) => pages.includes(`${path}report/`)));
    const kinds = new Map<string, string>();
    for (const path of pages) {
      const parent = path.replace(/[^/]+\/?$/, "");
      const kind = pages.includes(parent) && !homes.has(parent) ? `${parent}*` : path;
      if (!kinds.has(kind)) kinds.set(kind, path);
    }
    const sample = [...new Set(kinds.values())];
    expect(sample.length).toBeGreaterThan(10);
    const context = await phone(390, true, { bypassCSP: true });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of sample) {
      await page.goto(`${server.origin}${path}`, { waitUntil: "domcontentloaded" });
      for (const target of await enhancedContrastViolations(page)) {
        failures.push(`${path}: ${target}`);
      }
    }
    expect(failures).toEqual([]);
    await context.close();
  });

  it("draws every label of the ledger's charts inside the chart, on phones and on a desktop", async () => {
    const failures: string[] = [];
    let labels = 0;
    for (const width of [...PHONE_WIDTHS, 1280]) {
      for (const elder of [false, true]) {
        const context = await phone(width, elder);
        const page = await context.newPage();
        for (const path of pages.filter((p) => /^\/(en\/)?ledger\/$/.test(p))) {
          await page.goto(`${server.origin}${path}`, { waitUntil: "domcontentloaded" });
          const found = await page.$$eval("svg.chart__svg", (charts) =>
            charts
              .filter((chart) => chart.getBoundingClientRect().width > 0)
              .flatMap((chart) => {
                const box = chart.getBoundingClientRect();
                return [...chart.querySelectorAll("text")].map((text) => {
                  const r = text.getBoundingClientRect();
                  const inside =
                    r.left >= box.left - 1 &&
                    r.right <= box.right + 1 &&
                    r.top >= box.top - 1 &&
                    r.bottom <= box.bottom + 1;
                  return { text: text.textContent ?? "", inside };
                });
              }),
          );
          labels += found.length;
          for (const { text } of found.filter((f) => !f.inside)) {
            failures.push(`${path} at ${width} px${elder ? " (elder)" : ""}: "${text}" cut off`);
          }
        }
        await context.close();
      }
    }
    expect(labels).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  it("shows a phone number to tap on the first screen of the reporting guide", async () => {
    for (const elder of [false, true]) {
      const context = await phone(390, elder);
      const page = await context.newPage();
      for (const path of ["/report/", "/en/report/"]) {
        await page.goto(`${server.origin}${path}`);
        const onScreen = await page.evaluate((height) => {
          return [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="tel:"]')].some(
            (link) => {
              const box = link.getBoundingClientRect();
              return box.width > 0 && box.top >= 0 && box.bottom <= height;
            },
          );
        }, PHONE_HEIGHT);
        expect(onScreen, `${path}${elder ? " (elder)" : ""}`).toBe(true);
      }
      await context.close();
    }
  });

  it("offers the quick exit on every page a watched reader may be on, in view on a phone", async () => {
    const watched = pages.filter((path) =>
      /^\/(en\/)?((report|qa|search|explainers|guides)\/.*)?$/.test(path),
    );
    expect(watched.length).toBeGreaterThan(10);
    const context = await phone(390, true);
    const page = await context.newPage();
    for (const path of watched) {
      await page.goto(`${server.origin}${path}`);
      await page.mouse.wheel(0, 2000);
      const box = await page.locator("[data-quick-exit]").boundingBox();
      expect(box, path).not.toBeNull();
      expect(box?.y ?? -1, `${path}: still in view after scrolling`).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0), path).toBeLessThanOrEqual(PHONE_HEIGHT);
    }
    await context.close();
  });

  it("stays when Esc is pressed in a search box, and leaves on Shift pressed three times", async () => {
    const context = await browser.newContext();
    await context.route(
      (url) => !url.href.startsWith(server.origin),
      (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>x</title>" }),
    );
    const page = await context.newPage();
    for (const [path, box] of [
      ["/report/", "header input[type=search]"],
      ["/search/", "main input[type=search]"],
      ["/en/search/", "main input[type=search]"],
    ] as const) {
      await page.goto(`${server.origin}${path}`);
      await page.fill(box, "12337");
      await page.press(box, "Escape");
      await page.press(box, "Escape");
      await page.waitForTimeout(300);
      expect(new URL(page.url()).origin, path).toBe(server.origin);
      expect(await page.isVisible("main"), path).toBe(true);
      // Capitals typed with Shift are not three Shift presses in a row.
      await page.press(box, "Shift+A");
      await page.press(box, "Shift+B");
      await page.press(box, "Shift+C");
      await page.waitForTimeout(300);
      expect(new URL(page.url()).origin, path).toBe(server.origin);
    }
    const exit = await page.getAttribute("[data-quick-exit]", "href");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await page.waitForURL(exit ?? "");
    await context.close();
  });

  it("does not move the page as it loads on a slow phone, or when the elder switch appears", async () => {
    const bulletin = pages.find(
      (path) => /^\/bulletins\/[^/]+\/$/.test(path) && path !== "/bulletins/page/",
    );
    expect(bulletin).toBeDefined();
    for (const elder of [false, true]) {
      const context = await phone(390, elder);
      const page = await context.newPage();
      // Lighthouse's mobile profile: a 4× slower CPU and a slow 4G network (150 ms, 1.6 Mbit/s).
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      for (const path of [
        "/",
        "/en/",
        "/report/",
        "/materials/",
        "/ledger/",
        "/search/",
        bulletin as string,
      ]) {
        await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
        const shift = await page.evaluate(
          () =>
            new Promise<number>((done) => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) {
                  total += (entry as unknown as { value: number }).value;
                }
              }).observe({ type: "layout-shift", buffered: true });
              setTimeout(() => done(total), 200);
            }),
        );
        expect(shift, `${path}${elder ? " (elder)" : ""}`).toBeLessThan(0.01);
        expect(await page.isVisible("[data-elder-toggle]")).toBe(true);
      }
      await context.close();
    }
  });
});
