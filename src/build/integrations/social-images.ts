/**
 * Draws the share images after the pages are built: for every page, the 1200×630 image its
 * `og:image` names; for bulletins and explainers also the WeChat cover (900×383) and square
 * thumbnail next to it. The card's text comes from the rendered page itself (the `pingan:card`
 * meta Base.astro writes, which the tap keeps out of the file visitors download, and the date
 * the article shows), taken from the page tap as Astro renders it, so image and page agree.
 * Images come from the content-hash cache when nothing they show has changed (src/share/).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { ImageJob } from "../../share/batch.ts";
import { CARD_META, variantPath, type PageCard } from "../../share/page-card.ts";
import type { CardData } from "../../share/templates/card.ts";
import { decodeEntities } from "../../html/escape.ts";
import type { PageTap } from "../page-tap.ts";

/** The card Base.astro writes (a build-data meta, which only the build reads). */
const CARD = new RegExp(`<meta name="${CARD_META}" content="([^"]*)"`);
const OG_IMAGE = /<meta property="og:image" content="([^"]*)"/;

const metaContent = (html: string, meta: RegExp): string | undefined => {
  const content = meta.exec(html)?.[1];
  return content === undefined ? undefined : decodeEntities(content);
};

/** The date an article shows: the text of the first `<time>` inside its `<article>`. */
export function articleDate(html: string): string | undefined {
  const article = html.indexOf("<article");
  if (article < 0) return undefined;
  const match = /<time\b[^>]*>([^<]+)<\/time>/.exec(html.slice(article));
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]).trim();
}

export interface PageImages {
  /** The page, for error messages. */
  page: string;
  card: CardData;
  /** Paths under the site's base: the share image, then the WeChat cover and square if any. */
  og: string;
  wechat?: string | undefined;
  square?: string | undefined;
}

/**
 * The images a built page asks for, or undefined when it has no card. `root` is the absolute
 * URL of the site's base: `og:image` must lie under it, or the file would not be in `dist/`.
 */
export function pageImages(html: string, page: string, root: string): PageImages | undefined {
  const json = metaContent(html, CARD);
  if (json === undefined) return undefined;
  const image = metaContent(html, OG_IMAGE);
  if (!image?.startsWith(root)) {
    throw new Error(
      `${page}: og:image ${image ?? "(missing)"} is not under the site address ${root}`,
    );
  }
  const og = decodeURIComponent(image.slice(root.length));
  const { wechat, ...card } = JSON.parse(json) as PageCard;
  return {
    page,
    card: { ...card, date: articleDate(html) },
    og,
    wechat: wechat ? variantPath(og, "wechat") : undefined,
    square: wechat ? variantPath(og, "square") : undefined,
  };
}

export function socialImages(tap: PageTap): AstroIntegration {
  let root = "";
  let projectRoot = "";
  const pages: PageImages[] = [];
  // Every HTML page rendered, 404 included: a page without the meta simply has no card.
  tap.subscribe(({ pathname, html }) => {
    const images = pageImages(html, pathname, root);
    if (images) pages.push(images);
  });
  return {
    name: "pingan:social-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        const base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        root = new URL(base, config.site ?? "http://localhost/").href;
        projectRoot = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        // Loaded here, not with the config, for the same reason as the print modules
        // (print-materials.ts): Satori and resvg are only needed once the pages are written.
        const [{ cacheDir }, { renderBatch }] = await Promise.all([
          import("../../draw/cache.ts"),
          import("../../share/batch.ts"),
        ]);
        const outDir = fileURLToPath(dir);
        const jobs = pages.flatMap((images) => {
          const job = (template: ImageJob["template"], path: string): ImageJob => ({
            template,
            data: images.card,
            where: `Share image of ${images.page}`,
            out: join(outDir, path),
          });
          return [
            job("og", images.og),
            ...(images.wechat ? [job("wechat", images.wechat)] : []),
            ...(images.square ? [job("square", images.square)] : []),
          ];
        });
        const threads = Number(process.env["PINGAN_RENDER_THREADS"]) || undefined;
        const stats = await renderBatch(jobs, {
          cache: cacheDir(projectRoot, "images"),
          workers: threads,
          threshold: threads === undefined ? undefined : 1,
        });
        const perSecond = stats.rendered > 0 ? (stats.rendered / stats.ms) * 1000 : 0;
        logger.info(
          `${stats.images} images: ${stats.rendered} rendered, ${stats.cached} from cache, ` +
            `in ${Math.round(performance.now() - started)} ms` +
            (stats.rendered > 0
              ? ` (${perSecond.toFixed(1)} images/s on ${stats.workers || 1} thread${stats.workers > 1 ? "s" : ""})`
              : ""),
        );
      },
    },
  };
}
