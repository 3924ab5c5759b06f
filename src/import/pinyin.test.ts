import { describe, expect, it } from "vitest";
import { removePinyinAnnotations, toSyllable } from "./pinyin.ts";

describe("pinyin annotations", () => {
  it("removes a syllable with tone marks after a traditional character", () => {
    expect(removePinyinAnnotations("推動(dòng)掃黑除惡專項(xiàng)斗爭").text).toBe(
      "推動掃黑除惡專項斗爭",
    );
  });

  it("removes syllables without tone marks, with ü, v or a tone digit", () => {
    const { text, removed } = removePinyinAnnotations("標語(yǔ) 綠(lü) 綠(lv) 動(dong) 動(dong4)");
    expect(text).toBe("標語 綠 綠 動 動");
    expect(removed).toBe(5);
  });

  it("keeps every real parenthesis", () => {
    const real =
      "(记者何祖谋 李柯) 社区(社区) (通讯员 严洁) 成员(扩大)会议 LED(led) 屏(LED) 长度(m) 動(Dong) 動(dòng dòng)";
    expect(removePinyinAnnotations(real).text).toBe(real);
  });

  it("keeps, and reports, a syllable that is not a reading of its character", () => {
    const result = removePinyinAnnotations("附件(a)和動(dòng)");
    expect(result.text).toBe("附件(a)和動");
    expect(result.kept).toEqual(["件(a)"]);
  });

  it("knows what a syllable is", () => {
    expect(toSyllable("zhǎng")).toBe("zhang");
    expect(toSyllable("nǚ")).toBe("nv");
    expect(toSyllable("led")).toBeUndefined();
    expect(toSyllable("n")).toBeUndefined();
  });
});
