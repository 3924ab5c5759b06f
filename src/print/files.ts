/**
 * Where a material's files go in `dist/` and what the manifest says about them. Pages link to
 * these paths and the build writes them, so both call the same functions.
 */
import { scaleNote } from "./banner.ts";
import type { Preflight } from "./preflight.ts";
import { pageCount, type MaterialSpec } from "./spec.ts";

export const MATERIALS_DIR = "materials";
export const MANIFEST = `${MATERIALS_DIR}/manifest.json`;

/**
 * Widths (px) of the WebP copies of each preview the pages show (srcset): a list's thumbnail
 * (7rem) takes the smallest, a phone's full-width preview the middle one. The PNG stays for
 * download and the manifest.
 */
export const PREVIEW_WEBP_WIDTHS = [240, 360, 540] as const;

export interface MaterialFiles {
  pdf: string;
  cmykPdf: string;
  /** Banners: the CMYK file at 1:10 (`…-scale-1to10-600x70cm.pdf`) for large-format shops. */
  scalePdf?: string | undefined;
  previews: string[];
  /** Per preview page, its WebP copies by width (the site's; `npm run print` writes none). */
  webp?: { width: number; path: string }[][] | undefined;
}

/** A `srcset` of one preview page's WebP copies, with the base path applied by `withBase`. */
export function previewSrcset(
  copies: { width: number; path: string }[],
  withBase: (path: string) => string,
): string {
  return copies.map((copy) => `${withBase(copy.path)} ${copy.width}w`).join(", ");
}

/** Paths relative to `dist/` (and to the base path on the site). */
export function materialFiles(
  spec: Pick<MaterialSpec, "id" | "locale" | "kind" | "trim">,
): MaterialFiles {
  const stem = `${MATERIALS_DIR}/${spec.id}/${spec.id}-${spec.locale}`;
  const size = `${spec.trim.widthMm / 10}x${spec.trim.heightMm / 10}cm`;
  return {
    pdf: `${stem}.pdf`,
    cmykPdf: `${stem}-cmyk.pdf`,
    scalePdf: spec.kind === "banner" ? `${stem}-scale-1to10-${size}.pdf` : undefined,
    previews: Array.from({ length: pageCount(spec) }, (_, i) => `${stem}-${i + 1}.png`),
    webp: Array.from({ length: pageCount(spec) }, (_, i) =>
      PREVIEW_WEBP_WIDTHS.map((width) => ({ width, path: `${stem}-${i + 1}-${width}w.webp` })),
    ),
  };
}

/** One item of `dist/materials/manifest.json`. */
export interface ManifestItem {
  id: string;
  kind: MaterialSpec["kind"];
  locale: string;
  name: string;
  file: string;
  cmykFile: string;
  /** Banners: the 1:10 CMYK file, and what its name and slug say (`比例 1:10，实际尺寸 600×70 cm`). */
  scaleFile?: string | undefined;
  scaleNote?: string | undefined;
  previews: string[];
  trim: { widthMm: number; heightMm: number };
  bleedMm: number;
  cropMarks: boolean;
  pages: number;
  bytes: number;
  /** What a print shop checks before printing (preflight.ts). */
  preflight?: Preflight | undefined;
}

export function manifestItem(spec: MaterialSpec, bytes: number): ManifestItem {
  const files = materialFiles(spec);
  const scale = files.scalePdf ? { scaleFile: files.scalePdf, scaleNote: scaleNote(spec) } : {};
  return {
    id: spec.id,
    kind: spec.kind,
    locale: spec.locale,
    name: spec.name,
    file: files.pdf,
    cmykFile: files.cmykPdf,
    ...scale,
    previews: files.previews,
    trim: { widthMm: spec.trim.widthMm, heightMm: spec.trim.heightMm },
    bleedMm: spec.bleedMm,
    cropMarks: spec.cropMarks,
    pages: pageCount(spec),
    bytes,
    ...(spec.preflight ? { preflight: spec.preflight } : {}),
  };
}
