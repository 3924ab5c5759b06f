import { describe, expect, it } from "vitest";
import { citeLaw, isChinese, joinList, routePath } from "./locales.ts";

describe("the locale table's rules", () => {
  it("makes a route's path in a locale under a base, without Vite", () => {
    expect(routePath("zh-cn", "bulletins/x/")).toBe("/bulletins/x/");
    expect(routePath("en", "/bulletins/x/", "/county")).toBe("/county/en/bulletins/x/");
    expect(routePath("en")).toBe("/en/");
  });

  it("tells Chinese from other languages in every spelling used", () => {
    for (const tag of ["zh-cn", "zh-CN", "zh", "zh-Hant", "ZH_cn"])
      expect(isChinese(tag)).toBe(true);
    for (const tag of ["en", "en-GB", "zha", ""]) expect(isChinese(tag)).toBe(false);
  });

  it("joins lists and cites laws as each language writes them", () => {
    expect(joinList("zh-cn", ["记者 甲", "通讯员 乙"], "names")).toBe("记者 甲　通讯员 乙");
    expect(joinList("en", ["Reporter A", "Correspondent B"], "names")).toBe(
      "Reporter A, Correspondent B",
    );
    expect(joinList("zh-cn", ["寻衅滋事", "敲诈勒索"], "clauses")).toBe("寻衅滋事；敲诈勒索");
    expect(citeLaw("zh-cn", "中华人民共和国刑法", "第二百九十四条")).toBe(
      "《中华人民共和国刑法》第二百九十四条",
    );
    expect(citeLaw("en", "Criminal Law", "Article 294")).toBe("Criminal Law, Article 294");
  });
});
