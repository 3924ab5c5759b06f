/** The template of each kind of material. */
import type { Draw } from "../../draw/template.ts";
import type { MaterialKind, MaterialSpec } from "../spec.ts";
import { bannerPages } from "./banner.ts";
import { boardPages } from "./board.ts";
import { textFonts, type PrintFonts, type PrintPage } from "./common.ts";
import { leafletPages } from "./leaflet.ts";
import { noticePages } from "./notice.ts";
import { posterPages } from "./poster.ts";

/** The engine's template contract (src/draw/template.ts), from a material to its pages. */
type TemplateOf<K extends MaterialKind> = Draw<Extract<MaterialSpec, { kind: K }>, PrintPage[]>;

const templates: { [K in MaterialKind]: TemplateOf<K> } = {
  poster: posterPages,
  leaflet: leafletPages,
  banner: bannerPages,
  board: boardPages,
  notice: noticePages,
};

/**
 * Draws the pages of any material with the template of its kind, measuring its text in the
 * fonts of its language (see `textFonts`).
 */
export function drawPages(spec: MaterialSpec, fonts: PrintFonts): PrintPage[] {
  return (templates[spec.kind] as TemplateOf<MaterialSpec["kind"]>)(
    spec,
    textFonts(spec.lang, fonts),
  );
}
