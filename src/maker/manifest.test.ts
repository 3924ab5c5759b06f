// The maker's fonts and metrics against the build's: the same advances for every character, and
// the same SVG from the slices as from the whole font.
import { gzipSync } from "node:zlib";
import satori from "satori";
import { describe, expect, it } from "vitest";
import { div } from "../draw/element.ts";
import { fontManifest, subsets, SLICE_SIZE } from "./font-slices.ts";
import { satoriFonts, TrueTypeMetrics } from "../draw/fonts.ts";
import { elementToSvg, templateFonts } from "../draw/render.ts";
import { sliceFamily, sliceFileName, sliceOf, TableMetrics } from "./manifest.ts";

const manifest = fontManifest();

describe("the maker's font manifest", () => {
  it("gives every code point the advance and coverage the build's metrics give", () => {
    const fonts = templateFonts();
    const latin = manifest.metrics.latin;
    expect(latin, "the Latin font's metrics, for English").toBeDefined();
    for (const [stored, metrics] of [
      [manifest.metrics.regular, fonts.regular],
      [manifest.metrics.bold, fonts.bold],
      ...(latin && fonts.latin
        ? ([
            [latin.regular, fonts.latin.regular],
            [latin.bold, fonts.latin.bold],
          ] as const)
        : []),
    ] as const) {
      const metricsTable = new TableMetrics(stored);
      expect(metricsTable.unitsPerEm).toBe(metrics.unitsPerEm);
      const wrong: number[] = [];
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        if (
          metricsTable.has(cp) !== metrics.has(cp) ||
          metricsTable.advance(cp) !== metrics.advance(cp)
        ) {
          wrong.push(cp);
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
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
