/**
 * Assertions on the real build of the shipped sample content: every page in both locales, the
 * right `lang`, working hreflang and internal links, and the same under a base path.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { HtmlValidate, type ConfigData } from "html-validate";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMELESS, listFiles, loadPages, resolveInDist, type BuiltPage } from "./support/dist.ts";
import { fixtureContent, projectRoot } from "./support/project.ts";

const PINYIN_ANNOTATION = /[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/;

function slugs(collection: string): string[] {
  const dir = join(fixtureContent, collection);
  const all = new Set<string>();
  for (const locale of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, locale))) all.add(file.replace(/\.mdx?$/, ""));
  }
  return [...all].sort();
}

/** Every page the sample content should produce, as locale-neutral routes. */
function expectedRoutes(): string[] {
  return [
    "",
    "bulletins/",
    "explainers/",
    "qa/",
    "report/",
    "slogans/",
    "search/",
    "materials/",
    ...slugs("bulletins").map((s) => `bulletins/${s}/`),
    ...slugs("explainers").map((s) => `explainers/${s}/`),
    ...slugs("guides")
      .filter((s) => s !== "report")
      .map((s) => `guides/${s}/`),
    ...slugs("pages").map((s) => `${s}/`),
  ];
}

/** Where each URL attribute may point. Resources must be our own; links may leave the site. */
const URL_ATTRIBUTES = [
  { selector: "a[href]", attr: "href", resource: false },
  { selector: "link[href]", attr: "href", resource: true },
  { selector: "script[src]", attr: "src", resource: true },
  { selector: "img[src]", attr: "src", resource: true },
  { selector: "source[src]", attr: "src", resource: true },
  { selector: "form[action]", attr: "action", resource: false },
] as const;

function checkSite(dist: string, base: string, site: string) {
  let pages: BuiltPage[] = [];
  beforeAll(() => {
    pages = loadPages(dist, base);
  });
  const byUrl = (url: string) => pages.find((page) => page.url === url);

  it("has every page in both locales, plus the host files", () => {
    for (const route of expectedRoutes()) {
      expect(resolveInDist(dist, base, `${base}${route}`), `/${route}`).toBeDefined();
      expect(resolveInDist(dist, base, `${base}en/${route}`), `/en/${route}`).toBeDefined();
    }
    const files = listFiles(dist);
    for (const file of [
      "404.html",
      "sitemap.xml",
      "robots.txt",
      "_headers",
      "theme.css",
      "rss.xml",
      "en/rss.xml",
    ]) {
      expect(files).toContain(file);
    }
  });

  it("sets <html lang> from the locale of every page", () => {
    for (const page of pages) {
      const want = page.url.startsWith(`${base}en/`) ? "en" : "zh-CN";
      expect(page.$("html").attr("lang"), page.url).toBe(want);
    }
  });

  it("points every hreflang alternate, canonical and language switch at a page that exists", () => {
    let checked = 0;
    for (const page of pages) {
      for (const el of page.$('link[rel="alternate"][hreflang], link[rel="canonical"]').toArray()) {
        const href = page.$(el).attr("href") ?? "";
        expect(href.startsWith(`${site}${base}`), `${page.url}: ${href}`).toBe(true);
        const path = new URL(href).pathname;
        expect(resolveInDist(dist, base, path), `${page.url} → ${href}`).toBeDefined();
        checked++;
      }
      const alternates = page.$('link[rel="alternate"][hreflang]').toArray();
      if (alternates.length > 0) {
        expect(page.$('link[rel="alternate"][hreflang="x-default"]').length, page.url).toBe(1);
      }
      for (const el of page.$("[data-lang-switch]").toArray()) {
        const href = page.$(el).attr("href") ?? "";
        expect(resolveInDist(dist, base, href), `${page.url} switch → ${href}`).toBeDefined();
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
  });

  it("switches language to the equivalent page", () => {
    const zh = byUrl(`${base}report/`);
    expect(zh?.$('[data-lang-switch="en"]').attr("href")).toBe(`${base}en/report/`);
    const en = byUrl(`${base}en/bulletins/gangxi-town-measures/`);
    expect(en?.$('[data-lang-switch="zh-cn"]').attr("href")).toBe(
      `${base}bulletins/gangxi-town-measures/`,
    );
  });

  it("has no broken link and loads nothing from another host", () => {
    const origin = new URL(site).origin;
    const broken: string[] = [];
    const foreign: string[] = [];
    for (const page of pages) {
      for (const { selector, attr, resource } of URL_ATTRIBUTES) {
        for (const el of page.$(selector).toArray()) {
          const value = page.$(el).attr(attr) ?? "";
          if (/^(mailto:|tel:|#|data:)/.test(value)) continue;
          const url = new URL(value, `${origin}${page.url}`);
          if (url.origin !== origin) {
            if (resource) foreign.push(`${page.url}: ${value}`);
            // A link that swallowed the Chinese text after an address (see src/markdown/).
            if (/[^\x21-\x7e]/u.test(decodeURI(url.host + url.pathname))) {
              broken.push(`${page.url}: ${value}`);
            }
            continue;
          }
          if (!resolveInDist(dist, base, url.pathname)) broken.push(`${page.url}: ${value}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it("shows a How to report link and the search box on every page", () => {
    for (const page of pages.filter((p) => !CHROMELESS.test(p.url))) {
      const inEnglish = page.url.startsWith(`${base}en/`);
      const report = page.$(".report-link").attr("href");
      expect(report, page.url).toBe(inEnglish ? `${base}en/report/` : `${base}report/`);
      expect(page.$('form[role="search"] input[name="q"]').length, page.url).toBe(1);
    }
  });

  it("carries the CSP and no-referrer policy on every page, with no inline style", () => {
    for (const page of pages) {
      expect(
        page.$('meta[http-equiv="Content-Security-Policy"]').attr("content"),
        page.url,
      ).toMatch(/^default-src 'self'/);
      expect(page.$('meta[name="referrer"]').attr("content"), page.url).toBe("no-referrer");
      expect(page.$("[style]").length, page.url).toBe(0);
      expect(page.$("style").length, page.url).toBe(0);
      // A JSON data block (the maker's configuration) is data: no policy runs or blocks it.
      const inline = page.$('script:not([src]):not([type="application/json"])').toArray();
      expect(inline.length, page.url).toBeLessThanOrEqual(1);
    }
  });

  it("is valid HTML on every page (html-validate, recommended rules)", async () => {
    // The project's .htmlvalidate.json switches off only long-title (headlines are as long as
    // they are); it is read explicitly because the built pages sit in a temporary folder.
    const config = JSON.parse(
      readFileSync(join(projectRoot, ".htmlvalidate.json"), "utf8"),
    ) as ConfigData;
    const validator = new HtmlValidate(config);
    const broken = await validator.validateString("<p><div></div></p>", "probe.html");
    expect(broken.valid, "the validator must catch invalid markup").toBe(false);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, join(dist, page.file));
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${page.url}:${m.line} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("leaves no pinyin annotation in any page", () => {
    for (const page of pages) {
      const text = page.$("body").text();
      expect(PINYIN_ANNOTATION.exec(text)?.[0], page.url).toBeUndefined();
    }
  });

  it("keeps build data out of what visitors download: no pingan: meta, no hand-over", () => {
    for (const page of pages) {
      expect(page.$('meta[name^="pingan:"]').length, page.url).toBe(0);
    }
    expect(existsSync(join(dist, "build-handover"))).toBe(false);
  });

  it("lists indexable pages in the sitemap, with absolute URLs under the base", () => {
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(locs).toContain(`${site}${base}report/`);
    expect(locs).toContain(`${site}${base}en/report/`);
    expect(locs).not.toContain(`${site}${base}search/`);
    for (const loc of locs) {
      expect(resolveInDist(dist, base, new URL(loc).pathname), loc).toBeDefined();
    }
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(
      `Sitemap: ${site}${base}sitemap.xml`,
    );
  });

  it("publishes an RSS feed per locale with absolute links", () => {
    const zh = readFileSync(join(dist, "rss.xml"), "utf8");
    const en = readFileSync(join(dist, "en/rss.xml"), "utf8");
    expect(zh).toContain("<language>zh-CN</language>");
    expect(en).toContain("<language>en</language>");
    expect(zh).toContain(`<link>${site}${base}bulletins/gangxi-town-measures/</link>`);
    expect(en).toContain(`<link>${site}${base}en/bulletins/gangxi-town-measures/</link>`);
    // It names itself (atom:link rel="self"), and says when it last changed.
    expect(zh).toContain(`<atom:link href="${site}${base}rss.xml" rel="self"`);
    expect(en).toContain(`<atom:link href="${site}${base}en/rss.xml" rel="self"`);
    expect(zh).toMatch(/<lastBuildDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} /);
  });

  it("keeps hashed assets a year in _headers, under the base path", () => {
    const headers = readFileSync(join(dist, "_headers"), "utf8");
    expect(headers).toContain(
      `${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`,
    );
  });
}

describe("the sample site at the root", () => {
  checkSite(inject("distRoot"), "/", "https://pingan.example.org");

  it("formats dates per locale", () => {
    const zh = loadPages(inject("distRoot")).find(
      (p) => p.url === "/bulletins/fujian-central-inspection/",
    );
    const en = loadPages(inject("distRoot")).find(
      (p) => p.url === "/en/bulletins/fujian-central-inspection/",
    );
    expect(zh?.$("time").first().text()).toBe("2018年8月29日");
    expect(en?.$("time").first().text()).toBe("29 August 2018");
  });

  it("links each bulletin's and explainer's share image, WeChat cover and square from its staff tools", () => {
    const dist = inject("distRoot");
    const pages = loadPages(dist);
    const articles = pages.filter((p) => /^\/(en\/)?(bulletins|explainers)\/[^/]+\/$/.test(p.url));
    expect(articles.length).toBeGreaterThan(10);
    for (const page of articles) {
      const links = page
        .$('[data-staff-tools] a[download][href$=".png"]')
        .toArray()
        .map((a) => page.$(a).attr("href") ?? "");
      expect(
        links.map((href) => href.replace(/^.*-(wechat|square)\.png$/, "$1")),
        page.url,
      ).toEqual([expect.stringMatching(/\.png$/), "wechat", "square"]);
      for (const href of links) expect(resolveInDist(dist, "/", href), href).toBeDefined();
    }
  });

  it("puts the quick-exit control on every page a watched reader may be on, and only there", () => {
    const pages = loadPages(inject("distRoot"));
    const exits = (url: string) => pages.find((p) => p.url === url)?.$("[data-quick-exit]").length;
    for (const prefix of ["/", "/en/"]) {
      for (const route of ["", "report/", "qa/", "explainers/", "search/"]) {
        expect(exits(`${prefix}${route}`), `${prefix}${route}`).toBe(1);
      }
      const explainers = pages.filter((p) => p.url.startsWith(`${prefix}explainers/`));
      expect(explainers.length).toBeGreaterThan(1);
      for (const page of explainers) expect(exits(page.url), page.url).toBe(1);
    }
    expect(exits("/guides/recognise-soft-violence/")).toBe(1);
    expect(exits("/bulletins/")).toBe(0);
    expect(exits("/ledger/")).toBe(0);
    const href = pages
      .find((p) => p.url === "/report/")
      ?.$("[data-quick-exit]")
      .attr("href");
    expect(href).toBe("https://www.weather.com.cn/");
  });
});

describe("the sample site under a base path", () => {
  checkSite(inject("distBase"), "/county/", "https://campaign.example.net");
});
