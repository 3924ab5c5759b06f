import { afterEach, describe, expect, it } from "vitest";
import { langFromArgs, say, setMessageLocale } from "./messages.ts";

afterEach(() => setMessageLocale("zh-cn"));

describe("messages", () => {
  it("prints Chinese unless told otherwise", () => {
    expect(say({ "zh-cn": "缺少标题", en: "missing title" })).toBe("缺少标题");
    setMessageLocale("en");
    expect(say({ "zh-cn": "缺少标题", en: "missing title" })).toBe("missing title");
  });

  it("reads --lang from a command line", () => {
    expect(langFromArgs([], {})).toBe("zh-cn");
    expect(langFromArgs(["--lang", "en"], {})).toBe("en");
    expect(langFromArgs(["--lang=EN"], {})).toBe("en");
    expect(langFromArgs(["--lang", "zh"], {})).toBe("zh-cn");
    expect(langFromArgs([], { PINGAN_LANG: "en" })).toBe("en");
    expect(() => langFromArgs(["--lang", "fr"], {})).toThrow(/zh-cn/u);
  });
});
