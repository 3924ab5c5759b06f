/**
 * The print pipeline (pipeline.ts) in Node, as the build, `npm run print` and the studio run
 * it: fonts from the font package, Satori's Node build, resvg for the previews, the profiles
 * from disk and Node's zlib.
 */
import { deflateSync } from "node:zlib";
import { assertGlyphs } from "../draw/fonts.ts";
import { elementToSvg, svgToPng, templateFonts } from "../draw/render.ts";
import type { InkTable } from "./colour.ts";
import { fixedDate } from "./date.ts";
import { preflightWith, pressInksOf, renderFiles } from "./pdf-files.ts";
import { drawMaterialPages, drawPageSvg, type PrintEnv } from "./pipeline.ts";
import type { Preflight } from "./preflight.ts";
import { profileBytes, srgbProfile, type Press } from "./press.ts";
import type { MaterialSpec } from "./spec.ts";
import type { PrintPage } from "./templates/common.ts";

export { pdfMeta } from "./pdf-files.ts";
export {
  PREVIEW_WIDTH,
  SAMPLE_MARK,
  previewHeight,
  printableSpec,
  trimmedSvg,
} from "./pipeline.ts";

let env: PrintEnv | undefined;

/** The Node environment, made once per thread (the fonts are read on first use). */
export function nodePrintEnv(): PrintEnv {
  env ??= {
    fonts: templateFonts(),
    assertGlyphs,
    elementToSvg,
    svgToPng: (svg, width) => Promise.resolve(svgToPng(svg, width)),
    pressProfile: (press) => Promise.resolve(profileBytes(press)),
    srgbProfile: () => Promise.resolve(srgbProfile()),
    deflate: (bytes) => deflateSync(bytes),
    // Read at each file: a release sets SOURCE_DATE_EPOCH after this module is loaded.
    get date() {
      return fixedDate();
    },
  };
  return env;
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

export function materialPages(spec: MaterialSpec): PrintPage[] {
  return drawMaterialPages(nodePrintEnv(), spec);
}

/** The page as SVG, the QR codes drawn in as paths. */
export function pageSvg(spec: MaterialSpec, page: PrintPage): Promise<string> {
  return drawPageSvg(nodePrintEnv(), spec, page);
}

/** The ink table of the material's press (Little CMS and its profile, loaded once a thread). */
export function pressInks(press: Press): Promise<InkTable> {
  return pressInksOf(nodePrintEnv(), press);
}

/** The preflight note without drawing: what the material page shows. */
export function materialPreflight(spec: MaterialSpec): Promise<Preflight> {
  return preflightWith(nodePrintEnv(), spec);
}

const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

export async function renderMaterial(spec: MaterialSpec): Promise<RenderedMaterial> {
  const files = await renderFiles(nodePrintEnv(), spec);
  return {
    ...files,
    pdf: buffer(files.pdf),
    cmykPdf: buffer(files.cmykPdf),
    scalePdf: files.scalePdf && buffer(files.scalePdf),
    previews: files.previews.map(buffer),
  };
}
