import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { cjkAutolinks, splitLiteralLink } from "./autolinks.ts";

const render = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: [cjkAutolinks] }).html.trim();

describe("literal links in Chinese text", () => {
  it("end at the first Chinese character; the rest stays in the sentence", () => {
    expect(render("打开网址 www.12337.gov.cn；用手机扫描二维码。")).toBe(
      '<p>打开网址 <a href="http://www.12337.gov.cn">www.12337.gov.cn</a>；用手机扫描二维码。</p>',
    );
    expect(render("见 https://www.12337.gov.cn/。")).toBe(
      '<p>见 <a href="https://www.12337.gov.cn/">https://www.12337.gov.cn/</a>。</p>',
    );
  });

  it("drop ASCII punctuation left at the end of the address", () => {
    expect(splitLiteralLink("http://www.12337.gov.cn.%E8%BF%98", "www.12337.gov.cn.还")).toEqual({
      url: "http://www.12337.gov.cn",
      text: "www.12337.gov.cn",
      rest: ".还",
    });
  });

  it("leave written links and links that already end well alone", () => {
    expect(splitLiteralLink("https://example.org/", "举报平台")).toBeUndefined();
    expect(splitLiteralLink("http://www.12337.gov.cn", "www.12337.gov.cn")).toBeUndefined();
    expect(render("[举报平台](https://www.12337.gov.cn/)")).toBe(
      '<p><a href="https://www.12337.gov.cn/">举报平台</a></p>',
    );
  });
});
