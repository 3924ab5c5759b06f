/**
 * SVG pages → one print PDF. Each SVG is the bleed box at its real size in points (see
 * paper.ts); the PDF page gets that artwork, a TrimBox and a BleedBox, and, when asked, crop
 * marks on a slug around the bleed. Text arrives as Satori's glyph outlines, so it stays vector
 * and needs no embedded font. Every file is PDF/X-4 (pdfx.ts) for the press in the spec: the RGB
 * file with its colours as sRGB, the CMYK file with every colour converted through the press
 * profile (colour.ts). The bytes depend only on the input: the dates are fixed.
 */
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { totalInk, type InkTable } from "./colour.ts";
import { mm, SAMPLE_MARK_MM, type Sheet } from "./paper.ts";
import { documentId, finishPdfX, pdfxInfo, useSrgb, type OutputIntent } from "./pdfx.ts";

/** PDF viewers and RIPs refuse pages over 200 inches; bigger pages use a PDF 1.6 UserUnit. */
export const MAX_PAGE_PT = 14_400;
/** The slug that holds crop marks, beyond the bleed, and the marks' length and offset. */
export const SLUG_MM = 10;
const MARK_MM = 5;
const MARK_GAP_MM = 2;

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
  /**
   * A note of the same size for the slug (a scale file's "比例 1:10…"): below the bleed when
   * there is a sample mark, above and below when there is none.
   */
  note?: string | undefined;
  /** The CMYK file: every colour through the press profile. Undefined: the sRGB file. */
  inks?: InkTable | undefined;
  /** The press: its profile goes into the PDF/X output intent. */
  intent: OutputIntent;
  /** The sRGB profile the RGB file's colours are declared in. */
  srgb: Uint8Array;
  meta: PdfMeta;
  /** zlib deflate for the embedded profiles (Node's zlib, or fflate in a browser). */
  deflate: (bytes: Uint8Array) => Uint8Array;
  /** The document's dates: fixed (see fixedDate), so the same input gives the same bytes. */
  date: Date;
}

type Rgb = [number, number, number];
type Cmyk = [number, number, number, number];

export interface WrittenPdf {
  pdf: Uint8Array;
  /** The CMYK file's highest total ink of any colour it paints, in percent (0 for RGB). */
  maxInk: number;
}

/** The page boxes in PDF points, origin bottom left, before any UserUnit scaling. */
export interface PageBoxes {
  media: [number, number, number, number];
  bleed: [number, number, number, number];
  trim: [number, number, number, number];
  /** Points per PDF unit on this page (1 unless the page is larger than MAX_PAGE_PT). */
  userUnit: number;
}

export { SAMPLE_MARK_MM } from "./paper.ts";

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

/** Slug bands above and below the bleed box (sample mark, scale note), centred on the trim. */
function drawSlugBands(
  doc: PDFKit.PDFDocument,
  boxes: PageBoxes,
  bands: { top: string; bottom: string },
  colorCallback: ((c: [Rgb, number]) => [number[], number]) | undefined,
) {
  const u = boxes.userUnit;
  const [tx0, , tx1] = boxes.trim;
  const height = mm(SAMPLE_MARK_MM) / u;
  const slugTop = boxes.media[3] - boxes.bleed[3];
  const gap = (slugTop - height) / 2;
  doc.save();
  doc.scale(1 / u);
  const places: [number, string][] = [
    [gap, bands.top],
    [boxes.media[3] - slugTop + gap, bands.bottom],
  ];
  for (const [y, svg] of places) {
    SVGtoPDF(doc, svg, tx0 * u, y * u, {
      assumePt: true,
      width: (tx1 - tx0) * u,
      height: height * u,
      ...(colorCallback ? { colorCallback } : {}),
    });
  }
  doc.restore();
}

/** The chunks pdfkit wrote, as one array (pdfkit's browser build writes no Buffers). */
function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** Draws each SVG (the bleed box at real size) on its own page and returns the PDF bytes. */
export async function writePdf(pages: string[], options: PdfOptions): Promise<WrittenPdf> {
  const date = options.date;
  const bands =
    options.mark || options.note
      ? { top: options.mark ?? options.note ?? "", bottom: options.note ?? options.mark ?? "" }
      : undefined;
  const id = await documentId(
    JSON.stringify([pages, options.trim, options.bleedMm, bands, Boolean(options.inks)]),
  );
  const info = {
    Title: options.meta.title,
    Author: options.meta.author,
    Subject: options.meta.subject,
    Creator: "Pingan print kit",
    Producer: "Pingan (pdfkit, svg-to-pdfkit, Little CMS)",
  };
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default Helvetica: the artwork is outlines, and a font nothing uses is preflight noise.
    font: null as unknown as string,
    pdfVersion: "1.7",
    lang: options.meta.lang,
    displayTitle: true,
    compress: true,
    info: { ...info, CreationDate: date, ModDate: date, ...pdfxInfo() },
  });
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  let maxInk = 0;
  const done = new Promise<WrittenPdf>((resolve, reject) => {
    doc.on("end", () => resolve({ pdf: concat(chunks), maxInk }));
    doc.on("error", reject);
  });

  const boxes = pageBoxes({ ...options, mark: bands?.top });
  const u = boxes.userUnit;
  const bleedPt = mm(options.bleedMm);
  const hex = (rgb: Rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  const inks = options.inks;
  // Opaque always: the templates draw nothing translucent (see templates/common.ts).
  const slugInk = inks
    ? ([rgb]: [Rgb, number]): [number[], number] => [inks.cmyk(hex(rgb)), 1]
    : undefined;
  const artInk = inks
    ? ([rgb]: [Rgb, number]): [number[], number] => {
        const cmyk = inks.cmyk(hex(rgb));
        maxInk = Math.max(maxInk, totalInk(cmyk));
        return [cmyk, 1];
      }
    : undefined;
  const slug = options.cropMarks || bands ? mm(SLUG_MM) : 0;
  for (const svg of pages) {
    // pdfkit takes userUnit (PDF 1.6) but its types do not list it, nor the print boxes.
    doc.addPage({
      size: [boxes.media[2], boxes.media[3]],
      margin: 0,
      userUnit: u,
    } as PDFKit.PDFDocumentOptions);
    if (!inks) useSrgb(doc, options.srgb, options.deflate);
    const page = doc.page.dictionary.data as Record<string, unknown>;
    page["BleedBox"] = boxes.bleed;
    page["TrimBox"] = boxes.trim;
    doc.save();
    doc.scale(1 / u);
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
      ...(artInk ? { colorCallback: artInk } : {}),
    });
    doc.restore();
    // Crop marks in registration (all four inks), in the slug outside the bleed box.
    if (options.cropMarks) {
      drawCropMarks(doc, boxes, bleedPt, inks ? [100, 100, 100, 100] : [0, 0, 0]);
    }
    if (bands) drawSlugBands(doc, boxes, bands, slugInk);
  }
  finishPdfX(doc, options.intent, { date, id, deflate: options.deflate });
  doc.end();
  return done;
}
