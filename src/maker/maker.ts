/**
 * The maker's drawing, loaded when the first preview is drawn: the visitor's material through
 * the print pipeline (src/print/pipeline.ts) in the browser environment (engine.ts), the banner
 * fit rule before drawing, and the files to download. The last drawing is kept, so a download
 * right after a preview draws nothing again.
 */
import lcmsWasm from "lcms-wasm/dist/lcms.wasm?url";
import { bannerFit, type BannerFit } from "../print/banner.ts";
import { PrintFitError } from "../print/layout.ts";
import { drawMaterial, previewSvgs, type DrawnMaterial, type PrintEnv } from "../print/pipeline.ts";
import {
  bannerSizeOk,
  fileStem,
  fill,
  makerSpec,
  type MakerConfig,
  type MakerInput,
} from "./config.ts";
import { browserEnv, codePointText, MissingGlyphs, svgToPng } from "./engine.ts";

export type Preview =
  | { state: "drawn"; svg: string; fit?: BannerFit | undefined }
  | { state: "empty" }
  | { state: "refused"; message: string; fit?: BannerFit | undefined };

let env: Promise<PrintEnv> | undefined;
let last: { key: string; drawn: Promise<DrawnMaterial> } | undefined;

/** Starts loading Satori, the manifest and the layout engine: call when a preview is coming. */
export const prepared = (config: MakerConfig): Promise<PrintEnv> => {
  if (!env) {
    const loading = browserEnv(config.files);
    // A failed load (the connection dropped) is tried again at the next preview.
    loading.catch(() => {
      if (env === loading) env = undefined;
    });
    env = loading;
  }
  return env;
};

/** A banner's fit for the text, by the rule the build applies (src/print/banner.ts). */
function fitOf(config: MakerConfig, input: MakerInput, metrics: PrintEnv["fonts"]): BannerFit {
  return bannerFit(
    input.text.trim(),
    { widthCm: input.widthCm, heightCm: input.heightCm, hemCm: config.banner.press.hemCm },
    metrics.bold,
  );
}

function drawnFor(config: MakerConfig, input: MakerInput, ready: PrintEnv) {
  const key = JSON.stringify(input);
  if (last?.key !== key) {
    last = { key, drawn: drawMaterial(ready, makerSpec(config, input)) };
  }
  return last.drawn;
}

/** The preview of what the visitor typed, or why it cannot be printed. */
export async function preview(config: MakerConfig, input: MakerInput): Promise<Preview> {
  const s = config.strings;
  if (input.text.trim() === "" || (input.kind === "poster" && input.body.trim() === "")) {
    return { state: "empty" };
  }
  if (input.kind === "banner" && !bannerSizeOk(input)) {
    return { state: "refused", message: s.sizeRange };
  }
  const ready = await prepared(config);
  const fit = input.kind === "banner" ? fitOf(config, input, ready.fonts) : undefined;
  if (fit && !fit.fits) {
    return {
      state: "refused",
      fit,
      message: fill(s.tooLong, {
        size: `${input.widthCm}×${input.heightCm}`,
        max: fit.maxCharacters,
        over: fit.overBy,
      }),
    };
  }
  try {
    const drawn = await drawnFor(config, input, ready);
    const [svg] = await previewSvgs(ready, drawn);
    return { state: "drawn", svg: svg ?? "", fit };
  } catch (error) {
    last = undefined;
    if (error instanceof MissingGlyphs) {
      return {
        state: "refused",
        message: fill(s.missing, { chars: error.characters.map(codePointText).join("、") }),
      };
    }
    if (error instanceof PrintFitError) {
      return { state: "refused", message: error.detail[config.locale] };
    }
    throw error;
  }
}

export type Download = "pdf" | "cmyk" | "scale" | "png";

/** A file to save: its bytes, name and type. */
export async function download(
  config: MakerConfig,
  input: MakerInput,
  which: Download,
): Promise<{ bytes: Uint8Array; name: string; type: string }> {
  const ready = await prepared(config);
  const drawn = await drawnFor(config, input, ready);
  const stem = fileStem(input);
  if (which === "png") {
    const [svg] = await previewSvgs(ready, drawn);
    // WeChat shows an image at about 1000 px wide; a banner gets twice that, it is long.
    const width = input.kind === "banner" ? 2000 : 1000;
    return { bytes: await svgToPng(svg ?? "", width), name: `${stem}.png`, type: "image/png" };
  }
  // pdfkit, Little CMS and the press profile: loaded with the first file asked for.
  const [files, colour] = await Promise.all([
    import("../print/pdf-files.ts"),
    import("../print/colour.ts"),
  ]);
  colour.useLittleCmsWasm(lcmsWasm);
  switch (which) {
    case "pdf":
      return {
        bytes: await files.rgbPdf(ready, drawn),
        name: `${stem}.pdf`,
        type: "application/pdf",
      };
    case "cmyk":
      return {
        bytes: await files.cmykPdf(ready, drawn),
        name: `${stem}-cmyk.pdf`,
        type: "application/pdf",
      };
    case "scale":
      return {
        bytes: await files.scalePdf(ready, drawn),
        name: `${stem}-scale-1to10.pdf`,
        type: "application/pdf",
      };
  }
}
