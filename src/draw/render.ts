/**
 * Element tree → SVG (Satori) → PNG (resvg). Satori draws text as paths with the fonts from
 * fonts.ts, so resvg is told to load no system fonts: that is 3× faster per image and makes
 * the pixels the same on every machine.
 */
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { font, latinFont, satoriFonts } from "./fonts.ts";
import type { Element } from "./element.ts";
import type { TemplateFonts } from "./template.ts";

export function templateFonts(): TemplateFonts {
  return {
    regular: font(400).metrics,
    bold: font(700).metrics,
    latin: { regular: latinFont(400).metrics, bold: latinFont(700).metrics },
  };
}

export async function elementToSvg(
  element: Element,
  width: number,
  height: number,
): Promise<string> {
  return satori(element, { width, height, fonts: satoriFonts() });
}

export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
