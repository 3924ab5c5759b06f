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
