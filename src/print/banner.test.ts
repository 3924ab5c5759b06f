import { describe, expect, it } from "vitest";
import { findBannerProblems } from "../collections/integrity.ts";
import { font } from "../render/fonts.ts";
import { bannerFit } from "./banner.ts";

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

  it("name the banner, what fits and by how much the slogan is too long", () => {
    const slogans = new Map([["s", { "zh-cn": "打击黑恶势力 保障人民安居乐业", en: "x" }]]);
    const problems = findBannerProblems(
      [
        {
          file: "content/print/zh-cn/b.yaml",
          slogan: { id: "s" },
          locale: "zh-cn",
          widthCm: 300,
          heightCm: 70,
        },
      ],
      slogans,
      bold(),
    );
    expect(problems).toEqual([
      {
        file: "content/print/zh-cn/b.yaml",
        field: "slogan",
        message:
          '"打击黑恶势力 保障人民安居乐业" does not fit a 300 × 70 cm banner on one line: at most 6 characters fit, and it is 8 too long. Shorten the slogan, or make the banner longer (widthCm).',
      },
    ]);
    expect(
      findBannerProblems(
        [
          {
            file: "content/print/zh-cn/b.yaml",
            slogan: { id: "gone" },
            locale: "zh-cn",
            widthCm: 600,
            heightCm: 70,
          },
        ],
        slogans,
        bold(),
      )[0]?.message,
    ).toMatch(/names the slogan "gone", which is not in content\/data\/slogans\.yaml/);
  });
});
