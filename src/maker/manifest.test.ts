// The maker's fonts and metrics against the build's: the same advances for every character, and
// the same SVG from the slices as from the whole font.
import { gzipSync } from "node:zlib";
import satori from "satori";
import { describe, expect, it } from "vitest";
import { div } from "../draw/element.ts";
import { fontManifest, subsets, SLICE_SIZE } from "./font-slices.ts";
import { font, latinFont, satoriFonts, TrueTypeMetrics } from "../draw/fonts.ts";
import { elementToSvg } from "../draw/render.ts";
import { sliceFamily, sliceFileName, sliceOf, TableMetrics } from "./manifest.ts";

const manifest = fontManifest();

describe("the maker's font manifest", () => {
  it("gives every code point the advance and coverage the build's metrics give", () => {
    const latin = manifest.metrics.latin;
    expect(latin, "the Latin font's metrics, for English").toBeDefined();
    for (const [stored, metrics] of [
      [manifest.metrics.regular, font(400).metrics],
      [manifest.metrics.bold, font(700).metrics],
      ...(latin
        ? ([
            [latin.regular, latinFont(400).metrics],
            [latin.bold, latinFont(700).metrics],
          ] as const)
        : []),
    ] as const) {
      const table = new TableMetrics(stored);
      expect(table.unitsPerEm).toBe(metrics.unitsPerEm);
      // Every character the font maps (fonts.test.ts checks the list against the cmap itself),
      // and no other: the table's runs hold as many.
      const mapped = metrics.codePoints();
      const wrong = mapped.filter(
        (cp) => !table.has(cp) || table.advance(cp) !== metrics.advance(cp),
      );
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(stored.runs.reduce((sum, [, count]) => sum + count, 0)).toBe(mapped.length);
      // A character it lacks measures as the missing glyph, as in the build.
      for (const cp of [0x0378, 0xffff, 0x20000, 0x10fffd]) {
        expect(table.has(cp), `U+${cp.toString(16)}`).toBe(false);
        expect(table.advance(cp)).toBe(metrics.advance(cp));
      }
    }
    // Kept small: the page loads it before the first preview (25 kB gzipped with the Latin
    // font's metrics).
    expect(gzipSync(JSON.stringify(manifest)).length).toBeLessThan(30_000);
  });

  it("puts each character in the slice that holds it, under a file name per font version", () => {
    const [font] = manifest.fonts;
    if (!font) throw new Error("no font in the manifest");
    const firstCjk = sliceOf(font, SLICE_SIZE, 0x4e00);
    expect(firstCjk).toBeDefined();
    expect(sliceOf(font, SLICE_SIZE, 0x4e01)).toBe(firstCjk);
    expect(sliceOf(font, SLICE_SIZE, 0x20)).toBe(0);
    expect(sliceOf(font, SLICE_SIZE, 0xe000)).toBeUndefined();
    expect(sliceFileName(font, 3)).toMatch(/^noto-sans-sc-(400|700)-[0-9a-f]{12}-3\.ttf$/u);
  });

  it("draws the same SVG from slices, each its own family, as from the whole font", async () => {
    const text = "扫黑除恶 人人有责！Report AVA 12337，“守护平安”";
    const element = div(
      {
        display: "flex",
        flexDirection: "column",
        width: 900,
        height: 200,
        fontFamily: "Noto Sans SC",
      },
      [div({ fontSize: 36, fontWeight: 700 }, text), div({ fontSize: 24, fontWeight: 400 }, text)],
    );
    const whole = await elementToSvg(element, 900, 200);
    const fonts: { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }[] = [];
    for (const [index, font] of manifest.fonts.entries()) {
      const source = satoriFonts()[index];
      if (!source) throw new Error("manifest and fonts differ");
      const bySlice = new Map<number, number[]>();
      for (const char of new Set(text)) {
        const cp = char.codePointAt(0) ?? 0;
        const slice = sliceOf(font, SLICE_SIZE, cp);
        if (slice === undefined) continue;
        bySlice.set(slice, [...(bySlice.get(slice) ?? []), cp]);
      }
      // Each slice holds its hundred code points; these are enough to draw the text.
      const slices = [...bySlice.keys()];
      const bytes = await subsets(new Uint8Array(source.data), [...bySlice.values()]);
      slices.forEach((slice, i) => {
        const data = bytes[i];
        if (!data) return;
        expect(new TrueTypeMetrics(Buffer.from(data)).has(bySlice.get(slice)?.[0] ?? 0)).toBe(true);
        fonts.push({
          name: sliceFamily(font, slice),
          data: data.buffer as ArrayBuffer,
          weight: font.weight,
          style: "normal" as const,
        });
      });
    }
    const sliced = await satori(element, { width: 900, height: 200, fonts });
    expect(sliced).toBe(whole);
  });
});
