import { describe, expect, it } from "vitest";
import { cacheHeaders, robotsTxt, sitemapEntry, sitemapXml } from "./hosting.ts";

describe("cache headers", () => {
  it("keeps hashed files a year, under the base path, and never a page", () => {
    const rules = cacheHeaders("/county/");
    expect(rules).toContain(
      "/county/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n",
    );
    expect(rules).toContain("/county/pagefind/fragment/*\n");
    expect(rules).not.toMatch(/^\/county\/\*$/m);
    expect(cacheHeaders("/")).toMatch(/^\/_astro\/\*$/m);
  });
});

describe("sitemap", () => {
  const page = (head: string) => `<html><head>${head}</head><body></body></html>`;

  it("lists a page under its canonical address with its language alternates", () => {
    const entry = sitemapEntry(
      page(
        '<link rel="canonical" href="https://x.org/report/"><link rel="alternate" hreflang="zh-CN" href="https://x.org/report/"><link rel="alternate" hreflang="en" href="https://x.org/en/report/">',
      ),
    );
    expect(entry).toEqual({
      url: "https://x.org/report/",
      alternates: [
        { lang: "zh-CN", href: "https://x.org/report/" },
        { lang: "en", href: "https://x.org/en/report/" },
      ],
    });
    expect(sitemapXml(entry ? [entry] : [])).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://x.org/en/report/"/>',
    );
  });

  it("leaves out pages marked noindex (fallbacks, placeholders)", () => {
    expect(
      sitemapEntry(
        page(
          '<meta name="robots" content="noindex, follow"><link rel="canonical" href="https://x.org/">',
        ),
      ),
    ).toBeUndefined();
  });

  it("points robots.txt at the sitemap", () => {
    expect(robotsTxt("https://x.org/county/sitemap.xml")).toContain(
      "Sitemap: https://x.org/county/sitemap.xml",
    );
  });
});
