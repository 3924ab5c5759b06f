/**
 * Paper, trim and bleed. Print sizes are kept in millimetres, as print shops quote them; the
 * renderers draw in PostScript points (1/72 inch), the unit of PDF, so one Satori pixel is one
 * point and the SVG a template draws is the PDF page at its real size.
 */

export const PT_PER_MM = 72 / 25.4;

/** ISO 216 A sizes, portrait, in millimetres. */
export const paperSizes = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 },
  A2: { widthMm: 420, heightMm: 594 },
} as const;

export type PaperName = keyof typeof paperSizes;
export const paperNames = Object.keys(paperSizes) as PaperName[];

export interface TrimSize {
  widthMm: number;
  heightMm: number;
}

/** What the renderers need to know about the sheet: the finished size and the bleed around it. */
export interface Sheet {
  trim: TrimSize;
  bleedMm: number;
}

export const mm = (value: number): number => value * PT_PER_MM;

/**
 * The height of the sample mark's band in the slug (pdf.ts), and of the preview's mark: the
 * drawing and the PDF writer both need it, and the browser loads them apart.
 */
export const SAMPLE_MARK_MM = 6;

/** The canvas a template draws on: the trim plus the bleed on every side, in points. */
export function canvasSize(sheet: Sheet): { width: number; height: number; bleed: number } {
  const bleed = mm(sheet.bleedMm);
  return {
    width: mm(sheet.trim.widthMm) + 2 * bleed,
    height: mm(sheet.trim.heightMm) + 2 * bleed,
    bleed,
  };
}

/** `A3 (297 × 420 mm)`, `600 × 70 cm`: how the site and the CLI name a size. */
export function describeSize(trim: TrimSize, paper?: string): string {
  const cm = trim.widthMm >= 1000 || trim.heightMm >= 1000;
  const dims = cm
    ? `${trim.widthMm / 10} × ${trim.heightMm / 10} cm`
    : `${trim.widthMm} × ${trim.heightMm} mm`;
  return paper ? `${paper} (${dims})` : dims;
}
