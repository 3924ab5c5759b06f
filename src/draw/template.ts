/**
 * The contract every template keeps, share image or print material: a pure function from its
 * data and the font metrics to what it draws (an element tree, or a material's pages). No I/O
 * and no clock, so the same input draws the same bytes, which the cache keys rely on.
 */
import type { FontMetrics } from "./typography.ts";

export interface TemplateFonts {
  regular: FontMetrics;
  bold: FontMetrics;
  /** The Latin font (Noto Sans) that English print is set in; see fonts.ts. */
  latin?: { regular: FontMetrics; bold: FontMetrics } | undefined;
}

export type Draw<Data, Drawn> = (data: Data, fonts: TemplateFonts) => Drawn;
