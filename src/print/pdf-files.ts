/**
 * A drawn material (pipeline.ts) → its print files: the PDF/X-4 file in sRGB, the CMYK file
 * through the press profile, a banner's 1:10 scale file, and, for the build and `npm run
 * print`, the previews and the preflight note. Apart from the drawing so that the maker's page
 * loads pdfkit, Little CMS and the press profile only when a file is downloaded.
 */
import { BANNER_SCALE, scaleNote } from "./banner.ts";
import { inkTable, type InkTable } from "./colour.ts";
import { mm, SAMPLE_MARK_MM } from "./paper.ts";
import { writePdf, type PdfMeta, type PdfOptions } from "./pdf.ts";
import {
  drawMaterial,
  drawMaterialPages,
  PREVIEW_WIDTH,
  previewSvgs,
  sampleMarkSvg,
  slugSvg,
  type DrawnMaterial,
  type PrintEnv,
} from "./pipeline.ts";
import { preflightOf, type Preflight } from "./preflight.ts";
import type { Press } from "./press.ts";
import type { MaterialSpec } from "./spec.ts";
import { palette } from "./templates/common.ts";

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

/** What every file of the material is written with, and the press's ink table. */
async function pdfOptionsOf(
  env: PrintEnv,
  drawn: DrawnMaterial,
): Promise<{ options: PdfOptions; inks: InkTable }> {
  const { spec } = drawn;
  const [profile, srgb] = await Promise.all([env.pressProfile(spec.press), env.srgbProfile()]);
  const inks = await inkTable(spec.press.profileHash, profile, spec.press.inkLimit);
  const options: PdfOptions = {
    trim: spec.trim,
    bleedMm: spec.bleedMm,
    cropMarks: spec.cropMarks,
    mark: drawn.mark,
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
  return { options, inks };
}

/** The print file: sRGB colours, PDF/X-4 for the material's press. */
export async function rgbPdf(env: PrintEnv, drawn: DrawnMaterial): Promise<Uint8Array> {
  const { options } = await pdfOptionsOf(env, drawn);
  return (await writePdf(drawn.svgs, options)).pdf;
}

/** The same file with every colour converted through the press profile. */
export async function cmykPdf(env: PrintEnv, drawn: DrawnMaterial): Promise<Uint8Array> {
  const { options, inks } = await pdfOptionsOf(env, drawn);
  return (await writePdf(drawn.svgs, { ...options, inks })).pdf;
}

/** Banners: the CMYK file at 1:10, its slug saying so. */
export async function scalePdf(env: PrintEnv, drawn: DrawnMaterial): Promise<Uint8Array> {
  const { spec } = drawn;
  const { options, inks } = await pdfOptionsOf(env, drawn);
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
  const { inks } = await pdfOptionsOf(env, drawn);
  const pdf = await rgbPdf(env, drawn);
  const cmyk = await cmykPdf(env, drawn);
  const scale = spec.kind === "banner" ? await scalePdf(env, drawn) : undefined;
  const previews = await Promise.all(
    (await previewSvgs(env, drawn)).map((svg) => env.svgToPng(svg, PREVIEW_WIDTH)),
  );
  const preflight = preflightOf(spec, drawn.pages, inks);
  return { pdf, cmykPdf: cmyk, scalePdf: scale, previews, pages: drawn.svgs.length, preflight };
}
