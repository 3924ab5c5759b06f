/**
 * Builds of changed copies of the project: a missing translation and many bulletins (fallback
 * pages, paging), and broken content that must fail with a message naming the file, the field
 * and the fix, leaving the previous dist/ intact.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPages, type BuiltPage } from "./support/dist.ts";
import { copyProject, runBuild } from "./support/project.ts";

const SITE = "https://pingan.example.org";

describe("a site with a missing translation and many bulletins", () => {
  let root = "";
  let pages: BuiltPage[] = [];
  const page = (url: string) => {
    const found = pages.find((p) => p.url === url);
    if (!found) throw new Error(`no page ${url}`);
    return found;
  };

  beforeAll(async () => {
    root = await copyProject("fallback");
    await rm(join(root, "content/bulletins/en/fujian-central-inspection.md"));
    for (let i = 1; i <= 25; i++) {
      const date = `${i <= 12 ? 2024 : 2025}-${String((i % 12) + 1).padStart(2, "0")}-10`;
      await writeFile(
        join(root, `content/bulletins/zh-cn/sample-${i}.md`),
        `---\ntitle: 示例动态${i}\ndate: ${date}\nplace: 示例镇\nsource: 示例\nsummary: 第${i}条示例动态。\n---\n\n正文${i}。\n`,
      );
    }
    await writeFile(
      join(root, "content/bulletins/zh-cn/unfinished.md"),
      "---\ntitle: 草稿\ndate: 2026-01-01\nplace: 示例镇\nsource: 示例\nsummary: 未完成。\ndraft: true\n---\n",
    );
    const explainer = join(root, "content/explainers/en/four-features-mafia-style-group.md");
    await writeFile(
      explainer,
      (await readFile(explainer, "utf8")).replace(/^title:/mu, "draft: true\ntitle:"),
    );
    const result = await runBuild(root, []);
    expect(result.code, result.stderr).toBe(0);
    pages = loadPages(join(root, "dist"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("shows the other language's content with a notice, in that language's lang", () => {
    const en = page("/en/bulletins/fujian-central-inspection/");
    expect(en.$("html").attr("lang")).toBe("en");
    expect(en.$("[data-fallback-notice]").text()).toContain("has not been translated into English");
    expect(en.$("article").attr("lang")).toBe("zh-CN");
    expect(en.$("h1").text()).toContain("福建");
  });

  it("keeps the fallback out of indexes: noindex, canonical to the original, not in the sitemap", () => {
    const en = page("/en/bulletins/fujian-central-inspection/");
    expect(en.$('meta[name="robots"]').attr("content")).toContain("noindex");
    expect(en.$('link[rel="canonical"]').attr("href")).toBe(
      `${SITE}/bulletins/fujian-central-inspection/`,
    );
    expect(en.$('link[rel="alternate"][hreflang]').length).toBe(0);
    const zh = page("/bulletins/fujian-central-inspection/");
    expect(
      zh
        .$('link[rel="alternate"][hreflang]')
        .toArray()
        .map((el) => zh.$(el).attr("hreflang")),
    ).toEqual(["zh-CN", "x-default"]);
    const sitemap = existsSync(join(root, "dist/sitemap.xml"));
    expect(sitemap).toBe(true);
  });

  it("leaves the untranslated bulletin out of the English feed", async () => {
    const feed = await readFile(join(root, "dist/en/rss.xml"), "utf8");
    expect(feed).not.toContain("fujian-central-inspection");
    expect(feed).toContain("gangxi-town-measures");
    const sitemap = await readFile(join(root, "dist/sitemap.xml"), "utf8");
    expect(sitemap).not.toContain(`<loc>${SITE}/en/bulletins/fujian-central-inspection/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}/bulletins/fujian-central-inspection/</loc>`);
  });

  it("prints no material from a draft: the English board waits for its explainer", () => {
    expect(page("/en/explainers/four-features-mafia-style-group/").$("article").attr("lang")).toBe(
      "zh-CN",
    );
    expect(pages.some((p) => p.url === "/en/materials/board-four-features/")).toBe(false);
    expect(pages.some((p) => p.url === "/materials/board-four-features/")).toBe(true);
    expect(
      existsSync(join(root, "dist/materials/board-four-features/board-four-features-en.pdf")),
    ).toBe(false);
  });

  it("leaves drafts out of the built site", () => {
    expect(pages.some((p) => p.url.includes("unfinished"))).toBe(false);
    expect(pages.some((p) => p.html.includes("草稿"))).toBe(false);
  });

  it("pages the bulletin list, newest first, grouped by year", () => {
    const first = page("/bulletins/");
    expect(first.$(".card").length).toBe(20);
    expect(
      first
        .$("h2")
        .toArray()
        .map((el) => first.$(el).text()),
    ).toEqual(["2025年", "2024年"]);
    expect(first.$('a[rel="next"]').attr("href")).toBe("/bulletins/page/2/");
    const second = page("/bulletins/page/2/");
    expect(second.$(".card").length).toBe(7);
    expect(second.$('a[rel="prev"]').attr("href")).toBe("/bulletins/");
    expect(second.$("h1").text()).toBe("工作动态");
    const english = page("/en/bulletins/page/2/");
    expect(english.$('[data-lang-switch="zh-cn"]').attr("href")).toBe("/bulletins/page/2/");
  });
});

/**
 * Broken content stops `npm run build` before Astro starts, with the content gate's messages
 * (the same as npm run check's), and leaves the previous dist/ as it was. Every kind of breakage
 * is tried at the gate's level in src/content/bad-input.test.ts; these run the command itself.
 */
describe("broken content", () => {
  let root = "";
  const marker = () => join(root, "dist/previous-build.txt");

  beforeAll(async () => {
    root = await copyProject("broken");
    await mkdir(join(root, "dist"), { recursive: true });
    await writeFile(marker(), "the previous build");
    const bulletin = join(root, "content/bulletins/zh-cn/gangxi-town-measures.md");
    const text = await readFile(bulletin, "utf8");
    await writeFile(bulletin, text.replace(/^place: /mu, "place："));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("refuses in Chinese, naming the file, the line and the fix, and keeps dist/", async () => {
    const result = await runBuild(root, []);
    const output = result.stdout + result.stderr;
    expect(result.code).toBe(1);
    expect(output).toContain("生成失败；原来的 dist/ 没有改动。");
    expect(output).toMatch(
      /content\/bulletins\/zh-cn\/gangxi-town-measures\.md:5: 字段 place 后面用了中文冒号“：”/u,
    );
    expect(await readFile(marker(), "utf8")).toBe("the previous build");
    expect(existsSync(join(root, "dist.staging"))).toBe(false);
  });

  it("says the same in English with --lang en", async () => {
    const result = await runBuild(root, ["--lang", "en"]);
    const output = result.stdout + result.stderr;
    expect(result.code).toBe(1);
    expect(output).toContain("Build failed; the previous dist/ is unchanged.");
    expect(output).toMatch(
      /gangxi-town-measures\.md:5: the field place is followed by a full-width colon/u,
    );
    expect(await readFile(marker(), "utf8")).toBe("the previous build");
  });
});
