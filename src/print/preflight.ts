/**
 * The preflight note of a material: what a print shop checks before it prints, said on the
 * material's page and in `dist/materials/manifest.json`. Worked out from the laid-out pages
 * (the element trees the PDF is drawn from) and the press profile, so the page can say it
 * before any PDF is drawn:
 *
 * - finished size and bleed; the press profile and the PDF/X version;
 * - total ink: the highest sum of C+M+Y+K of any colour the CMYK file paints, through the profile;
 * - the smallest text, in points;
 * - the QR code's module (one black square) and the farthest distance it scans from. The rule
 *   used: a phone reads a code from at most ten times the code's width (modules only, without
 *   the quiet zone), the rule of thumb QR generators and print guides give; it equals a module
 *   width of at least distance / (10 × modules), e.g. 1.15 mm per module for 3 m with a
 *   version 3 code (29 modules). Closer than the code's width is always fine.
 */
import type { Child, Element } from "../draw/element.ts";
import type { InkTable } from "./colour.ts";
import { totalInk } from "./colour.ts";
import { describeSize, PT_PER_MM } from "./paper.ts";
import { PDFX_VERSION } from "./pdfx.ts";
import { qrMatrix, QUIET_ZONE } from "./qr.ts";
import type { MaterialSpec } from "./spec.ts";
import { palette, type PrintPage } from "./templates/common.ts";

/** Scanning distance per unit of code width: the 10:1 rule above. */
export const QR_DISTANCE_PER_WIDTH = 10;

export interface Preflight {
  /** `A3 (297 × 420 mm)`, `600 × 70 cm`. */
  finishedSize: string;
  bleedMm: number;
  /** The press profile, as print.yaml names it, and its printing condition. */
  profile: string;
  outputCondition: string;
  pdfx: string;
  /** The highest total ink of any colour in the CMYK file, and the limit, in percent. */
  totalInk: number;
  inkLimit: number;
  /** The smallest text on any page, in points (1 pt = 0.353 mm). */
  smallestTextPt: number;
  qr?:
    | {
        modules: number;
        moduleMm: number;
        /** The code's width without its quiet zone. */
        widthMm: number;
        /** How far away a phone still reads it, by the 10:1 rule. */
        maxDistanceM: number;
      }
    | undefined;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Every text's font size, and every colour painted, in one walk of the tree. */
function walk(
  node: Child | Child[] | undefined,
  fontSize: number,
  found: { sizes: number[]; colours: Set<string> },
): void {
  if (node === undefined) return;
  if (typeof node === "string") {
    if (node.trim()) found.sizes.push(fontSize);
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) walk(child, fontSize, found);
    return;
  }
  const element: Element = node;
  const style = element.props.style ?? {};
  for (const key of ["color", "backgroundColor"] as const) {
    const value = style[key];
    if (typeof value === "string" && /^#[0-9a-f]{6}$/iu.test(value)) {
      // Text colour counts only where there is text; a background always paints.
      if (key === "backgroundColor" || hasText(element.props.children)) {
        found.colours.add(value.toLowerCase());
      }
    }
  }
  const size = typeof style["fontSize"] === "number" ? style["fontSize"] : fontSize;
  walk(element.props.children, size, found);
}

function hasText(node: Child | Child[] | undefined): boolean {
  if (node === undefined) return false;
  if (typeof node === "string") return node.trim().length > 0;
  if (Array.isArray(node)) return node.some(hasText);
  return hasText(node.props.children);
}

/** The preflight note of a material laid out as `pages`, on the press of `inks`. */
export function preflightOf(spec: MaterialSpec, pages: PrintPage[], inks: InkTable): Preflight {
  const found = { sizes: [] as number[], colours: new Set<string>() };
  // Satori's default size, for text no template sized (there is none today).
  for (const page of pages) walk(page.element, 16, found);
  const colours = [...found.colours];
  if (pages.some((page) => page.qr.length > 0)) colours.push(palette.text.rgb);
  const ink = Math.max(0, ...colours.map((colour) => totalInk(inks.cmyk(colour))));
  const code = pages.flatMap((page) => page.qr)[0];
  let qr: Preflight["qr"];
  if (code) {
    const modules = qrMatrix(code.url).size;
    const moduleMm = code.size / (modules + 2 * QUIET_ZONE) / PT_PER_MM;
    const widthMm = moduleMm * modules;
    qr = {
      modules,
      moduleMm: round(moduleMm, 2),
      widthMm: round(widthMm),
      maxDistanceM: round((widthMm * QR_DISTANCE_PER_WIDTH) / 1000),
    };
  }
  return {
    finishedSize: describeSize(spec.trim, spec.paper),
    bleedMm: spec.bleedMm,
    profile: spec.press.profileName,
    outputCondition: spec.press.outputCondition,
    pdfx: PDFX_VERSION,
    totalInk: round(ink),
    inkLimit: spec.press.inkLimit,
    smallestTextPt: round(Math.min(...found.sizes)),
    ...(qr ? { qr } : {}),
  };
}
