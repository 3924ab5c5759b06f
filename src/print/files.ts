/**
 * Where a material's files go in `dist/` and what the manifest says about them. Pages link to
 * these paths and the build writes them, so both call the same functions.
 */
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
  cmykPdf?: string | undefined;
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
  spec: Pick<MaterialSpec, "id" | "locale" | "kind" | "cmyk">,
): MaterialFiles {
  const stem = `${MATERIALS_DIR}/${spec.id}/${spec.id}-${spec.locale}`;
  return {
    pdf: `${stem}.pdf`,
    cmykPdf: spec.cmyk ? `${stem}-cmyk.pdf` : undefined,
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
  cmykFile?: string | undefined;
  previews: string[];
  trim: { widthMm: number; heightMm: number };
  bleedMm: number;
  cropMarks: boolean;
  pages: number;
  bytes: number;
}

export function manifestItem(spec: MaterialSpec, bytes: number): ManifestItem {
  const files = materialFiles(spec);
  return {
    id: spec.id,
    kind: spec.kind,
    locale: spec.locale,
    name: spec.name,
    file: files.pdf,
    ...(files.cmykPdf ? { cmykFile: files.cmykPdf } : {}),
    previews: files.previews,
    trim: { widthMm: spec.trim.widthMm, heightMm: spec.trim.heightMm },
    bleedMm: spec.bleedMm,
    cropMarks: spec.cropMarks,
    pages: pageCount(spec),
    bytes,
  };
}
