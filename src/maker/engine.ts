/**
 * The print pipeline's environment in a browser (src/print/pipeline.ts PrintEnv): Satori's
 * standalone build with its layout WebAssembly, the print fonts as slices fetched as the text
 * needs them, the profiles and Little CMS from this site, fflate for deflate and a canvas for
 * PNGs. Every file comes from the site itself; what is typed never leaves the page.
 */
import satori, { init } from "satori/standalone";
import layoutWasm from "satori/layout.wasm?url";
import { zlibSync } from "fflate";
import type { Child, Element } from "../draw/element.ts";
import {
  TableMetrics,
  sliceFamily,
  sliceFileName,
  sliceOf,
  type FontManifest,
  type SlicedFont,
} from "./manifest.ts";
import { fixedDate } from "../print/date.ts";
import type { PrintEnv } from "../print/pipeline.ts";

/** Where the maker's files are: the font manifest and slices, and the two ICC profiles. */
export interface MakerFiles {
  /** The folder of the slices and the manifest, ending in `/`. */
  fonts: string;
  press: string;
  srgb: string;
}

/** `"𠀀" (U+20000)`: a character as the reader sees it, with its code point to look it up by. */
export const codePointText = (char: string): string =>
  `"${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`;

/** Characters the print fonts do not have, with their code points, to show the reader. */
export class MissingGlyphs extends Error {
  readonly characters: string[];
  constructor(characters: string[]) {
    super(`The print font has no glyph for ${characters.map(codePointText).join(", ")}`);
    this.name = "MissingGlyphs";
    this.characters = characters;
  }
}

/** Joiners, variation selectors and spaces draw nothing: the font need not have them. */
const CONTROL = /[\s\u200b-\u200d\u2060\ufe0e\ufe0f]/u;

type Weight = 400 | 700;

const weightOf = (value: unknown, inherited: Weight): Weight => {
  if (value === undefined) return inherited;
  const number = value === "bold" ? 700 : value === "normal" ? 400 : Number(value);
  // CSS font matching between the two weights there are.
  return number >= 550 ? 700 : 400;
};

/** Every character of a tree with the weight it is drawn in. */
function charactersOf(node: Child | Child[] | undefined, weight: Weight, out: Set<string>): void {
  if (node === undefined) return;
  if (typeof node === "string") {
    for (const char of node) out.add(`${weight}:${char}`);
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) charactersOf(child, weight, out);
    return;
  }
  charactersOf(node.props.children, weightOf(node.props.style?.["fontWeight"], weight), out);
}

interface SatoriFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** Loads Satori's layout engine and the font manifest: what the first preview waits for. */
export async function browserEnv(files: MakerFiles): Promise<PrintEnv> {
  // Bytes, not a Response: a host that serves .wasm without its MIME type would make
  // instantiateStreaming fail (and say so in the console) before the fallback works.
  const [manifest] = await Promise.all([
    fetch(`${files.fonts}manifest.json`).then((r) => r.json() as Promise<FontManifest>),
    fetchBytes(layoutWasm).then((bytes) => init(bytes)),
  ]);
  const { latin } = manifest.metrics;
  const fonts = {
    regular: new TableMetrics(manifest.metrics.regular),
    bold: new TableMetrics(manifest.metrics.bold),
    latin: latin && {
      regular: new TableMetrics(latin.regular),
      bold: new TableMetrics(latin.bold),
    },
  };
  /** Loaded slices by `font index:slice`, kept in one order: Satori falls back in that order. */
  const loaded = new Map<string, Promise<SatoriFont>>();
  const order = (key: string) => key.split(":").map(Number) as [number, number];

  const slice = (index: number, font: SlicedFont, n: number): Promise<SatoriFont> => {
    const key = `${index}:${n}`;
    let entry = loaded.get(key);
    if (!entry) {
      entry = fetchBytes(`${files.fonts}${sliceFileName(font, n)}`).then((data) => ({
        name: sliceFamily(font, n),
        data,
        weight: font.weight,
        style: "normal" as const,
      }));
      // A failed fetch is tried again next time.
      entry.catch(() => loaded.delete(key));
      loaded.set(key, entry);
    }
    return entry;
  };

  /** The slices holding every character of the tree in its weight. */
  async function fontsFor(element: Element): Promise<SatoriFont[]> {
    const wanted = new Set<string>();
    charactersOf(element, 400, wanted);
    const loads: Promise<SatoriFont>[] = [];
    for (const entry of wanted) {
      const weight = Number(entry.slice(0, 3)) as Weight;
      const cp = entry.slice(4).codePointAt(0) ?? 0;
      manifest.fonts.forEach((font, index) => {
        if (font.weight !== weight) return;
        const n = sliceOf(font, manifest.sliceSize, cp);
        if (n !== undefined) loads.push(slice(index, font, n));
      });
    }
    await Promise.all(loads);
    // Each slice is a family of its own, so Satori falls back through them in this order: the
    // page's own family first (Noto Sans for English), as it would name that family in Node.
    const family = element.props.style?.["fontFamily"];
    const rank = (index: number) => (manifest.fonts[index]?.name === family ? 0 : 1);
    const keys = [...loaded.keys()].sort((a, b) => {
      const [fa, sa] = order(a);
      const [fb, sb] = order(b);
      return rank(fa) - rank(fb) || fa - fb || sa - sb;
    });
    return Promise.all(keys.map((key) => loaded.get(key) as Promise<SatoriFont>));
  }

  const profiles = new Map<string, Promise<Uint8Array>>();
  const profile = (url: string) => {
    let bytes = profiles.get(url);
    if (!bytes) {
      bytes = fetchBytes(url).then((data) => new Uint8Array(data));
      profiles.set(url, bytes);
    }
    return bytes;
  };

  return {
    fonts,
    assertGlyphs(_where, text) {
      const missing = new Set<string>();
      for (const char of text) {
        if (CONTROL.test(char)) continue;
        const cp = char.codePointAt(0) ?? 0;
        if (!fonts.regular.has(cp) || !fonts.bold.has(cp)) missing.add(char);
      }
      if (missing.size > 0) throw new MissingGlyphs([...missing]);
    },
    async elementToSvg(element, width, height) {
      const satoriFonts = await fontsFor(element);
      return satori(element as unknown as Parameters<typeof satori>[0], {
        width,
        height,
        fonts: satoriFonts,
      });
    },
    svgToPng: (svg, width) => svgToPng(svg, width),
    // The bytes were checked against the hash when the site was built from print.yaml.
    pressProfile: () => profile(files.press),
    srgbProfile: () => profile(files.srgb),
    deflate: (bytes) => zlibSync(bytes),
    date: fixedDate({}),
  };
}

/** An SVG drawn on a canvas `width` pixels wide, as PNG: the browser is the rasteriser. */
export async function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const height = Math.round((width * image.naturalHeight) / image.naturalWidth);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No 2D canvas in this browser.");
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("The browser could not make a PNG.");
  return new Uint8Array(await blob.arrayBuffer());
}

/** An SVG as a `data:` address: the page's CSP allows images from data:, not from blob:. */
export const svgDataUrl = (svg: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
