import { describe, expect, it } from "vitest";
import en from "./ui/en.json" with { type: "json" };
import zhCn from "./ui/zh-cn.json" with { type: "json" };
import { parseUiStrings, useTranslations } from "./ui.ts";

describe("UI strings", () => {
  it("have the same keys in every locale", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCn).sort());
  });

  it("reject a missing key, naming the file and the key", () => {
    const { "nav.home": _dropped, ...rest } = en;
    expect(() => parseUiStrings("en", rest)).toThrow(/src\/i18n\/ui\/en\.json[\s\S]*"nav\.home"/);
  });

  it("reject an unknown key", () => {
    expect(() => parseUiStrings("en", { ...en, "nav.homme": "Home" })).toThrow(
      /unknown key\(s\) nav\.homme/,
    );
  });

  it("reject an empty translation", () => {
    expect(() => parseUiStrings("en", { ...en, "nav.home": "" })).toThrow(/"nav\.home".*empty/);
  });

  it("reject placeholders that differ from the primary locale", () => {
    expect(() => parseUiStrings("en", { ...en, "lang.switchTo": "Switch to {lang}" })).toThrow(
      /"lang\.switchTo" must use the placeholders \{language\}/,
    );
  });

  it("fill placeholders", () => {
    expect(useTranslations("en")("pagination.status", { page: 2, pages: 5 })).toBe("Page 2 of 5");
    expect(useTranslations("zh-cn")("pagination.status", { page: 2, pages: 5 })).toBe(
      "第 2 页，共 5 页",
    );
  });
});
