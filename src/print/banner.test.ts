import { describe, expect, it } from "vitest";
import { font } from "../draw/fonts.ts";
import { bannerFit, bannerTooLong } from "./banner.ts";

const bold = () => font(700).metrics;

describe("banners", () => {
  it("fit twelve Chinese characters on a 600 × 70 cm banner, not fourteen", () => {
    const twelve = bannerFit("扫黑除恶人人有责守护平安", { widthCm: 600, heightCm: 70 }, bold());
    expect(twelve.fits).toBe(true);
    expect(twelve.maxCharacters).toBe(12);
    const fourteen = bannerFit(
      "打击黑恶势力保障人民安居乐业",
      { widthCm: 600, heightCm: 70 },
      bold(),
    );
    expect(fourteen.fits).toBe(false);
    expect(fourteen.overBy).toBe(2);
  });

  it("set letters at a fixed share of the height, so a longer banner holds more", () => {
    const long = bannerFit("打击黑恶势力保障人民安居乐业", { widthCm: 800, heightCm: 70 }, bold());
    expect(long.fits).toBe(true);
    expect(long.fontSizeCm).toBeCloseTo(43.4);
  });

  it("say how many characters fit and by how many the slogan is over, in both languages", () => {
    const size = { widthCm: 300, heightCm: 70 };
    const message = bannerTooLong(bannerFit("打击黑恶势力 保障人民安居乐业", size, bold()), size);
    expect(message["zh-cn"]).toBe(
      "标语太长：这条 300×70 厘米的横幅一行最多放 6 个字，现在多了 8 个。缩短标语，或把横幅加长（widthCm）",
    );
    expect(message.en).toMatch(
      /^is 8 characters too long for a 300 × 70 cm banner, which holds at most 6/u,
    );
  });
});
