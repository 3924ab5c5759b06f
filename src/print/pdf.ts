/**
 * SVG pages → one print PDF. Each SVG is the bleed box at its real size in points (see
 * paper.ts); the PDF page gets that artwork, a TrimBox and a BleedBox, and, when asked, crop
 * marks on a slug around the bleed. Text arrives as Satori's glyph outlines, so it stays vector
 * and needs no embedded font. The bytes depend only on the input: the dates are fixed.
 */
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { mm, type Sheet } from "./paper.ts";

/** PDF viewers and RIPs refuse pages over 200 inches; bigger pages use a PDF 1.6 UserUnit. */
export const MAX_PAGE_PT = 14_400;
/** The slug that holds crop marks, beyond the bleed, and the marks' length and offset. */
export const SLUG_MM = 10;
const MARK_MM = 5;
const MARK_GAP_MM = 2;

/**
 * Reproducible builds: `SOURCE_DATE_EPOCH` when the environment sets it, else a fixed date, so
 * two builds of the same content give the same bytes.
 */
export function fixedDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env["SOURCE_DATE_EPOCH"]);
  return Number.isFinite(epoch) && epoch > 0
    ? new Date(epoch * 1000)
    : new Date(Date.UTC(2000, 0, 1));
}

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. `zh-CN`. */
  lang: string;
}

export interface PdfOptions extends Sheet {
  cropMarks: boolean;
  /**
   * The sample mark (an SVG as wide as the trim and SAMPLE_MARK_MM high), drawn in the slug
   * above and below the bleed: a file with sample data never passes for a final one. A slug is
   * added for it when there are no crop marks.
   */
  mark?: string | undefined;
  cmyk: boolean;
  /** The ink values of known colours (the palette); others convert with `rgbToCmyk`. */
  cmykOf?: ((hex: string) => number[] | undefined) | undefined;
  meta: PdfMeta;
}

type Rgb = [number, number, number];
type Cmyk = [number, number, number, number];

/**
 * Naive RGB → CMYK with grey component replacement: greys and black become K only, so text
 * prints in one ink without registration fringes. Colours are percentages, as pdfkit takes them.
 * Print shops with an ICC workflow convert the RGB PDF themselves; this is for those without.
 */
export function rgbToCmyk([r, g, b]: Rgb): Cmyk {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const k = 1 - Math.max(rr, gg, bb);
  if (k >= 1) return [0, 0, 0, 100];
  const pct = (value: number) => Math.round(((1 - value - k) / (1 - k)) * 1000) / 10;
  return [pct(rr), pct(gg), pct(bb), Math.round(k * 1000) / 10];
}

/** The page boxes in PDF points, origin bottom left, before any UserUnit scaling. */
export interface PageBoxes {
  media: [number, number, number, number];
  bleed: [number, number, number, number];
  trim: [number, number, number, number];
  /** Points per PDF unit on this page (1 unless the page is larger than MAX_PAGE_PT). */
  userUnit: number;
}

/** The height of the sample mark's band in the slug. */
export const SAMPLE_MARK_MM = 6;

export function pageBoxes(
  options: Sheet & { cropMarks: boolean; mark?: string | undefined },
): PageBoxes {
  const bleed = mm(options.bleedMm);
  const slug = options.cropMarks || options.mark ? mm(SLUG_MM) : 0;
  const width = mm(options.trim.widthMm);
  const height = mm(options.trim.heightMm);
  const mediaW = width + 2 * (bleed + slug);
  const mediaH = height + 2 * (bleed + slug);
  const userUnit = Math.max(1, Math.ceil(Math.max(mediaW, mediaH) / MAX_PAGE_PT));
  const s = (value: number) => value / userUnit;
  return {
    media: [0, 0, s(mediaW), s(mediaH)],
    bleed: [s(slug), s(slug), s(mediaW - slug), s(mediaH - slug)],
    trim: [s(slug + bleed), s(slug + bleed), s(mediaW - slug - bleed), s(mediaH - slug - bleed)],
    userUnit,
  };
}

/** Crop marks: short hairlines in line with the trim edges, kept clear of the bleed. */
function drawCropMarks(
  doc: PDFKit.PDFDocument,
  boxes: PageBoxes,
  bleedPt: number,
  colour: Rgb | Cmyk,
) {
  const u = boxes.userUnit;
  const mediaH = boxes.media[3];
  const [tx0, , tx1] = boxes.trim;
  // pdfkit draws from the top left; the trim box is symmetric, so its top is mediaH - ury.
  const ty0 = mediaH - boxes.trim[3];
  const ty1 = mediaH - boxes.trim[1];
  const gap = (bleedPt + mm(MARK_GAP_MM)) / u;
  const len = mm(MARK_MM) / u;
  doc
    .save()
    .lineWidth(0.25 / u)
    .strokeColor(colour);
  for (const x of [tx0, tx1]) {
    doc
      .moveTo(x, ty0 - gap - len)
      .lineTo(x, ty0 - gap)
      .stroke();
    doc
      .moveTo(x, ty1 + gap)
      .lineTo(x, ty1 + gap + len)
      .stroke();
  }
  for (const y of [ty0, ty1]) {
    doc
      .moveTo(tx0 - gap - len, y)
      .lineTo(tx0 - gap, y)
      .stroke();
    doc
      .moveTo(tx1 + gap, y)
      .lineTo(tx1 + gap + len, y)
      .stroke();
  }
  doc.restore();
}

/** The sample mark in the slug above and below the bleed box, centred on the trim's width. */
function drawSampleMark(
  doc: PDFKit.PDFDocument,
  boxes: PageBoxes,
  mark: string,
  colorCallback: ((c: [Rgb, number]) => [number[], number]) | undefined,
) {
  const u = boxes.userUnit;
  const [tx0, , tx1] = boxes.trim;
  const height = mm(SAMPLE_MARK_MM) / u;
  const slugTop = boxes.media[3] - boxes.bleed[3];
  const gap = (slugTop - height) / 2;
  doc.save();
  doc.scale(1 / u);
  for (const y of [gap, boxes.media[3] - slugTop + gap]) {
    SVGtoPDF(doc, mark, tx0 * u, y * u, {
      assumePt: true,
      width: (tx1 - tx0) * u,
      height: height * u,
      ...(colorCallback ? { colorCallback } : {}),
    });
  }
  doc.restore();
}

/** Draws each SVG (the bleed box at real size) on its own page and returns the PDF bytes. */
export function writePdf(pages: string[], options: PdfOptions): Promise<Buffer> {
  const date = fixedDate();
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default Helvetica: the artwork is outlines, and a font nothing uses is preflight noise.
    font: null as unknown as string,
    pdfVersion: "1.7",
    lang: options.meta.lang,
    displayTitle: true,
    compress: true,
    info: {
      Title: options.meta.title,
      Author: options.meta.author,
      Subject: options.meta.subject,
      Creator: "Pingan print kit",
      Producer: "Pingan (pdfkit, svg-to-pdfkit)",
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const boxes = pageBoxes(options);
  const u = boxes.userUnit;
  const bleedPt = mm(options.bleedMm);
  const hex = (rgb: Rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  const colorCallback = options.cmyk
    ? ([rgb, opacity]: [Rgb, number]): [number[], number] => [
        options.cmykOf?.(hex(rgb)) ?? rgbToCmyk(rgb),
        opacity,
      ]
    : undefined;
  for (const svg of pages) {
    // pdfkit takes userUnit (PDF 1.6) but its types do not list it, nor the print boxes.
    doc.addPage({
      size: [boxes.media[2], boxes.media[3]],
      margin: 0,
      userUnit: u,
    } as PDFKit.PDFDocumentOptions);
    const page = doc.page.dictionary.data as Record<string, unknown>;
    page["BleedBox"] = boxes.bleed;
    page["TrimBox"] = boxes.trim;
    doc.save();
    doc.scale(1 / u);
    const slug = options.cropMarks || options.mark ? mm(SLUG_MM) : 0;
    const canvas = {
      width: boxes.bleed[2] - boxes.bleed[0],
      height: boxes.bleed[3] - boxes.bleed[1],
    };
    SVGtoPDF(doc, svg, slug, slug, {
      assumePt: true,
      // Satori rounds the canvas to whole pixels; fit the artwork to the exact bleed box.
      width: canvas.width * u,
      height: canvas.height * u,
      preserveAspectRatio: "none",
      ...(colorCallback ? { colorCallback } : {}),
    });
    doc.restore();
    if (options.cropMarks) {
      drawCropMarks(doc, boxes, bleedPt, options.cmyk ? [100, 100, 100, 100] : [0, 0, 0]);
    }
    if (options.mark) drawSampleMark(doc, boxes, options.mark, colorCallback);
  }
  doc.end();
  return done;
}
