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

describe("broken content", () => {
  let root = "";
  const marker = () => join(root, "dist/previous-build.txt");

  beforeAll(async () => {
    root = await copyProject("broken");
    const result = await runBuild(root, []);
    expect(result.code, result.stderr).toBe(0);
    await writeFile(marker(), "the previous build");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Apply a change, build, undo the change; return the build's output. */
  async function buildWith(file: string, content: string | null): Promise<string> {
    const path = join(root, file);
    const before = existsSync(path) ? await readFile(path, "utf8") : null;
    await mkdir(join(path, ".."), { recursive: true });
    if (content === null) await rm(path);
    else await writeFile(path, content);
    try {
      // The build prints Chinese unless asked; these tests read its English.
      const result = await runBuild(root, ["--lang", "en"]);
      expect(result.code, "the build should fail").not.toBe(0);
      expect(existsSync(marker()), "the previous dist/ must survive").toBe(true);
      expect(existsSync(join(root, "dist.staging")), "no half-written output is left").toBe(false);
      return result.stdout + result.stderr;
    } finally {
      if (before === null) await rm(path, { force: true });
      else await writeFile(path, before);
    }
  }

  const bulletin = "content/bulletins/zh-cn/gangxi-town-measures.md";

  it("names the file and the field for a wrong frontmatter value", async () => {
    const text = await readFile(join(root, bulletin), "utf8");
    const output = await buildWith(bulletin, text.replace(/^place: .*$/m, "plase: 港西镇"));
    expect(output).toContain("Build failed; the previous dist/ is unchanged.");
    expect(output).toContain("gangxi-town-measures");
    expect(output).toContain("place: missing: add the place the bulletin is about");
    expect(output).toMatch(/unknown field "plase": check the spelling/);
  });

  it("names the file for frontmatter that is not valid YAML", async () => {
    const text = await readFile(join(root, bulletin), "utf8");
    const output = await buildWith(
      bulletin,
      text.replace(/^title: .*$/m, 'title: "港西镇: 未闭合'),
    );
    expect(output).toContain(bulletin.replace("content/", ""));
    expect(output).toMatch(/frontmatter|YAML/i);
  });

  it("names the folder and the fix for an unknown locale", async () => {
    const output = await buildWith(
      "content/bulletins/fr/nouvelles.md",
      "---\ntitle: x\ndate: 2020-01-01\nplace: x\nsource: x\nsummary: x\n---\n",
    );
    expect(output).toContain('content/bulletins/fr/nouvelles.md: unknown locale folder "fr"');
    expect(output).toContain("Expected one of zh-cn, en");
  });

  it("names the entry and the law for a statute citing a law that does not exist", async () => {
    const file = "content/explainers/zh-cn/reporter-protected.md";
    const text = await readFile(join(root, file), "utf8");
    const output = await buildWith(
      file,
      text.replace(/law: anti-organised-crime-law/, "law: anti-gang-law"),
    );
    expect(output).toContain("anti-gang-law");
    expect(output).toContain("reporter-protected");
  });

  it("names the data file and the field for a bad data entry", async () => {
    const file = "content/data/channels.yaml";
    const text = await readFile(join(root, file), "utf8");
    const output = await buildWith(file, text.replace(/kind: phone/, "kind: fax"));
    expect(output).toContain("channels");
    expect(output).toContain("kind: expected kind: phone, web, mail, letter, visit, qr");
  });

  it("names the file for malformed MDX", async () => {
    const file = "content/explainers/zh-cn/soft-violence-debt-collection.mdx";
    const text = await readFile(join(root, file), "utf8");
    const output = await buildWith(file, text.replace("</Aside>", ""));
    expect(output).toContain("soft-violence-debt-collection.mdx");
  });

  it("names the entry, the field and the fix for a cover image that does not exist", async () => {
    const text = await readFile(join(root, bulletin), "utf8");
    const output = await buildWith(
      bulletin,
      text.replace(/^tags:/m, "cover: ./images/missing.jpg\ncoverAlt: 宣传车\ntags:"),
    );
    expect(output).toContain(
      'content/bulletins/zh-cn/gangxi-town-measures.md: cover "./images/missing.jpg" does not exist',
    );
  });

  it("names the banner, the field and the maximum for a slogan too long for its banner", async () => {
    const file = "content/print/zh-cn/banner-peace-red-on-white.yaml";
    const text = await readFile(join(root, file), "utf8");
    const output = await buildWith(file, text.replace("widthCm: 800", "widthCm: 300"));
    expect(output).toContain(
      'content/print/zh-cn/banner-peace-red-on-white.yaml: slogan "打击黑恶势力 保障人民安居乐业" does not fit a 300 × 70 cm banner on one line: at most 6 characters fit, and it is 8 too long.',
    );
  });

  it("fails a print material whose text cannot fit, naming the file, the field and by how much", async () => {
    const file = "content/print/zh-cn/poster-report.yaml";
    const text = await readFile(join(root, file), "utf8");
    const output = await buildWith(file, text.replace(/^text: (.*)$/mu, "text: $1$1$1$1"));
    expect(output).toContain("Build failed; the previous dist/ is unchanged.");
    expect(output).toMatch(
      /content\/print\/zh-cn\/poster-report\.yaml: text is about \d+ characters too long for the text area of an A3 poster/u,
    );
  });

  it("rejects two files with the same slug in one locale", async () => {
    const text = await readFile(join(root, bulletin), "utf8");
    const output = await buildWith(bulletin.replace(/\.md$/, ".mdx"), text);
    expect(output).toContain("gangxi-town-measures");
    expect(output).toMatch(/same page address|duplicate/i);
  });

  it("keeps the dist/ a build replaces as dist.previous/ until the next build", async () => {
    const kept = join(root, "dist.previous/previous-build.txt");
    expect((await runBuild(root, [])).code).toBe(0);
    expect(existsSync(marker()), "the new dist/ is a new build").toBe(false);
    expect(await readFile(kept, "utf8")).toBe("the previous build");
    expect((await runBuild(root, [])).code).toBe(0);
    expect(existsSync(kept), "the build before the last is deleted").toBe(false);
    expect(existsSync(join(root, "dist.previous/index.html"))).toBe(true);
  });
});
