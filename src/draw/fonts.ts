/**
 * The fonts every image and print renderer uses: Noto Sans SC regular and bold (OFL-1.1, full
 * GB2312/GBK coverage), static TTFs from the `@expo-google-fonts/noto-sans-sc` npm package, so
 * a build never fetches a font and never depends on what the machine has installed. English
 * print sets Latin text in Noto Sans (OFL-1.1, `@expo-google-fonts/noto-sans`), the same
 * design: Noto Sans SC's curly quotes and apostrophes are full width, made for Chinese, and
 * stand apart from English words; Noto Sans has proportional ones. Satori takes a character
 * the Latin font lacks (a Chinese name in English text) from Noto Sans SC.
 *
 * Each file is read once per process: Satori caches a parsed font by the identity of its
 * Buffer, and handing it a fresh copy costs ~300 ms of re-parsing per render.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FontMetrics } from "./typography.ts";

export const FONT_FAMILY = "Noto Sans SC";
/** The family of Latin-script print (English): see above. */
export const LATIN_FAMILY = "Noto Sans";

export type FontWeight = 400 | 700;
export type FontScript = "han" | "latin";

const PACKAGES: Record<FontScript, string> = {
  han: "@expo-google-fonts/noto-sans-sc",
  latin: "@expo-google-fonts/noto-sans",
};

const FILES: Record<FontScript, Record<FontWeight, string>> = {
  han: { 400: "400Regular/NotoSansSC_400Regular.ttf", 700: "700Bold/NotoSansSC_700Bold.ttf" },
  latin: { 400: "400Regular/NotoSans_400Regular.ttf", 700: "700Bold/NotoSans_700Bold.ttf" },
};

/** Where a weight's TTF is; resolved through the package, never through its index.js. */
export function fontPath(weight: FontWeight, script: FontScript = "han"): string {
  const pkg = createRequire(import.meta.url).resolve(`${PACKAGES[script]}/package.json`);
  return join(dirname(pkg), FILES[script][weight]);
}

interface Table {
  offset: number;
  length: number;
}

/**
 * Advance widths and character coverage read straight from a TrueType file's `cmap`, `hmtx`,
 * `hhea` and `head` tables. Only the tables needed are read, on demand, so opening a 10 MB
 * CJK font costs microseconds, and the numbers are the font's own: line breaking and title
 * fitting are deterministic and need no renderer.
 */
export class TrueTypeMetrics implements FontMetrics {
  readonly unitsPerEm: number;
  readonly #data: Buffer;
  readonly #hmtx: Table;
  readonly #numberOfHMetrics: number;
  readonly #lookup: (codePoint: number) => number;
  readonly #mapped: () => number[];
  #codePoints: number[] | undefined;
  readonly #advances = new Map<number, number>();

  constructor(data: Buffer, name = "font") {
    this.#data = data;
    const tables = new Map<string, Table>();
    const count = data.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      const record = 12 + 16 * i;
      tables.set(data.toString("latin1", record, record + 4), {
        offset: data.readUInt32BE(record + 8),
        length: data.readUInt32BE(record + 12),
      });
    }
    const table = (tag: string): Table => {
      const found = tables.get(tag);
      if (!found) throw new Error(`${name} has no "${tag}" table: is it a TrueType font?`);
      return found;
    };
    this.unitsPerEm = data.readUInt16BE(table("head").offset + 18);
    this.#numberOfHMetrics = data.readUInt16BE(table("hhea").offset + 34);
    this.#hmtx = table("hmtx");
    const cmap = cmapOf(data, table("cmap").offset, name);
    this.#lookup = cmap.glyph;
    this.#mapped = cmap.codePoints;
  }

  /** Every code point the font maps to a glyph, ascending: read from the cmap's ranges. */
  codePoints(): readonly number[] {
    this.#codePoints ??= this.#mapped();
    return this.#codePoints;
  }

  /** The glyph index of a code point; 0 (`.notdef`) when the font has none. */
  glyph(codePoint: number): number {
    return this.#lookup(codePoint);
  }

  has(codePoint: number): boolean {
    return this.#lookup(codePoint) !== 0;
  }

  /** The advance width of a code point in font units (that of `.notdef` when missing). */
  advance(codePoint: number): number {
    let width = this.#advances.get(codePoint);
    if (width === undefined) {
      const glyph = this.#lookup(codePoint);
      const index = Math.min(glyph, this.#numberOfHMetrics - 1);
      width = this.#data.readUInt16BE(this.#hmtx.offset + 4 * index);
      this.#advances.set(codePoint, width);
    }
    return width;
  }
}

interface Cmap {
  glyph(codePoint: number): number;
  /** The code points with a glyph, ascending. */
  codePoints(): number[];
}

/** The best Unicode subtable of a cmap: format 12 (full), else 4 (BMP). */
function cmapOf(data: Buffer, cmap: number, name: string): Cmap {
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  const count = data.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const offset = cmap + data.readUInt32BE(record + 4);
    subtables.push({
      platform: data.readUInt16BE(record),
      encoding: data.readUInt16BE(record + 2),
      offset,
      format: data.readUInt16BE(offset),
    });
  }
  const full = subtables.find(
    (s) => s.format === 12 && (s.platform === 0 || (s.platform === 3 && s.encoding === 10)),
  );
  if (full) {
    const groups = data.readUInt32BE(full.offset + 12);
    const start = full.offset + 16;
    const glyph = (codePoint: number) => {
      let low = 0;
      let high = groups - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const group = start + 12 * mid;
        const first = data.readUInt32BE(group);
        const last = data.readUInt32BE(group + 4);
        if (codePoint < first) high = mid - 1;
        else if (codePoint > last) low = mid + 1;
        else return data.readUInt32BE(group + 8) + (codePoint - first);
      }
      return 0;
    };
    const codePoints = () => {
      const out: number[] = [];
      for (let i = 0; i < groups; i++) {
        const group = start + 12 * i;
        const first = data.readUInt32BE(group);
        const last = data.readUInt32BE(group + 4);
        for (let cp = first; cp <= last; cp++) if (glyph(cp) !== 0) out.push(cp);
      }
      return out;
    };
    return { glyph, codePoints };
  }
  const bmp = subtables.find(
    (s) => s.format === 4 && (s.platform === 0 || (s.platform === 3 && s.encoding === 1)),
  );
  if (!bmp) throw new Error(`${name} has no Unicode cmap subtable (format 4 or 12)`);
  const segments = data.readUInt16BE(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const glyph = (codePoint: number) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > data.readUInt16BE(ends + 2 * i)) continue;
      const first = data.readUInt16BE(starts + 2 * i);
      if (codePoint < first) return 0;
      const delta = data.readUInt16BE(deltas + 2 * i);
      const rangeOffset = data.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const at = rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - first);
      const mapped = data.readUInt16BE(at);
      return mapped === 0 ? 0 : (mapped + delta) & 0xffff;
    }
    return 0;
  };
  const codePoints = () => {
    const out: number[] = [];
    for (let i = 0; i < segments; i++) {
      const first = data.readUInt16BE(starts + 2 * i);
      const last = data.readUInt16BE(ends + 2 * i);
      for (let cp = first; cp <= last && cp < 0xffff; cp++) if (glyph(cp) !== 0) out.push(cp);
    }
    return out;
  };
  return { glyph, codePoints };
}

export interface LoadedFont {
  weight: FontWeight;
  path: string;
  data: Buffer;
  metrics: TrueTypeMetrics;
  /** SHA-256 of the file, for cache keys: a font update re-renders every image. */
  sha256: string;
}

const loaded = new Map<string, LoadedFont>();

/** The font of a weight (Noto Sans SC, or with "latin" Noto Sans), read once per process. */
export function font(weight: FontWeight, script: FontScript = "han"): LoadedFont {
  const key = `${script} ${weight}`;
  let entry = loaded.get(key);
  if (!entry) {
    const path = fontPath(weight, script);
    const data = readFileSync(path);
    entry = {
      weight,
      path,
      data,
      metrics: new TrueTypeMetrics(data, path),
      sha256: createHash("sha256").update(data).digest("hex"),
    };
    loaded.set(key, entry);
  }
  return entry;
}

/** The Latin font of a weight (Noto Sans). */
export const latinFont = (weight: FontWeight): LoadedFont => font(weight, "latin");

/**
 * Both weights of both families, in the shape Satori takes. Noto Sans SC comes first: text
 * whose family is not named (share images) falls back to it before Noto Sans.
 */
export function satoriFonts(): {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: "normal";
}[] {
  return (["han", "latin"] as const).flatMap((script) =>
    ([400, 700] as const).map((weight) => ({
      name: script === "han" ? FONT_FAMILY : LATIN_FAMILY,
      data: font(weight, script).data,
      weight,
      style: "normal" as const,
    })),
  );
}

/**
 * Characters the font need not map: line breaking turns every space into U+0020, which it
 * has, and joiners and variation selectors draw nothing.
 */
const CONTROL = /[\s\u200b-\u200d\u2060\ufe0e\ufe0f]/u;

/** The distinct characters of `text` the font cannot draw, in order of first appearance. */
export function missingGlyphs(text: string, metrics: FontMetrics = font(400).metrics): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (CONTROL.test(char)) continue;
    const codePoint = char.codePointAt(0) ?? 0;
    if (!metrics.has(codePoint)) missing.add(char);
  }
  return [...missing];
}

export const codePointLabel = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Throws when any character of `text` is missing from a weight the renderer uses. Satori would
 * otherwise draw an empty box in its place without a word; `where` names the page or item.
 */
export function assertGlyphs(where: string, text: string): void {
  for (const weight of [400, 700] as const) {
    const missing = missingGlyphs(text, font(weight).metrics);
    if (missing.length > 0) {
      const list = missing.map((char) => `"${char}" (${codePointLabel(char)})`).join(", ");
      throw new Error(
        `${where}: the font Noto Sans SC has no glyph for ${list}. Replace ${missing.length > 1 ? "these characters" : "the character"} ` +
          "(for a rare name character, a common variant or a description in words), or the image would show an empty box.",
      );
    }
  }
}
