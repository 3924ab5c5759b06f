import { describe, expect, it } from "vitest";
import { PNG } from "./fixtures/docx.ts";
import { htmlToLines, imageKind, looksLikeMarkup, markdownLinks } from "./markup.ts";

const dataUri = `data:image/png;base64,${PNG.toString("base64")}`;

describe("web pages become Markdown lines", () => {
  it("keeps paragraphs, headings, lists, emphasis and http(s) links", () => {
    const page = htmlToLines(
      `<h1>标题</h1><p>第一段<strong>加粗</strong>和<em>强调</em>，见<a href="https://www.12337.gov.cn/">平台</a>。</p>
       <h2>小标题</h2><ul><li>一</li><li>二</li></ul><ol><li>甲</li><li>乙</li></ol>`,
    );
    expect(page.lines).toEqual([
      "标题",
      "第一段**加粗**和*强调*，见[平台](https://www.12337.gov.cn/)。",
      "## 小标题",
      "- 一",
      "- 二",
      "1. 甲",
      "2. 乙",
    ]);
  });

  it("drops scripts, styles, meta tags, frames and event attributes, and counts them", () => {
    const page = htmlToLines(
      `<head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=https://x.example/"><title>t</title>
       <link rel="stylesheet" href="a.css"><style>p{}</style></head>
       <body onload="go()"><script>alert(1)</script><p onclick="x()" onmouseover="y()">正文。</p>
       <iframe src="https://ads.example/"></iframe><!-- 注释 --><noscript>请开启脚本</noscript></body>`,
    );
    expect(page.lines).toEqual(["正文。"]);
    expect(page.removed).toMatchObject({
      scripts: 2,
      styles: 2,
      meta: 2,
      refresh: ["0;url=https://x.example/"],
      events: 3,
      embeds: 1,
      comments: 1,
    });
  });

  it("keeps the text of a page wrapped in a form (ASP.NET sites), dropping only its controls", () => {
    const page = htmlToLines(
      `<form id="form1"><p>正文第一段。</p><input type="text" value="搜索"><button>提交</button><p>第二段。</p></form>`,
    );
    expect(page.lines).toEqual(["正文第一段。", "第二段。"]);
    expect(page.removed.embeds).toBe(2);
  });

  it("keeps the text of links that are not http(s), and drops the address", () => {
    const page = htmlToLines(
      `<p><a href="javascript:alert(1)">点此</a>、<a href="mailto:a@b.cn">来信</a>、<a href="/x.html">站内</a></p>`,
    );
    expect(page.lines).toEqual(["点此、来信、站内"]);
    expect(page.removed.links).toEqual(["javascript:alert(1)", "mailto:a@b.cn", "/x.html"]);
  });

  it("imports embedded images, drops remote ones, and takes a caption as alt text", () => {
    const page = htmlToLines(
      `<p>正文。</p><img src="${dataUri}"><p>图为宣传活动现场</p><img src="https://cdn.example/a.jpg" alt="远程">
       <figure><img src="${dataUri}" alt=""><figcaption>宣传车进村</figcaption></figure>
       <img src="data:image/x-emf;base64,AAAA">`,
    );
    expect(page.lines).toEqual([
      "正文。",
      "![图为宣传活动现场](image:0)",
      "图为宣传活动现场",
      "![宣传车进村](image:1)",
      "宣传车进村",
    ]);
    expect(page.images.map((i) => [i.ext, i.alt])).toEqual([
      ["png", "图为宣传活动现场"],
      ["png", "宣传车进村"],
    ]);
    expect(page.removed.remoteImages).toEqual(["https://cdn.example/a.jpg"]);
    expect(page.removed.badImages).toHaveLength(1);
  });

  it("keeps line breaks of text pasted with its markup", () => {
    expect(looksLikeMarkup("标题\n<p>正文</p>")).toBe(true);
    expect(looksLikeMarkup("如果 a<b 且 b>c")).toBe(false);
    const page = htmlToLines("标题\n<script>x</script>第一段。\n第二段。", { keepNewlines: true });
    expect(page.lines).toEqual(["标题", "第一段。", "第二段。"]);
  });

  it("takes the <title> when the page has no <h1>", () => {
    expect(htmlToLines("<title>某镇召开会议_某某网</title><p>正文。</p>").pageTitle).toBe(
      "某镇召开会议_某某网",
    );
  });
});

describe("Markdown links in text", () => {
  it("keeps http(s) links, unlinks the rest, and imports local images", () => {
    const result = { images: [], removed: htmlToLines("").removed };
    const lines = markdownLinks(
      [
        "见[平台](https://www.12337.gov.cn)和[这里](javascript:alert(1))。",
        "![现场](photo.png)",
        "![远程](http://x.example/a.png)",
      ],
      result,
      (src) => (src === "photo.png" ? PNG : undefined),
    );
    expect(lines).toEqual(["见[平台](https://www.12337.gov.cn)和这里。", "![现场](image:0)", ""]);
    expect(result.removed.links).toEqual(["javascript:alert(1)"]);
    expect(result.removed.remoteImages).toEqual(["http://x.example/a.png"]);
  });

  it("tells image formats a page can show", () => {
    expect(imageKind(PNG)).toBe("png");
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpg");
    expect(imageKind(new Uint8Array([1, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46]))).toBeUndefined();
  });
});
