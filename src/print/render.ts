/**
 * A MaterialSpec → its PDF and a PNG preview per page. The template draws each page as a
 * Satori tree at its real size in points; Satori turns it into SVG with the text as outlines;
 * the QR codes are added as vector paths; the same SVG then becomes the PDF page (pdf.ts) and,
 * cropped to the trim, the preview (resvg), so the preview shows exactly what prints.
 */
import { assertGlyphs } from "../draw/fonts.ts";
import { textOf } from "../draw/element.ts";
import { elementToSvg, svgToPng, templateFonts } from "../draw/render.ts";
import { curlyQuotes, isChinese } from "../draw/typography.ts";
import { canvasSize } from "./paper.ts";
import { div } from "../draw/element.ts";
import { mm } from "./paper.ts";
import { inkTable, type InkTable } from "./colour.ts";
import { SAMPLE_MARK_MM, writePdf, type PdfMeta, type PdfOptions } from "./pdf.ts";
import { preflightOf, type Preflight } from "./preflight.ts";
import { profileBytes, srgbProfile, type Press } from "./press.ts";
import { BANNER_SCALE, scaleNote } from "./banner.ts";
import { qrPath } from "./qr.ts";
import type { MaterialSpec } from "./spec.ts";
import { palette, type PrintPage } from "./templates/common.ts";
import { drawPages } from "./templates/index.ts";

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

export function materialPages(spec: MaterialSpec): PrintPage[] {
  const pages = drawPages(printableSpec(spec), templateFonts());
  assertGlyphs(spec.file, pages.map((page) => textOf(page.element)).join(""));
  return pages;
}

/** The page as SVG, the QR codes drawn in as paths. */
export async function pageSvg(spec: MaterialSpec, page: PrintPage): Promise<string> {
  const { width, height } = canvasSize(spec);
  const svg = await elementToSvg(page.element, width, height);
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
async function slugSvg(
  text: string,
  width: number,
  height: number,
  colours: { text: string; background: string },
): Promise<string> {
  return elementToSvg(
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
const sampleMarkSvg = (width: number, height: number) =>
  slugSvg(SAMPLE_MARK, width, height, { text: "#8a1c1c", background: "#fff3cd" });

/**
 * The trimmed preview with the sample mark across its top, where a reader sees it first: a band
 * a sixteenth of the width high (at most a quarter of a banner's height).
 */
async function markedPreview(svg: string, spec: MaterialSpec): Promise<string> {
  const { width, height, bleed } = canvasSize(spec);
  const w = width - 2 * bleed;
  const h = Math.min(w / 16, (height - 2 * bleed) / 4);
  const band = (await sampleMarkSvg(w, h)).replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*"/u,
    `<svg$1 x="${bleed}" y="${bleed}" width="${w}" height="${h}"`,
  );
  return svg.replace(/<\/svg>\s*$/u, `${band}</svg>`);
}

export interface RenderedMaterial {
  pdf: Buffer;
  cmykPdf: Buffer;
  /** Banners: the CMYK file at 1:10, its slug saying so. */
  scalePdf?: Buffer | undefined;
  previews: Buffer[];
  pages: number;
  preflight: Preflight;
}

export function pdfMeta(spec: MaterialSpec): PdfMeta {
  return { title: spec.name, author: spec.organiser, subject: spec.description, lang: spec.lang };
}

/** The ink table of the material's press (Little CMS and its profile, loaded once a thread). */
export function pressInks(press: Press): Promise<InkTable> {
  return inkTable(press.profileHash, profileBytes(press), press.inkLimit);
}

/** The preflight note without drawing: what the material page shows. */
export async function materialPreflight(spec: MaterialSpec): Promise<Preflight> {
  return preflightOf(spec, materialPages(spec), await pressInks(spec.press));
}

export async function renderMaterial(spec: MaterialSpec): Promise<RenderedMaterial> {
  const pages = materialPages(spec);
  const svgs = await Promise.all(pages.map((page) => pageSvg(spec, page)));
  const mark =
    spec.samples.length > 0
      ? await sampleMarkSvg(mm(spec.trim.widthMm), mm(SAMPLE_MARK_MM))
      : undefined;
  const inks = await pressInks(spec.press);
  const options: PdfOptions = {
    trim: spec.trim,
    bleedMm: spec.bleedMm,
    cropMarks: spec.cropMarks,
    mark,
    meta: pdfMeta(spec),
    srgb: srgbProfile(),
    intent: {
      profile: profileBytes(spec.press),
      identifier: spec.press.outputCondition,
      condition: inks.description,
    },
  };
  const pdf = (await writePdf(svgs, options)).pdf;
  const cmykPdf = (await writePdf(svgs, { ...options, inks })).pdf;
  let scalePdf: Buffer | undefined;
  if (spec.kind === "banner") {
    const trim = {
      widthMm: spec.trim.widthMm / BANNER_SCALE,
      heightMm: spec.trim.heightMm / BANNER_SCALE,
    };
    const band = { width: mm(trim.widthMm), height: mm(SAMPLE_MARK_MM) };
    const note = await slugSvg(scaleNote(spec), band.width, band.height, {
      text: palette.text.rgb,
      background: palette.paper.rgb,
    });
    const mark = spec.samples.length > 0 ? await sampleMarkSvg(band.width, band.height) : undefined;
    const title = `${spec.name} (${scaleNote(spec)})`;
    scalePdf = (
      await writePdf(svgs, {
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
  const previews = await Promise.all(
    svgs.map(async (svg) => {
      const trimmed = trimmedSvg(svg, spec);
      return svgToPng(mark ? await markedPreview(trimmed, spec) : trimmed, PREVIEW_WIDTH);
    }),
  );
  const preflight = preflightOf(spec, pages, inks);
  return { pdf, cmykPdf, scalePdf, previews, pages: svgs.length, preflight };
}
