/** Reading a built site: its pages, parsed, and where a URL points inside it. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as cheerio from "cheerio";

export interface BuiltPage {
  /** Path relative to dist, e.g. `en/report/index.html`. */
  file: string;
  /** The URL path it is served at, under the base, e.g. `/county/en/report/`. */
  url: string;
  html: string;
  $: cheerio.CheerioAPI;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * HTML files staff download rather than pages readers visit: the WeChat-ready article beside
 * each bulletin and explainer (inline styles, no site chrome, by design).
 */
export const DOWNLOADS = /(^|\/)wechat\.html$/;

/**
 * Pages with no site chrome on purpose: the LED feed fills a screen with slogans. They still
 * carry the CSP, `lang` and a title, but no header, footer or share image.
 */
export const CHROMELESS = /(^|\/)led\/$/;

/** Every page of a built site; the staff downloads are not pages. */
export function loadPages(dist: string, base = "/"): BuiltPage[] {
  return listFiles(dist)
    .filter((file) => file.endsWith(".html") && !DOWNLOADS.test(file))
    .map((file) => {
      const html = readFileSync(join(dist, file), "utf8");
      const path = file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
      return { file, url: base + path, html, $: cheerio.load(html) };
    });
}

/**
 * The file in `dist` a site-relative URL path resolves to, the way a static host resolves it
 * (`/a/` → `a/index.html`), or undefined when nothing is there.
 */
export function resolveInDist(dist: string, base: string, urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split("#")[0]?.split("?")[0] ?? "");
  if (!path.startsWith(base)) return undefined;
  const inside = path.slice(base.length);
  const candidates =
    inside === "" || inside.endsWith("/")
      ? [`${inside}index.html`]
      : [inside, `${inside}/index.html`];
  return candidates.find(
    (candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile(),
  );
}
