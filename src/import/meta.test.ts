import { describe, expect, it } from "vitest";
import {
  extractFields,
  findDate,
  findMonthDay,
  guessPlace,
  isHeadline,
  summarise,
} from "./meta.ts";

describe("labelled fields", () => {
  it("takes 信息来源 off the end of a headline", () => {
    expect(extractFields("港西镇多措并举扎实推进扫黑除恶专项斗争信息来源:荣成市新闻中心")).toEqual({
      fields: [{ name: "source", value: "荣成市新闻中心", raw: "信息来源:荣成市新闻中心" }],
      rest: "港西镇多措并举扎实推进扫黑除恶专项斗争",
    });
  });

  it("reads several fields on one line", () => {
    const { fields, rest } = extractFields(
      "来源：荣成市新闻中心  发布时间：2019-06-30 | 责任编辑：王五",
    );
    expect(rest).toBe("");
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ["source", "荣成市新闻中心"],
      ["date", "2019-06-30"],
      ["editor", "王五"],
    ]);
  });
});

describe("dates", () => {
  it("prefers 发布时间, then a full date in the text", () => {
    const fields = extractFields("发布时间：2019年6月30日").fields;
    expect(findDate(fields, "2018年1月1日以来")?.iso).toBe("2019-06-30");
    expect(findDate([], "截至2019年6月30日，共张贴")?.iso).toBe("2019-06-30");
  });

  it("finds nothing in a month and day alone, but offers it as a hint", () => {
    expect(findDate([], "8月29日晚，中央督导组")).toBeUndefined();
    expect(findMonthDay("8月29日晚，中央督导组")).toBe("8月29日");
  });

  it("refuses impossible dates", () => {
    expect(findDate([], "2019年2月30日")).toBeUndefined();
  });
});

describe("headline, place and summary", () => {
  it("tells a headline from a sentence", () => {
    expect(isHeadline("福建：以更大力度推动扫黑除恶专项斗争向纵深发展")).toBe(true);
    expect(isHeadline("8月29日晚，中央扫黑除恶第4督导组组长到举报受理组驻地。")).toBe(false);
  });

  it("guesses the place a headline names", () => {
    expect(guessPlace("港西镇多措并举扎实推进扫黑除恶专项斗争")).toBe("港西镇");
    expect(guessPlace("福建：以更大力度推动")).toBe("福建");
    expect(guessPlace("全市召开扫黑除恶会议")).toBeUndefined();
  });

  it("summarises with the first sentence, and the second while short", () => {
    expect(summarise(["短句一。短句二。" + "长".repeat(120) + "。"])).toBe("短句一。短句二。");
  });
});

describe("a date in the source line", () => {
  it("is read as the date, and the source keeps only the name", () => {
    for (const line of [
      "来源：某某日报 2019-04-23",
      "来源：某某日报  2019-04-23",
      "来源：某某日报　2019年4月23日 10:20",
      "2019-04-23 来源：某某日报",
    ]) {
      const { fields, rest } = extractFields(line);
      expect(rest, line).toBe("");
      expect(fields.find((f) => f.name === "source")?.value, line).toBe("某某日报");
      expect(findDate(fields, "")?.iso, line).toBe("2019-04-23");
    }
  });
});
