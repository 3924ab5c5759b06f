import { describe, expect, it } from "vitest";
import { datedSlug, titleSlug, today } from "./slug.ts";

describe("slugs", () => {
  it("spells the first six characters of a Chinese title in pinyin", () => {
    expect(datedSlug("2019-06-30", "港西镇多措并举扎实推进")).toBe(
      "2019-06-30-gang-xi-zhen-duo-cuo-bing",
    );
  });

  it("skips punctuation, converts traditional titles and keeps ASCII words", () => {
    expect(titleSlug("福建：以更大力度")).toBe("fu-jian-yi-geng-da-li");
    expect(titleSlug("鎮長LED屏", 3)).toBe("zhen-zhang-led");
  });

  it("falls back to the date alone", () => {
    expect(datedSlug("2019-06-30", "——")).toBe("2019-06-30");
  });

  it("writes today as an ISO day", () => {
    expect(today(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});
