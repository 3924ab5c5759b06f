import { describe, expect, it } from "vitest";
import { fullWidthPunctuation, removeChrome, splitParagraphs } from "./text.ts";

describe("site chrome", () => {
  it("drops the font-size bar, the share bar, ? runs and a lone |, and says what it dropped", () => {
    const { lines, dropped } = removeChrome([
      "字号:A A A 颜色: 标题",
      "正文第一段。 |",
      "第二段??? 继续",
      "分享到:微信 微博 QQ空间",
    ]);
    expect(lines).toEqual([" 标题", "正文第一段。", "第二段 继续", ""]);
    expect(dropped).toEqual(["字号:A A A 颜色:", "|", "???", "分享到:微信 微博 QQ空间"]);
  });

  it("drops a related-articles block to the end", () => {
    const { lines, dropped } = removeChrome(["正文。", "相关文章", "另一篇报道", "", "再一篇"]);
    expect(lines).toEqual(["正文。"]);
    expect(dropped).toEqual(["相关文章", "另一篇报道", "再一篇"]);
  });

  it("keeps question marks and bars that are part of a sentence", () => {
    expect(removeChrome(["如何举报? 拨打12337|官网"]).lines).toEqual(["如何举报? 拨打12337|官网"]);
  });
});

describe("paragraphs", () => {
  it("splits on newlines and on spaces after the end of a sentence", () => {
    expect(splitParagraphs(["第一段。 第二段。   第三段。", "", "第四段"])).toEqual([
      "第一段。",
      "第二段。",
      "第三段。",
      "第四段",
    ]);
  });

  it("splits on ideographic indents and keeps single spaces inside a sentence", () => {
    expect(splitParagraphs(["　　第一段。　　第二段(记者何祖谋 李柯)"])).toEqual([
      "第一段。",
      "第二段(记者何祖谋 李柯)",
    ]);
  });
});

describe("punctuation", () => {
  it("makes ASCII , : ; ! next to Chinese full-width", () => {
    expect(fullWidthPunctuation("福建:以更大力度,推进;“保护伞”;开设!好")).toBe(
      "福建：以更大力度，推进；“保护伞”；开设！好",
    );
    expect(fullWidthPunctuation("共计200次,发放")).toBe("共计200次，发放");
  });

  it("leaves times, numbers, Latin text and parentheses alone", () => {
    const text = "8:00-20:00 1,000 Hello, world 成员(扩大)会议";
    expect(fullWidthPunctuation(text)).toBe(text);
  });
});
