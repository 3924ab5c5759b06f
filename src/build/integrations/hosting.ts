/**
 * Files for whoever hosts the site, written after the pages: `sitemap.xml` (indexable pages
 * only: fallbacks, placeholders, staff files and the 404 page say noindex and are left out),
 * `robots.txt` and `_headers`.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { escapeHtml } from "../../html/escape.ts";
import { headersFile } from "../../security/csp.ts";
import type { PageTap } from "../page-tap.ts";

const NOINDEX = /<meta name="robots" content="noindex/;
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

export interface SitemapPage {
  url: string;
  alternates: { lang: string; href: string }[];
}

/** The sitemap entry of one built page, or undefined when it must not be indexed. */
export function sitemapEntry(html: string): SitemapPage | undefined {
  if (NOINDEX.test(html)) return undefined;
  const canonical = CANONICAL.exec(html)?.[1];
  if (!canonical) return undefined;
  const alternates = [...html.matchAll(ALTERNATE)].map(([, lang = "", href = ""]) => ({
    lang,
    href,
  }));
  return { url: canonical, alternates };
}

export function sitemapXml(pages: SitemapPage[]): string {
  const urls = [...pages]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map(
      (page) =>
        `  <url>\n    <loc>${escapeHtml(page.url)}</loc>\n${page.alternates
          .map(
            (alt) =>
              `    <xhtml:link rel="alternate" hreflang="${escapeHtml(alt.lang)}" href="${escapeHtml(alt.href)}"/>\n`,
          )
          .join("")}  </url>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/**
 * Cache rules for files whose names change with their content: the bundler's `_astro/`, and
 * Pagefind's fragments, index and filter chunks (named by hash; the pair index's folder is too,
 * but `pagefind/pairs/*` would also match its `entry.json`, which is not). A browser keeps
 * them a year without asking again. Everything else (pages, feeds, images named by page) keeps
 * the host's default, so a change shows at once. No rule matches a page: Netlify and Cloudflare
 * join the values of rules that overlap.
 */
export const IMMUTABLE_PATHS = [
  "_astro/*",
  "pagefind/fragment/*",
  "pagefind/index/*",
  "pagefind/filter/*",
];

export function cacheHeaders(base: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return IMMUTABLE_PATHS.map(
    (path) => `${prefix}${path}\n  Cache-Control: public, max-age=31536000, immutable\n`,
  ).join("");
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** The sitemap's entries are taken from the pages as Astro renders them (the page tap). */
export function hosting(tap: PageTap): AstroIntegration {
  let site: URL | undefined;
  let base = "/";
  const entries: SitemapPage[] = [];
  tap.subscribe(({ html }) => {
    const entry = sitemapEntry(html);
    if (entry) entries.push(entry);
  });
  return {
    name: "pingan:hosting",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const root = new URL(base.endsWith("/") ? base : `${base}/`, site);
        await writeFile(`${outDir}/sitemap.xml`, sitemapXml(entries));
        await writeFile(`${outDir}/robots.txt`, robotsTxt(new URL("sitemap.xml", root).href));
        await writeFile(`${outDir}/_headers`, `${headersFile()}${cacheHeaders(base)}`);
        logger.info(`sitemap.xml (${entries.length} pages), robots.txt, _headers`);
      },
    },
  };
}
