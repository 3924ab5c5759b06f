import { afterEach, describe, expect, it, vi } from "vitest";
import { langParam, localeFromParam, localePath, withBase } from "./paths.ts";

describe("page addresses", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("puts the primary locale at the root and English under /en/", () => {
    expect(localePath("zh-cn", "bulletins/")).toBe("/bulletins/");
    expect(localePath("en", "bulletins/")).toBe("/en/bulletins/");
    expect(localePath("en")).toBe("/en/");
    expect(localePath("zh-cn")).toBe("/");
  });

  it("prefixes every address with the base path", () => {
    vi.stubEnv("BASE_URL", "/county/");
    expect(localePath("en", "report/")).toBe("/county/en/report/");
    expect(localePath("zh-cn")).toBe("/county/");
    expect(withBase("theme.css")).toBe("/county/theme.css");
  });

  it("maps route parameters to locales and back", () => {
    expect(langParam("zh-cn")).toBeUndefined();
    expect(langParam("en")).toBe("en");
    expect(localeFromParam(undefined)).toBe("zh-cn");
    expect(localeFromParam("en")).toBe("en");
    expect(() => localeFromParam("fr")).toThrow(/No locale has the URL prefix "fr"/);
  });
});
