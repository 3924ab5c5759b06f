/**
 * A MaterialSpec → its PDF and a PNG preview per page. The template draws each page as a
 * Satori tree at its real size in points; Satori turns it into SVG with the text as outlines;
 * the QR codes are added as vector paths; the same SVG then becomes the PDF page (pdf.ts) and,
 * cropped to the trim, the preview (resvg), so the preview shows exactly what prints.
 */
import { assertGlyphs } from "../draw/fonts.ts";
import { textOf } from "../draw/element.ts";
import { elementToSvg, svgToPng, templateFonts } from "../draw/render.ts";
import { isChinese } from "../draw/typography.ts";
import { canvasSize } from "./paper.ts";
import { div } from "../draw/element.ts";
import { mm } from "./paper.ts";
import { SAMPLE_MARK_MM, writePdf, type PdfMeta } from "./pdf.ts";
import { qrPath } from "./qr.ts";
import type { MaterialSpec } from "./spec.ts";
import { palette, paletteCmyk, type PrintPage } from "./templates/common.ts";
import { drawPages } from "./templates/index.ts";

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

/** The mark as an SVG `width` × `height` points: dark red text on a pale band, outlined. */
async function sampleMarkSvg(width: number, height: number): Promise<string> {
  return elementToSvg(
    div(
      {
        display: "flex",
        width,
        height,
        alignItems: "center",
        justifyContent: "center",
        backgroundColor: "#fff3cd",
        color: "#8a1c1c",
        // The mark is about 26 em long: it stays on one line across the band.
        fontSize: Math.min(height * 0.62, width / 28),
        whiteSpace: "nowrap",
        fontWeight: 700,
      },
      SAMPLE_MARK,
    ),
    width,
    height,
  );
}

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
  cmykPdf?: Buffer | undefined;
  previews: Buffer[];
  pages: number;
}

export function pdfMeta(spec: MaterialSpec): PdfMeta {
  return { title: spec.name, author: spec.organiser, subject: spec.description, lang: spec.lang };
}

export async function renderMaterial(spec: MaterialSpec): Promise<RenderedMaterial> {
  const svgs = await Promise.all(materialPages(spec).map((page) => pageSvg(spec, page)));
  const mark =
    spec.samples.length > 0
      ? await sampleMarkSvg(mm(spec.trim.widthMm), mm(SAMPLE_MARK_MM))
      : undefined;
  const options = { ...spec, mark, meta: pdfMeta(spec) };
  const pdf = await writePdf(svgs, { ...options, cmyk: false });
  const cmykPdf = spec.cmyk
    ? await writePdf(svgs, { ...options, cmyk: true, cmykOf: paletteCmyk })
    : undefined;
  const previews = await Promise.all(
    svgs.map(async (svg) => {
      const trimmed = trimmedSvg(svg, spec);
      return svgToPng(mark ? await markedPreview(trimmed, spec) : trimmed, PREVIEW_WIDTH);
    }),
  );
  return { pdf, cmykPdf, previews, pages: svgs.length };
}
