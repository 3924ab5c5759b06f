import { describe, expect, it } from "vitest";
import { chainFits, containsAll, excerptAround, highlight, normalise, planQuery } from "./query.ts";

describe("query planning", () => {
  it("covers a Chinese run with pairs, overlapping only at an odd end", () => {
    const [odd] = planQuery("黑除恶").terms;
    expect(odd?.tokens).toEqual([
      { text: "黑除", kind: "pair" },
      { text: "除恶", kind: "pair" },
    ]);
    expect(odd?.chains).toEqual([{ tokens: [0, 1], gaps: [1] }]);
    const [even] = planQuery("扫黑除恶").terms;
    expect(even?.tokens.map((t) => t.text)).toEqual(["扫黑", "除恶"]);
    expect(even?.chains).toEqual([{ tokens: [0, 1], gaps: [2] }]);
    const [long] = planQuery("扫黑除恶专项斗争").terms;
    expect(long?.tokens.map((t) => t.text)).toEqual(["扫黑", "除恶", "专项", "斗争"]);
  });

  it("splits terms on spaces (all required) and drops duplicates and bare punctuation", () => {
    expect(planQuery("  港西　宣传 港西 ， ").terms.map((t) => t.needle)).toEqual(["港西", "宣传"]);
  });

  it("drops a term found inside another: the longer one implies it", () => {
    expect(planQuery("扫黑 扫黑除恶 宣传").terms.map((t) => t.needle)).toEqual([
      "扫黑除恶",
      "宣传",
    ]);
  });

  it("looks up only the pairs of a term that has any: its text check covers the rest", () => {
    const [term] = planQuery("王某12平台").terms;
    expect(term?.tokens).toEqual([
      { text: "王某", kind: "pair" },
      { text: "平台", kind: "pair" },
    ]);
    expect(term?.needle).toBe("王某12平台");
  });

  it("looks up numbers, Latin words and single characters as words", () => {
    expect(planQuery("12337").terms[0]?.tokens).toEqual([{ text: "12337", kind: "word" }]);
    expect(planQuery("LED屏").terms[0]?.tokens).toEqual([
      { text: "屏", kind: "word" },
      { text: "led", kind: "word" },
    ]);
    expect(planQuery("黑").terms[0]?.tokens).toEqual([{ text: "黑", kind: "word" }]);
  });

  it("repeats no lookup for a repeated pair", () => {
    const [term] = planQuery("哈哈哈").terms;
    expect(term?.tokens).toEqual([{ text: "哈哈", kind: "pair" }]);
    expect(term?.chains).toEqual([{ tokens: [0, 0], gaps: [1] }]);
  });

  it("folds full-width forms and case", () => {
    expect(normalise("ＬＥＤ屏 １２３３７")).toBe("led屏12337");
    expect(normalise("扫黑\u200b除恶")).toBe("扫黑除恶");
  });
});

describe("pair positions", () => {
  it("accept a pair at most as many words on as it is characters on", () => {
    expect(chainFits([[9], [9, 30], [10]], [1, 1])).toBe(true);
    expect(chainFits([[3, 40], [41]], [1])).toBe(true);
    expect(chainFits([[3], [5]], [2])).toBe(true);
  });

  it("reject pairs that are too far apart, or before", () => {
    expect(chainFits([[9], [11]], [1])).toBe(false);
    expect(chainFits([[9], [12]], [2])).toBe(false);
    expect(chainFits([[9], [8]], [2])).toBe(false);
  });
});

describe("containment and display", () => {
  const plan = planQuery("黑除恶 12337");

  it("require every term in the page text, ignoring white space", () => {
    expect(containsAll("扫黑\u200b除恶。请登录 12337 平台", plan)).toBe(true);
    expect(containsAll("扫黑，除恶。12337", plan)).toBe(false);
    expect(containsAll("扫黑除恶", plan)).toBe(false);
  });

  it("mark each occurrence in escaped text", () => {
    expect(highlight("<b>扫黑除恶</b> 12337", plan)).toBe(
      "&lt;b&gt;扫<mark>黑除恶</mark>&lt;/b&gt; <mark>12337</mark>",
    );
    expect(highlight("扫黑 除恶", planQuery("黑除"))).toBe("扫<mark>黑 除</mark>恶");
  });

  it("cut an excerpt around the first match", () => {
    const text = `${"甲".repeat(200)}扫黑除恶${"乙".repeat(200)}`;
    const excerpt = excerptAround(text, planQuery("扫黑"), 40);
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt).toContain("扫黑除恶");
    expect([...excerpt.replace(/…/g, "")].length).toBe(40);
  });
});
