/**
 * Staff outputs on the real builds: the ledger page's charts and tables state exactly the
 * figures in content/data/ledger.yaml; the LED feed and its text export carry exactly the
 * active slogans, stay out of the sitemap and search, and are linked from the slogans page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadPages, type BuiltPage } from "./support/dist.ts";
import { projectRoot } from "./support/project.ts";

interface Entry {
  kind: string;
  count: number;
  atLeast?: boolean;
  periodStart: Date;
  periodEnd: Date;
  place: Record<"zh-cn" | "en", string>;
}

const ledger = parse(readFileSync(join(projectRoot, "content/data/ledger.yaml"), "utf8"), {
  customTags: ["timestamp"],
}) as Entry[];

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
  const labels = section
    .find("svg text")
    .toArray()
    .map((text) => $(text).text().trim())
    .filter((text) => figure(text) !== undefined || text === "—");
  return { section, headers, rows, labels };
}

interface Slogan {
  "zh-cn": string;
  en: string;
  active?: boolean;
}

const activeSlogans = (
  parse(readFileSync(join(projectRoot, "content/data/slogans.yaml"), "utf8")) as Slogan[]
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
      expect(section.find('svg[role="img"][aria-label]').length).toBe(1);
      expect(section.find("table caption").text().length).toBeGreaterThan(0);
      expect(headers).toHaveLength(2);
      const kinds = [...new Set(ledger.map((entry) => entry.kind))];
      expect(rows).toHaveLength(kinds.length);
      for (const [kind, names] of Object.entries(KIND_LABELS)) {
        const row = rows.find((r) => r.header === names[locale]);
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
    });
  }
}

describe("the ledger page at the site root", () => {
  checkLedger(inject("distRoot"), "/");
});

describe("the ledger page under a base path", () => {
  checkLedger(inject("distBase"), "/county/");
});

describe("the LED feed at the site root", () => {
  checkLed(inject("distRoot"), "/", "https://pingan.example.org");
});

describe("the LED feed under a base path", () => {
  checkLed(inject("distBase"), "/county/", "https://campaign.example.net");
});
