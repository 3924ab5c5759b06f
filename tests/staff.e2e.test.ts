/**
 * Staff outputs in Debian's Chromium. The LED feed at a 1920×1080 screen and a 384×96 LED
 * strip: a slogan shows and fits the screen's height, with no console error; settings from the
 * address apply and bad ones are ignored; reduced motion shows one slogan at a time; without
 * JavaScript the feed still scrolls. The copy buttons (ledger sentences, WeChat article) copy
 * what they say with no Content Security Policy complaint, and hide without JavaScript; the
 * WeChat article passes axe.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/browser.ts";
import { copyProject, runBuild, tempDir } from "./support/project.ts";
import { serveDist, type StaticServer } from "./support/server.ts";

const SCREENS = [
  { name: "1920×1080 screen", width: 1920, height: 1080 },
  { name: "384×96 LED strip", width: 384, height: 96 },
] as const;

describe("staff outputs in a real browser", () => {
  let dir = "";
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = await tempDir("staff-e2e");
    const dist = join(dir, "dist");
    const project = await copyProject("e2e-site");
    const built = await runBuild(project, ["--out", dist]);
    await rm(project, { recursive: true, force: true });
    expect(built.code, built.stderr).toBe(0);
    server = await serveDist(dist);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A page whose console errors (CSP violations among them) and warnings are recorded. */
  async function open(path: string, options: BrowserContextOptions = {}) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
      if (message.type() === "warning") warnings.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
    return { page, errors, warnings, close: () => context.close() };
  }

  /** The slogans on screen (the first copy of the list), and how the screen is laid out. */
  function measure(page: Page) {
    return page.evaluate(() => {
      const led = document.querySelector<HTMLElement>("[data-led]");
      const items = [...document.querySelectorAll<HTMLElement>(".led__list:not([aria-hidden]) li")];
      const onScreen = items.filter((item) => {
        const box = item.getBoundingClientRect();
        return (
          box.right > 0 &&
          box.left < innerWidth &&
          box.bottom > 0 &&
          box.top < innerHeight &&
          Number(getComputedStyle(item).opacity) > 0
        );
      });
      const style = led ? getComputedStyle(led) : undefined;
      const track = document.querySelector<HTMLElement>(".led__track");
      return {
        onScreen: onScreen.map((item) => {
          const box = item.getBoundingClientRect();
          return {
            text: item.textContent ?? "",
            top: box.top,
            bottom: box.bottom,
            fits: item.scrollHeight <= item.clientHeight + 1,
          };
        }),
        viewport: { width: innerWidth, height: innerHeight },
        scrollHeight: document.documentElement.scrollHeight,
        colour: style?.color,
        background: style?.backgroundColor,
        fontSize: style ? Number.parseFloat(style.fontSize) : 0,
        animation: track ? getComputedStyle(track).animationName : "",
        duration: led?.style.getPropertyValue("--led-duration") ?? "",
        listWidth: document.querySelector(".led__list")?.getBoundingClientRect().width ?? 0,
        transform: track ? getComputedStyle(track).transform : "",
      };
    });
  }

  for (const screen of SCREENS) {
    for (const path of ["/led/", "/en/led/"]) {
      it(`${path} on a ${screen.name}: a slogan shows, fits the height, scrolls, no error`, async () => {
        const viewport = { width: screen.width, height: screen.height };
        const { page, errors, close } = await open(path, { viewport });
        const first = await measure(page);
        expect(first.onScreen.length).toBeGreaterThan(0);
        for (const item of first.onScreen) {
          expect(item.top, item.text).toBeGreaterThanOrEqual(0);
          expect(item.bottom, item.text).toBeLessThanOrEqual(screen.height);
        }
        expect(first.scrollHeight).toBeLessThanOrEqual(screen.height);
        expect(first.colour).toBe("rgb(255, 42, 26)");
        expect(first.background).toBe("rgb(0, 0, 0)");
        expect(first.animation).toBe("led-scroll");
        await page.waitForTimeout(300);
        expect((await measure(page)).transform).not.toBe(first.transform);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  it("applies colours, size and speed from the address, on the 384×96 strip", async () => {
    const { page, errors, close } = await open("/led/?fg=ffcc00&bg=%23000080&size=50&speed=5", {
      viewport: { width: 384, height: 96 },
    });
    const shown = await measure(page);
    expect(shown.colour).toBe("rgb(255, 204, 0)");
    expect(shown.background).toBe("rgb(0, 0, 128)");
    expect(shown.fontSize).toBeCloseTo(48, 0);
    // One pass at 5 characters a second: the list's width in em, divided by 5.
    expect(Number.parseFloat(shown.duration)).toBeCloseTo(shown.listWidth / 48 / 5, 0);
    expect(errors).toEqual([]);
    await close();
  });

  it("ignores bad settings, says so in the console, and keeps the defaults", async () => {
    const { page, errors, warnings, close } = await open("/led/?fg=red&size=500&speed=-2", {
      viewport: { width: 1920, height: 1080 },
    });
    const shown = await measure(page);
    expect(shown.colour).toBe("rgb(255, 42, 26)");
    expect(shown.fontSize).toBeCloseTo(Math.min(0.7 * 1080, 0.18 * 1920), 0);
    expect(shown.onScreen.length).toBeGreaterThan(0);
    expect(warnings.join("\n")).toMatch(/fg=red: expected a hex colour/);
    expect(warnings.join("\n")).toMatch(/size=500: expected a number from 10 to 90/);
    expect(errors).toEqual([]);
    await close();
  });

  it("switches language with lang= and keeps the other settings", async () => {
    const { page, close } = await open("/led/?lang=en&fg=00ff00", {
      viewport: { width: 1920, height: 1080 },
    });
    await page.waitForURL(/\/en\/led\/\?lang=en&fg=00ff00$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect((await measure(page)).colour).toBe("rgb(0, 255, 0)");
    await close();
  });

  for (const screen of SCREENS) {
    it(`shows one slogan at a time under reduced motion, fitting the ${screen.name}`, async () => {
      const { page, errors, close } = await open("/en/led/?hold=1", {
        viewport: { width: screen.width, height: screen.height },
        reducedMotion: "reduce",
      });
      const first = await measure(page);
      expect(first.animation).toBe("none");
      expect(first.onScreen).toHaveLength(1);
      const [item] = first.onScreen;
      expect(item?.fits, item?.text).toBe(true);
      expect(item?.top).toBeGreaterThanOrEqual(0);
      expect(item?.bottom).toBeLessThanOrEqual(screen.height);
      await page.waitForTimeout(1200);
      const next = await measure(page);
      expect(next.onScreen).toHaveLength(1);
      expect(next.onScreen[0]?.text).not.toBe(item?.text);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("shows one slogan at a time with mode=one, without reduced motion", async () => {
    const { page, close } = await open("/led/?mode=one", { viewport: { width: 384, height: 96 } });
    const shown = await measure(page);
    expect(shown.animation).toBe("none");
    expect(shown.onScreen).toHaveLength(1);
    await close();
  });

  it("scrolls the slogans without JavaScript, and shows one at a time under reduced motion", async () => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const { page, close } = await open("/led/", {
        viewport: { width: 384, height: 96 },
        javaScriptEnabled: false,
        reducedMotion,
      });
      const shown = await measure(page);
      expect(shown.animation).toBe(reducedMotion === "reduce" ? "none" : "led-scroll");
      expect(shown.onScreen.length).toBeGreaterThan(0);
      if (reducedMotion === "reduce") expect(shown.onScreen).toHaveLength(1);
      await close();
    }
  });

  it("copies a ledger sentence with its button, which is hidden without JavaScript", async () => {
    const { page, errors, close } = await open("/ledger/");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const sentence = await page.inputValue("#sentence-all");
    expect(sentence).toMatch(/^截至目前，累计张贴各类宣传标语\d+条/);
    const box = await page.locator("[data-ledger=by-kind] svg.chart__svg--wide").boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    await page.click('[data-copy-text="sentence-all"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);
    expect(await page.textContent("#sentence-all + .copy [data-copy-status]")).toBe(
      "已复制，可以粘贴了。",
    );
    expect(errors).toEqual([]);
    await close();

    const noJs = await open("/en/ledger/", { javaScriptEnabled: false });
    expect(await noJs.page.locator("[data-copy]").first().isHidden()).toBe(true);
    expect(await noJs.page.getAttribute("#sentence-all", "readonly")).not.toBeNull();
    await noJs.close();
  });

  it("copies the WeChat article as formatted HTML from the staff tools, with no CSP complaint", async () => {
    for (const path of ["/bulletins/gangxi-town-measures/", "/en/explainers/reporter-protected/"]) {
      const { page, errors, close } = await open(path);
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.click("[data-staff-tools] summary");
      const button = page.locator("[data-staff-outputs] [data-copy]");
      await button.click();
      await expect
        .poll(() => page.textContent("[data-staff-outputs] [data-copy-status]"))
        .toMatch(/已复制|Copied/);
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return {
          html: item ? await (await item.getType("text/html")).text() : "",
          text: item ? await (await item.getType("text/plain")).text() : "",
        };
      });
      const title = (await page.textContent("h1")) ?? "";
      expect(copied.html).toContain(title.replace(/"/g, "&quot;").replace(/&(?!quot;)/g, "&amp;"));
      expect(copied.html).toMatch(/<h1 style="[^"]+">[\s\S]*<p style="[^"]+">/);
      expect(copied.html).not.toMatch(/class=|<script|<style/);
      expect(copied.text.startsWith(title)).toBe(true);
      expect(errors).toEqual([]);
      await close();
    }
    const noJs = await open("/bulletins/gangxi-town-measures/", { javaScriptEnabled: false });
    await noJs.page.click("[data-staff-tools] summary");
    expect(await noJs.page.locator("[data-staff-outputs] [data-copy]").isHidden()).toBe(true);
    expect(await noJs.page.locator("[data-wechat-article]").isVisible()).toBe(true);
    await noJs.close();
  });

  it("writes WeChat articles that pass axe (WCAG 2.0/2.1/2.2 A and AA)", async () => {
    for (const path of [
      "/bulletins/gangxi-town-measures/wechat.html",
      "/en/explainers/soft-violence-debt-collection/wechat.html",
    ]) {
      // axe goes in as an inline script, which the article's own policy forbids.
      const { page, close } = await open(path, { bypassCSP: true });
      const violations = await axeViolations(page);
      expect(violations, path).toEqual([]);
      await close();
    }
  });
});
