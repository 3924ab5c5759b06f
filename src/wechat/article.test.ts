import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import type { ArticleSource } from "../staff/source.ts";
import { wechatBody, wechatHtml } from "./article.ts";

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
    expect(box.children("p").first().attr("style")).toContain("font-weight:bold");
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
    const odd = wechatBody('<p><a href="http://www.12337.gov.cn：打开">x</a></p>', page, theme);
    expect(odd).toContain('href="http://www.12337.gov.cn：打开"');
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
