import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import type { ArticleSource } from "../staff/source.ts";
import { wechatBody, wechatHtml, wechatPolicy } from "./article.ts";

const theme = { primary: "#b71c1c" };
const page = "https://campaign.example.net/county/bulletins/x/";

describe("the WeChat article body", () => {
  const body = wechatBody(
    [
      '<h2 id="a" class="heading">举报方式</h2>',
      '<p class="lead" data-x="1" onclick="alert(1)">请上<a href="/county/report/">举报指南</a>查看，<strong>实名</strong>举报严格保密。</p>',
      '<aside class="aside"><p class="aside__title"><strong>提醒</strong></p>紧急情况拨打110。</aside>',
      '<p><img src="/county/_astro/photo.abc.jpg" srcset="x 2x" alt="宣传车" width="800" loading="lazy"><img src="../map.png" alt="地图"></p>',
      '<script>alert(1)</script><style>p{}</style><link rel="stylesheet" href="x.css"><iframe src="x"></iframe>',
      "<div><ul><li>一</li></ul></div>",
    ].join(""),
    page,
    theme,
  );
  const $ = cheerio.load(body, null, false);

  it("keeps no class, id, data or event attribute, and no script, style sheet or frame", () => {
    expect($("[class], [id], [data-x], [onclick]").length).toBe(0);
    expect($("script, style, link, iframe").length).toBe(0);
    expect(body).not.toMatch(/alert|x\.css/);
  });

  it("styles every element inline, boxes included", () => {
    for (const el of $("h2, p, a, strong, li, ul, img").toArray()) {
      expect($(el).attr("style"), $.html(el)).toBeTruthy();
    }
    expect($("h2").attr("style")).toContain("border-left:4px solid #b71c1c");
    const box = $("section").first();
    expect(box.attr("style")).toContain("background:#f6f3ee");
    // The box's title is its heading, in bold like the paragraph it was.
    expect(box.children("h3").first().attr("style")).toContain("font-weight:bold");
    expect($("aside").length).toBe(0);
  });

  it("makes every image and link address absolute, under the site's base", () => {
    expect(
      $("img")
        .toArray()
        .map((img) => $(img).attr("src")),
    ).toEqual([
      "https://campaign.example.net/county/_astro/photo.abc.jpg",
      "https://campaign.example.net/county/bulletins/map.png",
    ]);
    expect($("img").first().attr("alt")).toBe("宣传车");
    expect($("img[srcset], img[width], img[loading]").length).toBe(0);
    expect($("a").attr("href")).toBe("https://campaign.example.net/county/report/");
    // An address that is no URL (a Markdown autolink can swallow the full-width punctuation
    // after it) cannot be judged: the link becomes its text.
    const odd = wechatBody('<p><a href="http://www.12337.gov.cn：打开">x</a></p>', page, theme);
    expect(odd).not.toContain("href");
    expect(odd).toContain(">x</p>");
  });
});

describe("the WeChat article with hostile content", () => {
  const clean = (html: string) => cheerio.load(wechatBody(html, page, theme), null, false);
  const hrefs = (html: string) =>
    clean(html)("a")
      .toArray()
      .map((a) => a.attribs["href"]);

  it("keeps only http(s), mailto and tel links, however the scheme is written", () => {
    const hostile = [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "\u0001javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
      "javascript&colon;alert(1)",
      "jav&#x09;ascript:alert(1)",
      "&#0000106avascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "DATA:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "blob:https://campaign.example.net/x",
      "ftp://example.org/",
    ];
    for (const href of hostile) {
      const html = `<p><a href="${href.replace(/"/gu, "&quot;")}">点这里</a></p>`;
      const $ = clean(html);
      expect($("a").length, href).toBe(0);
      expect($("p").text(), href).toBe("点这里");
    }
    expect(
      hrefs(
        [
          '<a href="HTTPS://Example.org/a">a</a>',
          '<a href="mailto:jubao@example.org">b</a>',
          '<a href="tel:12337">c</a>',
          '<a href="  /county/report/ ">d</a>',
          '<a href="#top">e</a>',
        ].join(""),
      ),
    ).toEqual([
      "https://example.org/a",
      "mailto:jubao@example.org",
      "tel:12337",
      "https://campaign.example.net/county/report/",
      `${page}#top`,
    ]);
  });

  it("keeps only the site's own images", () => {
    const $ = clean(
      [
        '<img src="/county/a.png" alt="a">',
        '<img src="https://campaign.example.net/b.png" alt="b">',
        '<img src="https://evil.example/track.gif" alt="x">',
        '<img src="//evil.example/track.gif" alt="x">',
        '<img src="http://campaign.example.net/c.png" alt="x">',
        '<img src="https://campaign.example.net:8443/c.png" alt="x">',
        '<img src="https://user@campaign.example.net/c.png" alt="x">',
        '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">',
        '<img src="javascript:alert(1)" alt="x">',
        '<img alt="x">',
        '<img src="/county/d.png" onerror="alert(1)" alt="d">',
      ].join(""),
    );
    expect(
      $("img")
        .toArray()
        .map((img) => img.attribs["src"]),
    ).toEqual([
      "https://campaign.example.net/county/a.png",
      "https://campaign.example.net/b.png",
      "https://campaign.example.net/county/d.png",
    ]);
    expect($("[onerror]").length).toBe(0);
  });

  it("drops scripts, frames, forms, foreign content and anything that could run or load", () => {
    const body = wechatBody(
      [
        '<base href="https://evil.example/">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">s</a></svg>',
        '<math><mtext><a href="javascript:alert(1)">m</a></mtext></math>',
        '<object data="x.swf"></object><embed src="x.swf"><applet code="x"></applet>',
        '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">b</button></form>',
        '<video src="x.mp4" onerror="alert(1)"></video><audio src="x.mp3"></audio>',
        '<p onmouseover="alert(1)" style="background:url(javascript:alert(1))">text</p>',
        '<details open ontoggle="alert(1)"><summary>s</summary>d</details>',
        '<marquee onstart="alert(1)">m</marquee>',
        '<!--<script>alert(1)</script>--><noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
        '<p><a href="https://example.org/" target="_blank" rel="opener" ping="https://evil.example/">ok</a></p>',
      ].join(""),
      page,
      theme,
    );
    const $ = cheerio.load(body, null, false);
    expect(
      $("script, base, meta, svg, math, object, embed, applet, form, input, button").length,
    ).toBe(0);
    expect($("video, audio, details, marquee, noscript, textarea, iframe").length).toBe(0);
    expect(body).not.toMatch(
      /javascript|evil\.example|onerror|onmouseover|ontoggle|onstart|x\.swf|<!--/iu,
    );
    expect(
      $("a")
        .toArray()
        .map((a) => Object.keys(a.attribs).sort()),
    ).toEqual([["href", "style"]]);
    expect($("p").first().attr("style")).not.toContain("url(");
    expect($.root().text()).toContain("text");
    // Raw text stays text: escaped, never markup.
    const raw = wechatBody("<textarea><img src=x onerror=alert(1)></textarea>", page, theme);
    expect(raw).toBe("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps the theme colour out of the styles unless it is a colour", () => {
    const body = wechatBody("<h2>x</h2>", page, {
      primary: "red;background:url(https://evil.example/)",
    });
    expect(body).not.toContain("evil");
    expect(body).toContain("border-left:4px solid #b71c1c");
  });
});

describe("the WeChat article document", () => {
  const source: ArticleSource = {
    locale: "en",
    title: 'Gangs & "umbrellas"',
    meta: [
      { label: "Published", value: "30 June 2019" },
      { label: "Source", value: "Rongcheng News Centre" },
    ],
    lead: "A short lead.",
    cover: { src: "https://campaign.example.net/county/_astro/cover.jpg", alt: "A banner" },
    bodyHtml: "<p>Body.</p>",
    facts: [
      { label: "Charges", html: "Organising &amp; leading" },
      { label: "Law cited", html: '<ul class="statutes"><li>Criminal Law, Article 294</li></ul>' },
    ],
    url: page,
    siteName: "Sample County",
    source: "Rongcheng News Centre",
  };
  const html = wechatHtml(source, theme, {
    originalLink: `Read it online: ${page}`,
    labelValue: (label, value) => `${label}: ${value}`,
  });
  const $ = cheerio.load(html);

  it("forbids scripts and anything fetched but the site's own images, in its own policy", () => {
    const policy = $('meta[http-equiv="Content-Security-Policy"]').attr("content");
    expect(policy).toBe(
      "default-src 'none'; img-src https://campaign.example.net; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    expect(wechatPolicy(page)).toBe(policy);
    // Before the title and anything else that could load.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<title>"));
    const foreign = wechatHtml(
      { ...source, cover: { src: "https://evil.example/cover.jpg", alt: "x" } },
      theme,
      { originalLink: "", labelValue: (l, v) => `${l}: ${v}` },
    );
    expect(foreign).not.toContain("evil.example");
  });

  it("is a whole document in the article's language with nothing but inline styles", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect($("title").text()).toBe('Gangs & "umbrellas"');
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect($("[class], style, link, script").length).toBe(0);
    expect($("body [style]").length).toBeGreaterThan(8);
  });

  it("carries the title, meta, cover, lead, body, facts and a link back", () => {
    expect($("h1").text()).toBe('Gangs & "umbrellas"');
    expect($("h1 + p").html()).toBe("Published: 30 June 2019<br>Source: Rongcheng News Centre");
    expect($("img").attr("src")).toBe("https://campaign.example.net/county/_astro/cover.jpg");
    expect(
      $("h2")
        .toArray()
        .map((h) => $(h).text()),
    ).toEqual(["Charges", "Law cited"]);
    expect(html).toContain("Organising &amp; leading");
    expect($("li").text()).toBe("Criminal Law, Article 294");
    expect($("section > p").last().text()).toBe(`Sample CountyRead it online: ${page}`);
  });
});
