/**
 * Staff outputs on the real builds: the ledger page's charts and tables state exactly the
 * figures in content/data/ledger.yaml; the LED feed and its text export carry exactly the
 * active slogans, stay out of the sitemap and search, and are linked from the slogans page;
 * every bulletin and explainer has a WeChat article (inline styles only, absolute addresses)
 * and a broadcast script (plain text, figures as words), except pages shown as a fallback.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { HtmlValidate, type ConfigData } from "html-validate";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadPages, resolveInDist, type BuiltPage } from "./support/dist.ts";
import { copyProject, fixtureContent, projectRoot, runBuild } from "./support/project.ts";

interface Entry {
  kind: string;
  count: number;
  atLeast?: boolean;
  periodStart: Date;
  periodEnd: Date;
  place: Record<"zh-cn" | "en", string>;
}

const wholeLedger = parse(readFileSync(join(fixtureContent, "data/ledger.yaml"), "utf8"), {
  customTags: ["timestamp"],
}) as (Entry & { public?: boolean })[];
/** What the public page shows: tip-offs received stay with the office unless marked public. */
const ledger = wholeLedger.filter((entry) => entry.public ?? entry.kind !== "tipsReceived");

/** `12,300+` / `200余` → 12300, true; `—` → undefined. */
function figure(text: string): { count: number; atLeast: boolean } | undefined {
  const match = /^([\d,]+)(\+|余)?$/.exec(text.trim());
  if (!match) return undefined;
  return { count: Number((match[1] ?? "").replace(/,/g, "")), atLeast: match[2] !== undefined };
}

function sum(entries: Entry[]): { count: number; atLeast: boolean } | undefined {
  if (entries.length === 0) return undefined;
  return {
    count: entries.reduce((total, entry) => total + entry.count, 0),
    atLeast: entries.some((entry) => entry.atLeast === true),
  };
}

const KIND_LABELS: Record<string, Record<"zh-cn" | "en", string>> = {
  slogans: { "zh-cn": "宣传标语（条）", en: "Slogans put up" },
  banners: { "zh-cn": "宣传横幅（条）", en: "Banners hung" },
  boards: { "zh-cn": "宣传板（张）", en: "Display boards" },
  vehicleTrips: { "zh-cn": "宣传车出动（次）", en: "Publicity-vehicle trips" },
  leaflets: { "zh-cn": "明白纸（份）", en: "Leaflets handed out" },
  wechatPosts: { "zh-cn": "微信公众号推送（期）", en: "WeChat posts" },
  ledHours: { "zh-cn": "LED屏滚动播放（小时）", en: "LED screen hours" },
  tipsReceived: { "zh-cn": "群众举报线索（条）", en: "Tip-offs received" },
};

function table(page: BuiltPage, figureId: string) {
  const $ = page.$;
  const section = $(`[data-ledger="${figureId}"]`);
  const headers = section
    .find("thead th")
    .toArray()
    .map((th) => $(th).text().trim());
  const rows = section
    .find("tbody tr")
    .toArray()
    .map((tr) => ({
      header: $(tr).find('th[scope="row"]').text().trim(),
      cells: $(tr)
        .find("td")
        .toArray()
        .map((td) => $(td).text().trim()),
    }));
  const labelsOf = (svg: string) =>
    section
      // The bars' own labels start at the bar's end; category labels (a period broken onto a
      // second line "2019") end at the axis.
      .find(`${svg} text[text-anchor="start"]`)
      .toArray()
      .map((text) => $(text).text().trim())
      .filter((text) => figure(text) !== undefined || text === "—");
  const labels = labelsOf("svg.chart__svg--wide");
  // The narrow chart for phones draws the same bars, one panel a row.
  expect(labelsOf("svg.chart__svg--narrow")).toEqual(labels);
  return { section, headers, rows, labels };
}

interface Slogan {
  "zh-cn": string;
  en: string;
  active?: boolean;
}

const activeSlogans = (
  parse(readFileSync(join(fixtureContent, "data/slogans.yaml"), "utf8")) as Slogan[]
).filter((slogan) => slogan.active !== false);

function checkLed(dist: string, base: string, site: string) {
  let pages: BuiltPage[] = [];
  beforeAll(() => {
    pages = loadPages(dist, base);
  });

  for (const locale of ["zh-cn", "en"] as const) {
    const prefix = `${base}${locale === "en" ? "en/" : ""}`;

    it(`${prefix}led/slogans.txt: the active slogans, one a line, UTF-8`, () => {
      const bytes = readFileSync(join(dist, `${prefix.slice(base.length)}led/slogans.txt`));
      expect(bytes.subarray(0, 3).toString("hex"), "no byte-order mark").not.toBe("efbbbf");
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      expect(text.endsWith("\n")).toBe(true);
      expect(text.slice(0, -1).split("\n").sort()).toEqual(
        activeSlogans.map((slogan) => slogan[locale]).sort(),
      );
    });

    it(`${prefix}led/: every active slogan, no chrome, kept out of the sitemap and search`, () => {
      const page = pages.find((p) => p.url === `${prefix}led/`);
      expect(page).toBeDefined();
      const $ = (page as BuiltPage).$;
      expect($("html").attr("lang")).toBe(locale === "en" ? "en" : "zh-CN");
      expect($('meta[name="robots"]').attr("content")).toMatch(/noindex/);
      expect($("[data-pagefind-body]").length).toBe(0);
      expect($("header, footer, nav").length).toBe(0);
      const shown = $(".led__list:not([aria-hidden]) li")
        .toArray()
        .map((li) => $(li).text());
      expect([...shown].sort()).toEqual(activeSlogans.map((slogan) => slogan[locale]).sort());
      expect($('.led__list[aria-hidden="true"] li').length).toBe(shown.length);
      expect($('link[rel="stylesheet"]').length).toBeGreaterThanOrEqual(2);
      const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
      expect(sitemap).not.toContain(`${site}${prefix}led/`);
    });

    it(`${prefix}slogans/: links the LED feed and the text export from its staff tools`, () => {
      const page = pages.find((p) => p.url === `${prefix}slogans/`);
      const links = (page as BuiltPage)
        .$("[data-led-tools] a")
        .toArray()
        .map((a) => (page as BuiltPage).$(a).attr("href"));
      expect(links).toContain(`${prefix}led/`);
      expect(links).toContain(`${prefix}led/slogans.txt`);
      expect(links).toContain(`${prefix}ledger/`);
    });
  }
}

const ARTICLE = /^(?:en\/)?(?:bulletins|explainers)\/[^/]+\/$/;

function checkOutputs(dist: string, base: string, site: string) {
  let articles: BuiltPage[] = [];
  beforeAll(() => {
    articles = loadPages(dist, base).filter((page) => ARTICLE.test(page.url.slice(base.length)));
  });
  const output = (page: BuiltPage, selector: string) => {
    const href = page.$(`[data-staff-tools] ${selector}`).attr("href") ?? "";
    const file = resolveInDist(dist, base, href);
    expect(file, `${page.url} → ${href}`).toBeDefined();
    return readFileSync(join(dist, file ?? ""), "utf8");
  };

  it("links a WeChat article and a broadcast script beside every bulletin and explainer", () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
    for (const page of articles) {
      expect(page.$("[data-wechat-article]").attr("href"), page.url).toBe(`${page.url}wechat.html`);
      expect(page.$("[data-broadcast-script]").attr("href"), page.url).toBe(
        `${page.url}broadcast.txt`,
      );
      expect(page.$("[data-staff-outputs] [data-copy-html]").attr("data-copy-html")).toBe(
        `${page.url}wechat.html`,
      );
    }
  });

  it("writes each WeChat article with inline styles only, absolute addresses, as valid HTML", async () => {
    const config = JSON.parse(
      readFileSync(join(projectRoot, ".htmlvalidate.json"), "utf8"),
    ) as ConfigData;
    // Inline styles are the point of this file: the WeChat editor keeps nothing else.
    const validator = new HtmlValidate({
      ...config,
      rules: { ...config.rules, "no-inline-style": "off" },
    });
    for (const page of articles) {
      const html = output(page, "[data-wechat-article]");
      const $ = cheerio.load(html);
      expect($("[class], style, link, script").length, page.url).toBe(0);
      expect($("body [style]").length, page.url).toBeGreaterThan(5);
      expect($("html").attr("lang")).toBe(page.$("html").attr("lang"));
      expect($("h1").text(), page.url).toBe(page.$("h1").text());
      for (const el of $("img[src], a[href]").toArray()) {
        const address = $(el).attr("src") ?? $(el).attr("href") ?? "";
        expect(address, page.url).toMatch(/^https?:\/\//);
        if (el.tagName === "img") expect(address.startsWith(`${site}${base}`), address).toBe(true);
      }
      expect($("body").text()).toContain(`${site}${page.url}`);
      const report = await validator.validateString(html, `${page.url}wechat.html`);
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        page.url,
      ).toEqual([]);
    }
  });

  it("writes each broadcast script as plain text: title announced, figures in words, short lines", () => {
    for (const page of articles) {
      const text = output(page, "[data-broadcast-script]");
      const english = page.url.startsWith(`${base}en/`);
      const title = page.$("h1").text();
      expect(text, page.url).toMatch(
        english
          ? /^Attention, please\.\nHere is an announcement: /
          : /^各位群众，现在播报一则消息：/,
      );
      expect(text.endsWith(english ? "End of announcement.\n" : "播报完毕。\n"), page.url).toBe(
        true,
      );
      expect(text, page.url).not.toMatch(/[<>]|&[a-z]+;|\d/);
      const joined = text.replace(/\n/g, english ? " " : "");
      if (!/\d/.test(title)) expect(joined, page.url).toContain(title);
      for (const line of text.split("\n")) {
        const size = english ? line.split(/\s+/).length : [...line].length;
        expect(size, `${page.url}: ${line}`).toBeLessThanOrEqual(english ? 35 : 60);
      }
    }
    const gangxi = articles.find((page) => page.url === `${base}bulletins/gangxi-town-measures/`);
    const script = output(gangxi as BuiltPage, "[data-broadcast-script]");
    expect(script).toContain("张贴各类宣传标语四百五十条");
    expect(script).toContain("二零一二年以来");
  });
}

function checkLedger(dist: string, base: string) {
  let pages: BuiltPage[] = [];
  beforeAll(() => {
    pages = loadPages(dist, base);
  });

  for (const locale of ["zh-cn", "en"] as const) {
    const url = `${base}${locale === "en" ? "en/" : ""}ledger/`;
    const page = () => {
      const found = pages.find((p) => p.url === url);
      expect(found, url).toBeDefined();
      return found as BuiltPage;
    };

    it(`${url}: totals by kind, in the chart and the table, equal the ledger's`, () => {
      const { section, headers, rows, labels } = table(page(), "by-kind");
      expect(section.find('svg[role="img"][aria-label]').length).toBe(2);
      expect(section.find("table caption").text().length).toBeGreaterThan(0);
      expect(headers).toHaveLength(2);
      const kinds = [...new Set(ledger.map((entry) => entry.kind))];
      expect(rows).toHaveLength(kinds.length);
      for (const [kind, names] of Object.entries(KIND_LABELS)) {
        const row = rows.find((r) => r.header === names[locale]);
        if (!kinds.includes(kind)) {
          expect(row, kind).toBeUndefined();
          continue;
        }
        expect(row, kind).toBeDefined();
        expect(figure(row?.cells[0] ?? ""), kind).toEqual(
          sum(ledger.filter((entry) => entry.kind === kind)),
        );
      }
      const tableTotal = rows.reduce(
        (total, row) => total + (figure(row.cells[0] ?? "")?.count ?? 0),
        0,
      );
      expect(tableTotal).toBe(ledger.reduce((total, entry) => total + entry.count, 0));
      expect(labels).toEqual(rows.map((row) => row.cells[0]));
    });

    it(`${url}: totals by place and by period, in the charts and the tables, equal the ledger's`, () => {
      const byPlace = table(page(), "by-place");
      const places = byPlace.headers.slice(1, -1);
      expect(new Set(places)).toEqual(new Set(ledger.map((entry) => entry.place[locale])));
      const byKindRows = table(page(), "by-kind").rows;
      for (const row of byPlace.rows) {
        const kind = ledger.find((entry) => KIND_LABELS[entry.kind]?.[locale] === row.header)?.kind;
        places.forEach((place, index) => {
          if (!kind) return;
          const want = sum(
            ledger.filter((entry) => entry.kind === kind && entry.place[locale] === place),
          );
          expect(figure(row.cells[index] ?? ""), `${row.header} in ${place}`).toEqual(want);
        });
        expect(row.cells.at(-1)).toBe(byKindRows.find((r) => r.header === row.header)?.cells[0]);
      }
      expect(byPlace.labels).toEqual(byPlace.rows.flatMap((row) => row.cells.slice(0, -1)));

      const byPeriod = table(page(), "by-period");
      const periods = new Set(
        ledger.map(
          (entry) => `${entry.periodStart.toISOString()}/${entry.periodEnd.toISOString()}`,
        ),
      );
      expect(byPeriod.headers.slice(1, -1)).toHaveLength(periods.size);
      // Every figure in a period column is the sum of the ledger's figures for that kind and
      // period: compare the two as multisets.
      const cellFigures = byPeriod.rows
        .flatMap((row) => row.cells.slice(0, -1))
        .map(figure)
        .filter((cell) => cell !== undefined)
        .map((cell) => `${cell.count}${cell.atLeast ? "+" : ""}`)
        .sort();
      const expected = [...new Set(ledger.map((entry) => entry.kind))]
        .flatMap((kind) =>
          [...periods].map((period) =>
            sum(
              ledger.filter(
                (entry) =>
                  entry.kind === kind &&
                  `${entry.periodStart.toISOString()}/${entry.periodEnd.toISOString()}` === period,
              ),
            ),
          ),
        )
        .filter((cell) => cell !== undefined)
        .map((cell) => `${cell.count}${cell.atLeast ? "+" : ""}`)
        .sort();
      expect(cellFigures).toEqual(expected);
      expect(byPeriod.labels).toEqual(byPeriod.rows.flatMap((row) => row.cells.slice(0, -1)));
    });

    it(`${url}: states the totals as a sentence to copy, marking "more than"`, () => {
      const $ = page().$;
      const all = $("[data-ledger-sentences] textarea").first();
      expect(all.attr("readonly")).toBeDefined();
      const text = all.text();
      expect(text).toMatch(
        locale === "en" ? /^So far, we have put up / : /^截至目前，累计张贴各类宣传标语/,
      );
      const slogans = sum(ledger.filter((entry) => entry.kind === "slogans"));
      expect(text).toContain(
        locale === "en"
          ? `put up ${slogans?.count.toLocaleString("en-GB")} slogans`
          : `张贴各类宣传标语${slogans?.count}条`,
      );
      const trips = sum(ledger.filter((entry) => entry.kind === "vehicleTrips"));
      expect(trips?.atLeast).toBe(true);
      expect(text).toContain(
        locale === "en"
          ? `more than ${trips?.count} publicity-vehicle trips`
          : `${trips?.count}余次`,
      );
      expect($("[data-ledger-sentences] label").length).toBe(
        $("[data-ledger-sentences] textarea").length,
      );
      expect($("[data-ledger-sample]").length).toBe(1);
      // The fixture has tip-offs; the office has not made them public.
      expect(wholeLedger.some((entry) => entry.kind === "tipsReceived")).toBe(true);
      expect($("main").text()).not.toContain(KIND_LABELS["tipsReceived"]?.[locale] ?? "?");
    });
  }
}

describe("the ledger page at the site root", () => {
  checkLedger(inject("distRoot"), "/");
});

describe("the ledger page under a base path", () => {
  checkLedger(inject("distBase"), "/county/");
});

describe("WeChat articles and broadcast scripts at the site root", () => {
  checkOutputs(inject("distRoot"), "/", "https://pingan.example.org");
});

describe("WeChat articles and broadcast scripts under a base path", () => {
  checkOutputs(inject("distBase"), "/county/", "https://campaign.example.net");
});

describe("WeChat articles and broadcast scripts with an image and a fallback page", () => {
  let root = "";
  let dist = "";
  const base = "/county/";
  beforeAll(async () => {
    root = await copyProject("staff");
    rmSync(join(root, "content/bulletins/en/fujian-central-inspection.md"));
    copyFileSync(
      join(projectRoot, "public/favicon.svg"),
      join(root, "content/bulletins/zh-cn/gangxi-truck.svg"),
    );
    const bulletin = join(root, "content/bulletins/zh-cn/gangxi-town-measures.md");
    writeFileSync(
      bulletin,
      `${readFileSync(bulletin, "utf8")}\n![宣传车进村宣传](./gangxi-truck.svg)\n`,
    );
    const result = await runBuild(root, [
      "--out",
      "dist",
      "--base",
      base,
      "--site",
      "https://campaign.example.net",
    ]);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    dist = join(root, "dist");
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("points the article's image at its absolute address under the site and base", () => {
    const html = readFileSync(join(dist, "bulletins/gangxi-town-measures/wechat.html"), "utf8");
    const src = cheerio.load(html)('img[alt="宣传车进村宣传"]').attr("src") ?? "";
    expect(src).toMatch(/^https:\/\/campaign\.example\.net\/county\/_astro\/gangxi-truck\./);
    expect(resolveInDist(dist, base, new URL(src).pathname), src).toBeDefined();
  });

  it("gives a fallback page neither a WeChat article nor a broadcast script, nor links to them", () => {
    const page = loadPages(dist, base).find(
      (p) => p.url === `${base}en/bulletins/fujian-central-inspection/`,
    );
    expect(page?.$("[data-fallback-notice]").length).toBe(1);
    expect(page?.$("[data-staff-tools]").length).toBe(1);
    expect(page?.$("[data-wechat-article], [data-broadcast-script], [data-copy-html]").length).toBe(
      0,
    );
    const folder = join(dist, "en/bulletins/fujian-central-inspection");
    expect(existsSync(join(folder, "wechat.html"))).toBe(false);
    expect(existsSync(join(folder, "broadcast.txt"))).toBe(false);
    expect(existsSync(join(dist, "bulletins/fujian-central-inspection/wechat.html"))).toBe(true);
  });
});

describe("the LED feed at the site root", () => {
  checkLed(inject("distRoot"), "/", "https://pingan.example.org");
});

describe("the LED feed under a base path", () => {
  checkLed(inject("distBase"), "/county/", "https://campaign.example.net");
});
