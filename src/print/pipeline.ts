/**
 * A MaterialSpec → its PDF and a PNG preview per page, in any JavaScript environment. The
 * template draws each page as a Satori tree at its real size in points; Satori turns it into SVG
 * with the text as outlines; the QR codes are added as vector paths; the same SVG then becomes
 * the PDF page (pdf.ts) and, cropped to the trim, the preview, so the preview shows exactly what
 * prints.
 *
 * The PDFs are written by pdf-files.ts, from what this module draws; a browser loads that part
 * only when a file is asked for. What differs between `npm run print` (Node) and the banner and
 * poster maker (a browser) comes in through a PrintEnv: where the font bytes and the profiles are read from, how Satori's
 * WebAssembly is loaded, what rasterises a preview and what deflates a stream. Everything else,
 * down to the PDF objects, is this one code path, so the maker's file is the build's file.
 */
import { div, textOf, type Element } from "../draw/element.ts";
import type { TemplateFonts } from "../draw/template.ts";
import { curlyQuotes, isChinese } from "../draw/typography.ts";
import { canvasSize, mm, SAMPLE_MARK_MM } from "./paper.ts";
import type { Press } from "./press.ts";
import { qrPath } from "./qr.ts";
import type { MaterialSpec } from "./spec.ts";
import { palette, type PrintPage } from "./templates/common.ts";
import { drawPages } from "./templates/index.ts";

/** What the drawing needs from the environment it runs in. */
export interface PrintEnv {
  /** The metrics the templates fit text with. */
  fonts: TemplateFonts;
  /** Throws, naming `where`, when the fonts cannot draw a character of `text`. */
  assertGlyphs(where: string, text: string): void;
  /** Satori with the print fonts: an element tree → SVG of `width` × `height` points. */
  elementToSvg(element: Element, width: number, height: number): Promise<string>;
  /** An SVG → PNG `width` pixels wide. */
  svgToPng(svg: string, width: number): Promise<Uint8Array>;
  /** The press profile's bytes (ICC), checked against `press.profileHash` where it can be. */
  pressProfile(press: Press): Promise<Uint8Array>;
  /** sRGB IEC 61966-2.1 (ICC), the colour space the templates draw in. */
  srgbProfile(): Promise<Uint8Array>;
  /** zlib deflate, for the profiles embedded in every file. */
  deflate(bytes: Uint8Array): Uint8Array;
  /** The files' creation date (fixed, so the same input gives the same bytes). */
  date: Date;
}

/** Preview width in pixels: enough to read a leaflet's small print on the materials page. */
export const PREVIEW_WIDTH = 1000;

/** A preview's height: the trim's proportions at PREVIEW_WIDTH. */
export const previewHeight = (spec: Pick<MaterialSpec, "trim">): number =>
  Math.round((PREVIEW_WIDTH * spec.trim.heightMm) / spec.trim.widthMm);

/**
 * English print is set in Noto Sans, whose curly quotes fit Latin text (see fonts.ts): straight
 * quotes typed into English content become curly ones. Chinese text is left as written.
 */
export function printableSpec(spec: MaterialSpec): MaterialSpec {
  if (isChinese(spec.lang)) return spec;
  return JSON.parse(JSON.stringify(spec), (key, value: unknown) =>
    typeof value === "string" && key !== "url" ? curlyQuotes(value) : value,
  ) as MaterialSpec;
}

export function drawMaterialPages(env: PrintEnv, spec: MaterialSpec): PrintPage[] {
  const pages = drawPages(printableSpec(spec), env.fonts);
  env.assertGlyphs(spec.file, pages.map((page) => textOf(page.element)).join(""));
  return pages;
}

/** The page as SVG, the QR codes drawn in as paths. */
export async function drawPageSvg(
  env: PrintEnv,
  spec: MaterialSpec,
  page: PrintPage,
): Promise<string> {
  const { width, height } = canvasSize(spec);
  const svg = await env.elementToSvg(page.element, width, height);
  const codes = page.qr
    .map((qr) => `<path fill="${palette.text.rgb}" d="${qrPath(qr.url, qr.x, qr.y, qr.size)}"/>`)
    .join("");
  return svg.replace(/<\/svg>\s*$/u, `${codes}</svg>`);
}

/** The SVG with its view cut to the trim: what the sheet looks like once cut. */
export function trimmedSvg(svg: string, spec: MaterialSpec): string {
  const { width, height, bleed } = canvasSize(spec);
  const w = width - 2 * bleed;
  const h = height - 2 * bleed;
  return svg.replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*" viewBox="[^"]*"/u,
    `<svg$1 width="${w}" height="${h}" viewBox="${bleed} ${bleed} ${w} ${h}"`,
  );
}

/** Said on every page of a material that still holds sample data, in both languages. */
export const SAMPLE_MARK = "样稿：含示例数据，不能付印 · SAMPLE – not for printing";

/** A line of text for the slug as an SVG `width` × `height` points, outlined. */
export function slugSvg(
  env: PrintEnv,
  text: string,
  width: number,
  height: number,
  colours: { text: string; background: string },
): Promise<string> {
  return env.elementToSvg(
    div(
      {
        display: "flex",
        width,
        height,
        alignItems: "center",
        justifyContent: "center",
        backgroundColor: colours.background,
        color: colours.text,
        // The line is at most about 26 em long: it stays on one line across the band.
        fontSize: Math.min(height * 0.62, width / 28),
        whiteSpace: "nowrap",
        fontWeight: 700,
      },
      text,
    ),
    width,
    height,
  );
}

/** The sample mark as an SVG `width` × `height` points: dark red text on a pale band. */
export const sampleMarkSvg = (env: PrintEnv, width: number, height: number) =>
  slugSvg(env, SAMPLE_MARK, width, height, { text: "#8a1c1c", background: "#fff3cd" });

/**
 * The trimmed preview with the sample mark across its top, where a reader sees it first: a band
 * a sixteenth of the width high (at most a quarter of a banner's height).
 */
async function markedPreview(env: PrintEnv, svg: string, spec: MaterialSpec): Promise<string> {
  const { width, height, bleed } = canvasSize(spec);
  const w = width - 2 * bleed;
  const h = Math.min(w / 16, (height - 2 * bleed) / 4);
  const band = (await sampleMarkSvg(env, w, h)).replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*"/u,
    `<svg$1 x="${bleed}" y="${bleed}" width="${w}" height="${h}"`,
  );
  return svg.replace(/<\/svg>\s*$/u, `${band}</svg>`);
}

/** The page SVGs of a material, and the sample mark for its slug while it holds sample data. */
export interface DrawnMaterial {
  spec: MaterialSpec;
  pages: PrintPage[];
  svgs: string[];
  mark?: string | undefined;
}

/** Lays out and draws every page once: the previews and PDFs are made from this. */
export async function drawMaterial(env: PrintEnv, spec: MaterialSpec): Promise<DrawnMaterial> {
  const pages = drawMaterialPages(env, spec);
  const svgs = await Promise.all(pages.map((page) => drawPageSvg(env, spec, page)));
  const mark =
    spec.samples.length > 0
      ? await sampleMarkSvg(env, mm(spec.trim.widthMm), mm(SAMPLE_MARK_MM))
      : undefined;
  return { spec, pages, svgs, mark };
}

/** Each page cut to the trim (with the sample mark while samples remain), as SVG. */
export function previewSvgs(env: PrintEnv, drawn: DrawnMaterial): Promise<string[]> {
  return Promise.all(
    drawn.svgs.map(async (svg) => {
      const trimmed = trimmedSvg(svg, drawn.spec);
      return drawn.mark ? markedPreview(env, trimmed, drawn.spec) : trimmed;
    }),
  );
}
