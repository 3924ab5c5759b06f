/**
 * Draws the share images after the pages are built: for every page, the 1200×630 image its
 * `og:image` names; for bulletins and explainers also the WeChat cover (900×383) and square
 * thumbnail next to it, with the card each page carries (`pageImages`, src/share/page-card.ts),
 * taken from the page tap as Astro renders it, so image and page agree. Images come from the
 * content-hash cache when nothing they show has changed (src/share/).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { ImageJob } from "../../share/batch.ts";
import { pageImages, type PageImages } from "../../share/page-card.ts";
import type { PageTap } from "../page-tap.ts";

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
