import { describe, expect, it } from "vitest";
import { fullWidthPunctuation, removeChrome, removeStrayMarks, splitParagraphs } from "./text.ts";

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

describe("related-news boxes and paragraphs that start with the word", () => {
  it("keeps a paragraph that starts with 相关新闻 and all after it", () => {
    const lines = [
      "第一段。",
      "相关新闻发布会上，县扫黑办负责人介绍了情况。",
      "第三段。",
      "第四段，共张贴标语450条。",
    ];
    expect(removeChrome(lines)).toEqual({ lines, dropped: [], blocks: [] });
  });

  it("drops a box of short link-like lines at the end, with fields after it kept", () => {
    const { lines, dropped } = removeChrome(
      [
        "正文。",
        "【相关阅读】",
        "- [某县召开推进会](https://a.example/1)",
        "某市开展宣传月 2020-05-01",
        "责任编辑：王五",
      ],
      (line) => line.startsWith("责任编辑"),
    );
    expect(lines).toEqual(["正文。", "责任编辑：王五"]);
    expect(dropped).toEqual([
      "【相关阅读】",
      "- [某县召开推进会](https://a.example/1)",
      "某市开展宣传月 2020-05-01",
    ]);
  });

  it("keeps a 相关新闻 label followed by article text", () => {
    const lines = [
      "正文。",
      "相关新闻",
      "记者从县公安局获悉，今年以来全县共破获涉恶案件12起，抓获犯罪嫌疑人30名。",
    ];
    expect(removeChrome(lines).dropped).toEqual([]);
  });
});

describe("stray question marks", () => {
  it("removes ? at a paragraph start and between sentences, and points at ? inside words", () => {
    expect(removeStrayMarks("?近日，会议召开。?会议要求做实。")).toEqual({
      text: "近日，会议召开。会议要求做实。",
      removed: 2,
      inWords: [],
    });
    expect(removeStrayMarks("？ 据了解，扫黑?恶工作。")).toEqual({
      text: "据了解，扫黑?恶工作。",
      removed: 1,
      inWords: ["据了解扫黑?恶工作"].map(() => "扫黑?恶工作"),
    });
  });

  it("keeps real questions", () => {
    const text = "如何举报？拨打电话。怎么办?";
    expect(removeStrayMarks(text).text).toBe(text);
  });
});

describe("breadcrumbs", () => {
  it("drops a breadcrumb line and keeps text that mentions 首页", () => {
    expect(removeChrome(["当前位置：首页 > 街道动态 > 正文", "首页 > 新闻"]).lines).toEqual([
      "",
      "",
    ]);
    expect(removeChrome(["网站首页改版后，群众可在线举报。"]).lines).toEqual([
      "网站首页改版后，群众可在线举报。",
    ]);
  });
});

describe("site footer", () => {
  it("drops copyright and filing lines, also after a related-articles box", () => {
    const { lines, dropped, blocks } = removeChrome([
      "正文。",
      "相关新闻",
      "某县召开推进会",
      "版权所有 © 2021 东湖新闻网",
      "浙ICP备12345678号 浙公网安备 33010602000001号",
    ]);
    expect(lines).toEqual(["正文。", "", ""]);
    expect(dropped).toHaveLength(4);
    // Only the box weighs in the 5 % rule.
    expect(blocks).toEqual(["相关新闻", "某县召开推进会"]);
  });
});
