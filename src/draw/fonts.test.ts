import { describe, expect, it } from "vitest";
import { assertGlyphs, font, latinFont, missingGlyphs } from "./fonts.ts";

describe("fonts", () => {
  it("loads each weight once and reuses the same Buffer (Satori caches by identity)", () => {
    expect(font(400).data).toBe(font(400).data);
    expect(font(700).data).not.toBe(font(400).data);
    expect(font(400).metrics.unitsPerEm).toBe(1000);
  });

  it("reads coverage from the cmap, beyond the BMP too", () => {
    const { metrics } = font(400);
    for (const char of "扫黑除恶，。「」《》……€é鑫龘〇𬌗") {
      expect(metrics.has(char.codePointAt(0) ?? 0), char).toBe(true);
    }
    expect(metrics.has(0x20000)).toBe(false);
    expect(metrics.advance("中".codePointAt(0) ?? 0)).toBe(1000);
    expect(metrics.advance(0x20)).toBeGreaterThan(200);
  });

  it("lists the code points it maps, read from the cmap's ranges: those `has` finds", () => {
    for (const { metrics } of [font(400), latinFont(700)]) {
      const probed: number[] = [];
      for (let cp = 0; cp <= 0x10ffff; cp++) if (metrics.has(cp)) probed.push(cp);
      expect(metrics.codePoints()).toEqual(probed);
    }
  });

  it("lists the characters the font cannot draw, once each", () => {
    expect(missingGlyphs("举报😀电话😀𠀀")).toEqual(["😀", "𠀀"]);
    expect(missingGlyphs("Hello, 世界！\n")).toEqual([]);
  });

  it("fails with the page and the character named", () => {
    expect(() => assertGlyphs("Share image of /bulletins/x/", "某村𠀀氏宗祠")).toThrow(
      /^Share image of \/bulletins\/x\/: the font Noto Sans SC has no glyph for "𠀀" \(U\+20000\)/,
    );
    expect(() => assertGlyphs("page", "扫黑除恶")).not.toThrow();
  });
});
