/**
 * A MaterialSpec → its PDF and a PNG preview per page, in any JavaScript environment. The
 * template draws each page as a Satori tree at its real size in points; Satori turns it into SVG
 * with the text as outlines; the QR codes are added as vector paths; the same SVG then becomes
 * the PDF page (pdf.ts) and, cropped to the trim, the preview, so the preview shows exactly what
 * prints.
 *
 * What differs between `npm run print` (Node) and the banner and poster maker (a browser) comes
 * in through a PrintEnv: where the font bytes and the profiles are read from, how Satori's
 * WebAssembly is loaded, what rasterises a preview and what deflates a stream. Everything else,
 * down to the PDF objects, is this one code path, so the maker's file is the build's file.
 */
import { div, textOf, type Element } from "../draw/element.ts";
import type { TemplateFonts } from "../draw/template.ts";
import { isChinese } from "../draw/typography.ts";
import { BANNER_SCALE, scaleNote } from "./banner.ts";
import { inkTable, type InkTable } from "./colour.ts";
import { canvasSize, mm } from "./paper.ts";
import { SAMPLE_MARK_MM, writePdf, type PdfMeta, type PdfOptions } from "./pdf.ts";
import { preflightOf, type Preflight } from "./preflight.ts";
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
 * The print font (Noto Sans SC) draws curly quotes full width, as Chinese needs them; in
 * English they would stand apart from their words (gang's “ umbrella ”), so Latin-script
 * materials print straight quotes instead.
 */
export function printableSpec(spec: MaterialSpec): MaterialSpec {
  if (isChinese(spec.lang)) return spec;
  return JSON.parse(JSON.stringify(spec), (_key, value: unknown) =>
    typeof value === "string" ? value.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'") : value,
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
function slugSvg(
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
const sampleMarkSvg = (env: PrintEnv, width: number, height: number) =>
  slugSvg(env, SAMPLE_MARK, width, height, { text: "#8a1c1c", background: "#fff3cd" });

/** Every character the slugs print, for a renderer that loads glyphs as needed. */
export function slugText(spec: MaterialSpec): string {
  return `${spec.samples.length > 0 ? SAMPLE_MARK : ""}${spec.kind === "banner" ? scaleNote(spec) : ""}`;
}

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

export function pdfMeta(spec: MaterialSpec): PdfMeta {
  return { title: spec.name, author: spec.organiser, subject: spec.description, lang: spec.lang };
}

/** The ink table of the material's press (Little CMS and its profile, loaded once a thread). */
export async function pressInksOf(env: PrintEnv, press: Press): Promise<InkTable> {
  return inkTable(press.profileHash, await env.pressProfile(press), press.inkLimit);
}

/** The preflight note without drawing: what the material page shows. */
export async function preflightWith(env: PrintEnv, spec: MaterialSpec): Promise<Preflight> {
  return preflightOf(spec, drawMaterialPages(env, spec), await pressInksOf(env, spec.press));
}

/** The page SVGs of a material and what its PDFs are written with. */
export interface DrawnMaterial {
  spec: MaterialSpec;
  pages: PrintPage[];
  svgs: string[];
  /** The sample mark for the slug, while the material holds sample data. */
  mark?: string | undefined;
  options: PdfOptions;
}

/** Lays out and draws every page once: the PDFs and previews below are made from this. */
export async function drawMaterial(env: PrintEnv, spec: MaterialSpec): Promise<DrawnMaterial> {
  const pages = drawMaterialPages(env, spec);
  const svgs = await Promise.all(pages.map((page) => drawPageSvg(env, spec, page)));
  const mark =
    spec.samples.length > 0
      ? await sampleMarkSvg(env, mm(spec.trim.widthMm), mm(SAMPLE_MARK_MM))
      : undefined;
  const [profile, srgb] = await Promise.all([env.pressProfile(spec.press), env.srgbProfile()]);
  const inks = await inkTable(spec.press.profileHash, profile, spec.press.inkLimit);
  const options: PdfOptions = {
    trim: spec.trim,
    bleedMm: spec.bleedMm,
    cropMarks: spec.cropMarks,
    mark,
    meta: pdfMeta(spec),
    srgb,
    intent: {
      profile,
      identifier: spec.press.outputCondition,
      condition: inks.description,
    },
    deflate: env.deflate,
    date: env.date,
  };
  return { spec, pages, svgs, mark, options };
}

/** The print file: sRGB colours, PDF/X-4 for the material's press. */
export async function rgbPdf(drawn: DrawnMaterial): Promise<Uint8Array> {
  return (await writePdf(drawn.svgs, drawn.options)).pdf;
}

/** The same file with every colour converted through the press profile. */
export async function cmykPdf(drawn: DrawnMaterial): Promise<Uint8Array> {
  const { spec } = drawn;
  const inks = await inkTable(
    spec.press.profileHash,
    drawn.options.intent.profile,
    spec.press.inkLimit,
  );
  return (await writePdf(drawn.svgs, { ...drawn.options, inks })).pdf;
}

/** Banners: the CMYK file at 1:10, its slug saying so. */
export async function scalePdf(env: PrintEnv, drawn: DrawnMaterial): Promise<Uint8Array> {
  const { spec, options } = drawn;
  const inks = await inkTable(spec.press.profileHash, options.intent.profile, spec.press.inkLimit);
  const trim = {
    widthMm: spec.trim.widthMm / BANNER_SCALE,
    heightMm: spec.trim.heightMm / BANNER_SCALE,
  };
  const band = { width: mm(trim.widthMm), height: mm(SAMPLE_MARK_MM) };
  const note = await slugSvg(env, scaleNote(spec), band.width, band.height, {
    text: palette.text.rgb,
    background: palette.paper.rgb,
  });
  const mark =
    spec.samples.length > 0 ? await sampleMarkSvg(env, band.width, band.height) : undefined;
  const title = `${spec.name} (${scaleNote(spec)})`;
  return (
    await writePdf(drawn.svgs, {
      ...options,
      trim,
      bleedMm: spec.bleedMm / BANNER_SCALE,
      mark,
      note,
      inks,
      meta: { ...options.meta, title },
    })
  ).pdf;
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

export interface RenderedFiles {
  pdf: Uint8Array;
  cmykPdf: Uint8Array;
  /** Banners: the CMYK file at 1:10, its slug saying so. */
  scalePdf?: Uint8Array | undefined;
  previews: Uint8Array[];
  pages: number;
  preflight: Preflight;
}

/** Every file of a material, as the build and `npm run print` write them. */
export async function renderFiles(env: PrintEnv, spec: MaterialSpec): Promise<RenderedFiles> {
  const drawn = await drawMaterial(env, spec);
  const inks = await inkTable(
    spec.press.profileHash,
    drawn.options.intent.profile,
    spec.press.inkLimit,
  );
  const pdf = await rgbPdf(drawn);
  const cmyk = await cmykPdf(drawn);
  const scale = spec.kind === "banner" ? await scalePdf(env, drawn) : undefined;
  const previews = await Promise.all(
    (await previewSvgs(env, drawn)).map((svg) => env.svgToPng(svg, PREVIEW_WIDTH)),
  );
  const preflight = preflightOf(spec, drawn.pages, inks);
  return { pdf, cmykPdf: cmyk, scalePdf: scale, previews, pages: drawn.svgs.length, preflight };
}
