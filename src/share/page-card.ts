/**
 * What a page tells the social-image step about its share image. Base.astro writes the
 * `og:image` metas and a `pingan:card` meta with the card's text; the social-images
 * integration reads them from the page as it renders (the page tap, which leaves the
 * `pingan:card` meta out of the file written, `pageImages`) and draws the images, so the
 * images show exactly what the pages say and every `og:image` points at a file that exists.
 *
 * No Node imports here: this module runs inside page rendering.
 */
import type { NavSection } from "../components/nav.ts";
import type { Site } from "../schemas/data.ts";
import type { UiKey } from "../i18n/ui.ts";
import { decodeEntities } from "../html/escape.ts";
import type { CardData } from "./templates/card.ts";

export const CARD_META = "pingan:card";

/** The share image's size (Open Graph's recommended 1.91:1). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The folder, under the site's base, that every share image is written to. */
export const OG_DIR = "og";

/** Sections whose articles also get a WeChat cover and a square thumbnail. */
const WECHAT_SECTIONS: readonly NavSection[] = ["bulletins", "explainers"];

const SECTION_LABELS: Record<NavSection, UiKey | undefined> = {
  home: undefined,
  bulletins: "nav.bulletins",
  explainers: "nav.explainers",
  qa: "nav.qa",
  report: "nav.report",
  slogans: "nav.slogans",
  materials: "nav.materials",
  search: "nav.search",
  about: "nav.about",
  guides: "type.guide",
};

/** The card data a page carries in its `pingan:card` meta (the date is read from the page). */
export interface PageCard {
  lang: string;
  section?: string | undefined;
  title: string;
  siteName: string;
  colours: Site["colours"];
  /** Also draw the WeChat cover and the square thumbnail. */
  wechat: boolean;
}

/**
 * The share image's path under the base for a page's site path (both without the base):
 * `en/bulletins/fujian/` → `og/en/bulletins/fujian.png`, the home page → `og/index.png`.
 */
export function cardImagePath(pagePath: string): string {
  const clean = pagePath
    .replace(/^\/+|\/+$/g, "")
    .replace(/\.html$/, "")
    .replace(/\/index$/, "");
  return `${OG_DIR}/${clean || "index"}.png`;
}

/** The WeChat cover or square thumbnail next to a share image. */
export function variantPath(imagePath: string, variant: "wechat" | "square"): string {
  return imagePath.replace(/\.png$/, `-${variant}.png`);
}

export interface PageCardInput {
  lang: string;
  section?: NavSection | undefined;
  title: string;
  site: Pick<Site, "name" | "tagline" | "colours">;
  article: boolean;
  t: (key: UiKey) => string;
}

export function pageCard(input: PageCardInput): PageCard {
  const { section, site } = input;
  const key = section ? SECTION_LABELS[section] : undefined;
  // The home page's title is the site name: its tagline is the more useful label.
  const label = section === "home" ? site.tagline : key ? input.t(key) : undefined;
  return {
    lang: input.lang,
    section: label,
    title: input.title,
    siteName: site.name,
    colours: site.colours,
    wechat: input.article && section !== undefined && WECHAT_SECTIONS.includes(section),
  };
}

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
