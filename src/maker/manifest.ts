/**
 * What the banner and poster maker knows of the print fonts before it loads any glyph: the
 * advance width of every character the templates fit text with, and which slice file holds
 * each character's outlines. Made at build time from the very fonts `npm run print` uses
 * (src/maker/font-slices.ts); read in the browser. Pure data and arithmetic, no I/O.
 */
import type { FontMetrics } from "../draw/typography.ts";

/** Runs of consecutive code points with the same advance: `[first, count, advance]`. */
export type AdvanceRun = [number, number, number];

export interface MetricsTable {
  unitsPerEm: number;
  runs: AdvanceRun[];
  /** The advance of a character the font lacks (its `.notdef` glyph's). */
  missing: number;
}

/** One font Satori draws with, cut into slices of SLICE_SIZE code points each. */
export interface SlicedFont {
  /** Satori's family name for the whole font (each slice gets its own, see sliceFamily). */
  name: string;
  weight: 400 | 700;
  /** The first 12 hex digits of the file's SHA-256: a new font version gets new file names. */
  sha: string;
  /** The code points it maps, as `[first, count]` runs in order. */
  coverage: [number, number][];
}

export interface FontManifest {
  /** Code points (of those a font maps, in order) per slice file. */
  sliceSize: number;
  fonts: SlicedFont[];
  /** The metrics the templates fit text with (src/draw/render.ts templateFonts). */
  metrics: {
    regular: MetricsTable;
    bold: MetricsTable;
    /** The Latin font English print is set in. */
    latin?: { regular: MetricsTable; bold: MetricsTable } | undefined;
  };
}

/**
 * A slice's file name: `noto-sans-sc-700-1a2b3c4d5e6f-42.ttf`. Each name is one version of one
 * slice, so a browser may keep it for ever.
 */
export function sliceFileName(font: SlicedFont, slice: number): string {
  const family = font.name.toLowerCase().replace(/[^a-z0-9]+/gu, "-");
  return `${family}-${font.weight}-${font.sha}-${slice}.ttf`;
}

/**
 * Satori keeps one font per family name and weight, and falls back through every font it has
 * for a character the named family lacks, so each slice is registered as a family of its own.
 */
export const sliceFamily = (font: SlicedFont, slice: number): string => `${font.name} ${slice}`;

/** The slice of `font` that holds `codePoint`, or undefined when the font does not map it. */
export function sliceOf(
  font: SlicedFont,
  sliceSize: number,
  codePoint: number,
): number | undefined {
  let before = 0;
  for (const [first, count] of font.coverage) {
    if (codePoint < first) return undefined;
    if (codePoint < first + count) return Math.floor((before + codePoint - first) / sliceSize);
    before += count;
  }
  return undefined;
}

/** Advance widths and coverage from a MetricsTable, as the templates' FontMetrics. */
export class TableMetrics implements FontMetrics {
  readonly unitsPerEm: number;
  readonly #runs: AdvanceRun[];
  readonly #missing: number;

  constructor(table: MetricsTable) {
    this.unitsPerEm = table.unitsPerEm;
    this.#runs = table.runs;
    this.#missing = table.missing;
  }

  #run(codePoint: number): AdvanceRun | undefined {
    let low = 0;
    let high = this.#runs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const run = this.#runs[mid];
      if (!run) break;
      if (codePoint < run[0]) high = mid - 1;
      else if (codePoint >= run[0] + run[1]) low = mid + 1;
      else return run;
    }
    return undefined;
  }

  has(codePoint: number): boolean {
    return this.#run(codePoint) !== undefined;
  }

  /** In font units, as the font file gives it (`.notdef`'s for a character it lacks). */
  advance(codePoint: number): number {
    return this.#run(codePoint)?.[2] ?? this.#missing;
  }
}
