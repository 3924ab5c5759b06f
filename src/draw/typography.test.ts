import { describe, expect, it } from "vitest";
import { font, latinFont } from "./fonts.ts";
import {
  CLOSING,
  OPENING,
  PRINT_RULES,
  balanceLines,
  breakLines,
  curlyQuotes,
  emWidth,
  fallbackMetrics,
  fitText,
  isWidow,
  spaceMixed,
  splitWords,
  units,
  type FitOptions,
} from "./typography.ts";

const bold = font(700).metrics;

/** Every rule a set of lines must keep, whatever the measure. */
function expectKinsoku(lines: string[]) {
  for (const line of lines) {
    expect(CLOSING.has([...line][0] ?? ""), `"${line}" starts with closing punctuation`).toBe(
      false,
    );
    expect(OPENING.has([...line].at(-1) ?? ""), `"${line}" ends with opening punctuation`).toBe(
      false,
    );
  }
}

const PUNCTUATED =
  "扫黑除恶，人人有责。举报电话：12389！“打财断血”、《反有组织犯罪法》（2022年施行）。";

describe("units", () => {
  it("keeps closing marks with what precedes them and opening marks with what follows", () => {
    expect(units("责。举报（2022").map((u) => u.text)).toEqual(["责。", "举", "报", "（2022"]);
    expect(units("“打财断血”").map((u) => u.text)).toEqual(["“打", "财", "断", "血”"]);
    expect(units("《反有组织犯罪法》").map((u) => u.text)).toEqual([
      "《反",
      "有",
      "组",
      "织",
      "犯",
      "罪",
      "法》",
    ]);
  });

  it("keeps Latin words and numbers whole, with their own punctuation", () => {
    expect(units("COVID-19疫情 3.5% e.g. People’s").map((u) => u.text)).toEqual([
      "COVID-19",
      "疫",
      "情",
      "3.5%",
      "e.g.",
      "People’s",
    ]);
  });

  it("keeps a run of dashes or ellipses together", () => {
    expect(units("好——是……").map((u) => u.text)).toEqual(["好", "——", "是……"]);
  });
});

describe("spaceMixed", () => {
  it("puts a space between Chinese and Latin letters or digits", () => {
    expect(spaceMixed("2019年第3季度COVID-19疫情")).toBe("2019 年第 3 季度 COVID-19 疫情");
  });

  it("keeps existing spaces and adds none next to punctuation", () => {
    expect(spaceMixed("年 2019，2020")).toBe("年 2019，2020");
    expect(spaceMixed("plain English")).toBe("plain English");
  });
});

describe("line breaking", () => {
  it("never starts a line with closing or ends one with opening punctuation, at any measure", () => {
    for (let width = 2; width <= 20; width += 0.5) {
      const lines = breakLines(spaceMixed(PUNCTUATED), width, bold);
      expectKinsoku(lines);
      expect(lines.join("").replace(/ /g, "")).toBe(PUNCTUATED);
    }
  });

  it("moves the character before a closing mark to the next line rather than the mark", () => {
    // Eight characters fit; the ninth is "。", which must not start line two.
    expect(breakLines("扫黑除恶人人有责。", 8.5, bold)).toEqual(["扫黑除恶人人有", "责。"]);
  });

  it("breaks English only at spaces", () => {
    const text = "The Supreme People’s Procuratorate explains protective umbrellas";
    for (let width = 6; width <= 30; width++) {
      for (const line of breakLines(text, width, bold)) {
        for (const word of line.split(" ")) expect(text.split(" ")).toContain(word);
      }
    }
  });

  it("balances title lines without adding one", () => {
    const text = "港西镇多措并举扎实推进扫黑除恶专项斗争";
    const greedy = breakLines(text, 14, bold);
    const even = balanceLines(text, 14, bold);
    expect(greedy.map((l) => [...l].length)).toEqual([14, 5]);
    expect(even.length).toBe(greedy.length);
    expect(even.map((l) => [...l].length)).toEqual([10, 9]);
  });
});

describe("fitText", () => {
  const box: Omit<FitOptions, "text"> = {
    metrics: bold,
    width: 1000,
    height: 320,
    minSize: 40,
    maxSize: 80,
    maxLines: 3,
    lineHeight: 1.25,
  };

  it("uses the largest size for a short title", () => {
    const fitted = fitText({ ...box, text: "举报" });
    expect(fitted).toMatchObject({ size: 80, lines: ["举报"], truncated: false });
  });

  it("shrinks within the limits until the title fits, and never past the box", () => {
    const text =
      "港西镇多措并举扎实推进扫黑除恶专项斗争，2019 年第 3 季度“打财断血”和“拔伞破网”工作成效显著";
    const fitted = fitText({ ...box, text });
    expect(fitted.size).toBeLessThan(80);
    expect(fitted.size).toBeGreaterThanOrEqual(40);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(box.height);
    for (const line of fitted.lines) {
      expect(emWidth(line, bold) * fitted.size).toBeLessThanOrEqual(box.width);
    }
    // One size up would not have fitted.
    const larger = fitText({ ...box, text, maxSize: fitted.size + 1, minSize: fitted.size + 1 });
    expect(larger.truncated).toBe(true);
  });

  it("cuts with an ellipsis only when the smallest size cannot hold the text", () => {
    const text = "扫黑除恶专项斗争".repeat(12);
    const fitted = fitText({ ...box, text, ellipsis: "……" });
    expect(fitted.truncated).toBe(true);
    expect(fitted.size).toBe(40);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines.at(-1)?.endsWith("……")).toBe(true);
    for (const line of fitted.lines) {
      expect(emWidth(line, bold) * 40).toBeLessThanOrEqual(box.width);
    }
    expect(fitText({ ...box, text: "扫黑除恶专项斗争".repeat(3) }).truncated).toBe(false);
  });

  it("does not end cut text with punctuation before the ellipsis", () => {
    const text = `${"扫黑除恶，".repeat(40)}`;
    const fitted = fitText({ ...box, text, ellipsis: "……" });
    expect(fitted.lines.at(-1)).toMatch(/[^，]……$/);
  });

  it("splits a word longer than the line only as a last resort", () => {
    const fitted = fitText({
      ...box,
      maxLines: 2,
      text: "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2),
    });
    expect(fitted.size).toBe(40);
    for (const line of fitted.lines) {
      expect(emWidth(line, bold) * 40).toBeLessThanOrEqual(box.width);
    }
  });

  it("is deterministic: the same input gives the same lines", () => {
    const text = "Sample County Campaign Against Organised Crime 示例县扫黑除恶宣传平台";
    expect(fitText({ ...box, text })).toEqual(fitText({ ...box, text }));
  });
});

describe("print rules", () => {
  const regular = font(400).metrics;
  const LONG =
    "实名举报严格保密，匿名举报同样受理。根据反有组织犯罪法第六十一条，举报人、证人可以不公开真实姓名、住址和工作单位，作证时可以不暴露外貌、真实声音。打击报复举报人的，依法从严惩处。";

  it("keeps Chinese words whole, as Intl.Segmenter finds them", () => {
    expect(units("操纵破坏基层换届选举", PRINT_RULES).map((u) => u.text)).toEqual([
      "操纵",
      "破坏",
      "基层",
      "换",
      "届",
      "选举",
    ]);
    // Latin words and punctuation keep their own rules.
    expect(units("侵吞集体资产 110。", PRINT_RULES).map((u) => u.text)).toEqual([
      "侵吞",
      "集体",
      "资产",
      "110。",
    ]);
  });

  it("knows a widow: one Han character, or one short word", () => {
    for (const line of ["惩。", "员", "（例）", "it.", "110。"])
      expect(isWidow(line), line).toBe(true);
    for (const line of ["惩处。", "organisation.", "the end.", "12337"]) {
      expect(isWidow(line), line).toBe(false);
    }
  });

  it("finds breaks inside words, and none at spaces or word boundaries", () => {
    expect(splitWords(["换届选", "举。"], "换届选举。")).toEqual(["换届选|举。"]);
    expect(splitWords(["cri", "me"], "crime")).toEqual(["cri|me"]);
    expect(splitWords(["the", "crime"], "the crime")).toEqual([]);
    expect(splitWords(["依法从严", "惩处。"], "依法从严惩处。")).toEqual([]);
  });

  it("never leaves a widow or splits a word, at any measure", () => {
    let widowsWithout = 0;
    let splitsWithout = 0;
    for (let width = 6; width <= 30; width += 0.5) {
      const plain = breakLines(LONG, width, regular);
      widowsWithout += isWidow(plain.at(-1) ?? "") ? 1 : 0;
      splitsWithout += splitWords(plain, LONG).length;
      const lines = breakLines(LONG, width, regular, PRINT_RULES);
      expectKinsoku(lines);
      expect(lines.join(""), `at ${width} em`).toBe(LONG);
      expect(isWidow(lines.at(-1) ?? ""), `"${lines.at(-1)}" at ${width} em`).toBe(false);
      expect(splitWords(lines, LONG), `at ${width} em`).toEqual([]);
      for (const line of lines) expect(emWidth(line, regular)).toBeLessThanOrEqual(width + 1e-6);
    }
    // The rules are what makes the difference: without them this text has both.
    expect(widowsWithout).toBeGreaterThan(0);
    expect(splitsWithout).toBeGreaterThan(0);
  });

  it("brings the unit before a widow down", () => {
    const text = "打击报复举报人的，依法从严惩处。";
    expect(breakLines(text, 4, regular).slice(-2)).toEqual(["从严惩", "处。"]);
    expect(breakLines(text, 4, regular, PRINT_RULES).slice(-2)).toEqual(["依法从严", "惩处。"]);
    const box = { text, metrics: regular, width: 40, height: 100, minSize: 10, maxSize: 10 };
    const fitted = fitText({
      ...box,
      maxLines: 6,
      lineHeight: 1.25,
      balance: false,
      rules: PRINT_RULES,
    });
    expect(fitted.lines.at(-1)).toBe("惩处。");
  });
});

describe("English type", () => {
  it("measures in the Latin font, and in Noto Sans SC what it lacks", () => {
    const latin = latinFont(400).metrics;
    const han = font(400).metrics;
    const both = fallbackMetrics(latin, han);
    expect(emWidth("“gang”", both)).toBeCloseTo(emWidth("“gang”", latin), 6);
    expect(emWidth("恶势力", both)).toBeCloseTo(3, 6);
    // Noto Sans SC's curly quotes are full width; Noto Sans's fit Latin text.
    expect(emWidth("“", han)).toBe(1);
    expect(emWidth("“", both)).toBeLessThan(0.5);
  });

  it("curls straight quotes and apostrophes", () => {
    expect(curlyQuotes(`a gang's "protective umbrella"`)).toBe("a gang’s “protective umbrella”");
    expect(curlyQuotes(`("rules") 'work'`)).toBe("(“rules”) ‘work’");
  });
});
