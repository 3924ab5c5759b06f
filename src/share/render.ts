/**
 * A share image: its template's element tree, drawn by the engine (src/draw/render.ts), and the
 * cache key of the result, which covers the modules this file loads (src/draw/keys.ts).
 */
import { contentKey, moduleGraphHash, renderFingerprint } from "../draw/keys.ts";
import { textOf, type Element } from "../draw/element.ts";
import { assertGlyphs } from "../draw/fonts.ts";
import { elementToSvg, svgToPng, templateFonts } from "../draw/render.ts";
import type { CardData, Template } from "./templates/card.ts";

/** The element tree of a card; throws, naming `where`, when the font lacks a character. */
export function cardElement(template: Template, data: CardData, where: string): Element {
  const element = template.render(data, templateFonts());
  assertGlyphs(where, textOf(element));
  return element;
}

export async function renderSvg(
  template: Template,
  data: CardData,
  where: string,
): Promise<string> {
  return elementToSvg(cardElement(template, data, where), template.width, template.height);
}

export async function renderPng(
  template: Template,
  data: CardData,
  where: string,
): Promise<Buffer> {
  return svgToPng(await renderSvg(template, data, where), template.width);
}

/** The modules a share image's pixels depend on: this one and what it loads, templates included. */
export const SHARE_ENTRIES = [
  new URL("./render.ts", import.meta.url),
  new URL("./templates/index.ts", import.meta.url),
];

let fingerprint: string | undefined;

/** The engine's fingerprint and the source of every module in SHARE_ENTRIES' import graph. */
export function shareFingerprint(): string {
  fingerprint ??= JSON.stringify({
    engine: renderFingerprint(),
    source: moduleGraphHash(SHARE_ENTRIES),
  });
  return fingerprint;
}

export function cacheKey(templateId: string, data: CardData): string {
  return contentKey(shareFingerprint(), templateId, data);
}
