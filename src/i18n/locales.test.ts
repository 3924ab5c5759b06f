import { describe, expect, it } from "vitest";
import {
  defaultLocale,
  isLocale,
  localeCodes,
  localeOfPath,
  locales,
  otherLocales,
} from "./locales.ts";

describe("locale table", () => {
  it("puts the primary locale first, at the site root", () => {
    expect(localeCodes[0]).toBe(defaultLocale);
    expect(locales[defaultLocale].prefix).toBe("");
  });

  it("gives every other locale its own URL prefix", () => {
    const prefixes = localeCodes.filter((c) => c !== defaultLocale).map((c) => locales[c].prefix);
    expect(prefixes.every((p) => /^[a-z-]+$/.test(p))).toBe(true);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it("uses valid BCP 47 tags for <html lang>", () => {
    for (const code of localeCodes) {
      expect(Intl.getCanonicalLocales(locales[code].lang)).toEqual([locales[code].lang]);
    }
    expect(locales["zh-cn"].lang).toBe("zh-CN");
    expect(locales.en.lang).toBe("en");
  });

  it("recognises locale codes", () => {
    expect(isLocale("zh-cn")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("constructor")).toBe(false);
    expect(otherLocales("zh-cn")).toEqual(["en"]);
  });

  it("finds the locale of a site-relative path by its prefix", () => {
    expect(localeOfPath("/en/bulletins/x/")).toBe("en");
    expect(localeOfPath("/en/")).toBe("en");
    expect(localeOfPath("/bulletins/x/")).toBe("zh-cn");
    expect(localeOfPath("/english/")).toBe("zh-cn");
    expect(localeOfPath("/404.html")).toBe("zh-cn");
    expect(localeOfPath("/")).toBe("zh-cn");
  });
});
