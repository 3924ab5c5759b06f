import { describe, expect, it } from "vitest";
import { extractBylines, parseByline } from "./bylines.ts";

describe("bylines", () => {
  it("reads reporters and correspondents", () => {
    expect(parseByline("记者何祖谋 李柯")).toEqual([
      { role: "reporter", name: "何祖谋" },
      { role: "reporter", name: "李柯" },
    ]);
    expect(parseByline("记者 张三 通讯员 严洁")).toEqual([
      { role: "reporter", name: "张三" },
      { role: "correspondent", name: "严洁" },
    ]);
  });

  it("does not take ordinary words for names", () => {
    expect(parseByline("扩大")).toBeUndefined();
    expect(parseByline("记者从市公安局获悉")).toBeUndefined();
  });

  it("moves a trailing parenthesised list of names to authors", () => {
    const result = extractBylines(["第一段。", "最后一段。(记者何祖谋 李柯)"]);
    expect(result.paragraphs).toEqual(["第一段。", "最后一段。"]);
    expect(result.authors.map((a) => a.name)).toEqual(["何祖谋", "李柯"]);
  });

  it("moves 本报讯(…) and 本网讯(…) openings and byline lines", () => {
    expect(extractBylines(["本报讯(记者 张三 通讯员 严洁)8月29日，会议召开。"])).toEqual({
      paragraphs: ["8月29日，会议召开。"],
      authors: [
        { role: "reporter", name: "张三" },
        { role: "correspondent", name: "严洁" },
      ],
      removed: ["本报讯(记者 张三 通讯员 严洁)"],
    });
    expect(extractBylines(["本网讯（通讯员 王五）正文。"]).authors).toEqual([
      { role: "correspondent", name: "王五" },
    ]);
    expect(extractBylines(["通讯员：严洁", "正文。"]).paragraphs).toEqual(["正文。"]);
  });

  it("keeps real parentheses at the end of the text", () => {
    const paragraphs = ["会议由各成员单位(扩大)", "见附件(社区)"];
    expect(extractBylines(paragraphs).paragraphs).toEqual(paragraphs);
  });
});

describe("bylines in the lead", () => {
  const cases: [string, string, [string, string][], string][] = [
    [
      "本报讯（记者 张三 通讯员 李四）近日，",
      "近日，",
      [
        ["reporter", "张三"],
        ["correspondent", "李四"],
      ],
      "simplified, both roles",
    ],
    [
      "本報訊（記者 張三 通訊員 李四）近日，",
      "近日，",
      [
        ["reporter", "張三"],
        ["correspondent", "李四"],
      ],
      "traditional, both roles",
    ],
    ["本网讯（王小明）近日，", "近日，", [["reporter", "王小明"]], "one name, no role"],
    ["本網訊（王小明）近日，", "近日，", [["reporter", "王小明"]], "one name, traditional"],
    [
      "本报讯（王 伟 李柯）近日，",
      "近日，",
      [
        ["reporter", "王伟"],
        ["reporter", "李柯"],
      ],
      "a spaced two-character name",
    ],
    [
      "本报讯（某 某 某某）近日，",
      "近日，",
      [
        ["reporter", "某某"],
        ["reporter", "某某"],
      ],
      "names only, spaced",
    ],
    ["本报讯（通讯员 严洁）近日，", "近日，", [["correspondent", "严洁"]], "correspondent only"],
    [
      "荣成讯（记者　王　伟）近日，",
      "近日，",
      [["reporter", "王伟"]],
      "place 讯, ideographic spaces",
    ],
    [
      "本报讯 记者张三 通讯员李四 报道：近日，",
      "近日，",
      [
        ["reporter", "张三"],
        ["correspondent", "李四"],
      ],
      "without parentheses, 报道",
    ],
    [
      "新华社北京4月23日电（记者 张三）近日，",
      "新华社北京4月23日电 近日，",
      [["reporter", "张三"]],
      "a 电 dateline stays",
    ],
  ];
  it.each(cases)("%s → %s (%s)", (lead, rest, authors) => {
    const result = extractBylines(["![](image:0)", `${lead}会议召开。`, "第二段。"]);
    expect(result.paragraphs).toEqual(["![](image:0)", `${rest}会议召开。`, "第二段。"]);
    expect(result.authors.map((a) => [a.role, a.name])).toEqual(authors);
  });

  it("leaves a lead that only looks like one", () => {
    const text = ["本报讯（据市公安局通报）会议召开。", "据报讯（今年以来，全市）"];
    expect(extractBylines(text).paragraphs).toEqual(text);
  });

  it("reads a byline at the end with roles", () => {
    const result = extractBylines(["正文。", "（记者 张三 通讯员 李 四）"]);
    expect(result.paragraphs).toEqual(["正文。"]);
    expect(result.authors.map((a) => [a.role, a.name])).toEqual([
      ["reporter", "张三"],
      ["correspondent", "李四"],
    ]);
  });
});
