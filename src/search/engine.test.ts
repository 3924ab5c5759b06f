import { describe, expect, it } from "vitest";
import {
  rankHits,
  startSearch,
  type Lookup,
  type PagefindResult,
  type PairIndex,
} from "./engine.ts";
import { countPairs, decodeSet, encodeSet, pageNumberKeys, tierOf } from "./pair-sets.ts";
import { normalise, planQuery } from "./query.ts";

/**
 * A stand-in for Pagefind 1.6.0's Chinese index: pages are token lists (words and pairs at the
 * word position of their first character), exact lookups match whole tokens, prefix lookups
 * match tokens starting with the text and fall back to shorter prefixes like Pagefind does.
 */
interface FakePage {
  url: string;
  title: string;
  date: string;
  content: string;
  tokens: [string, number][];
}

function fakeLookup(pages: FakePage[]): Lookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (async (
    text: string,
    { exact, sortByDate }: { exact: boolean; sortByDate?: boolean },
  ) => {
    calls.push(`${exact ? "exact" : "prefix"}:${text}${sortByDate ? ":date" : ""}`);
    let probe = text;
    let matches: { page: FakePage; positions: number[] }[] = [];
    for (;;) {
      matches = pages
        .map((page) => ({
          page,
          positions: page.tokens
            .filter(([token]) => (exact ? token === probe : token.startsWith(probe)))
            .map(([, position]) => position),
        }))
        .filter((m) => m.positions.length > 0);
      if (exact || matches.length > 0 || [...probe].length <= 1) break;
      probe = [...probe].slice(0, -1).join("");
    }
    if (sortByDate) matches.sort((a, b) => b.page.date.localeCompare(a.page.date));
    const results: PagefindResult[] = matches.map(({ page, positions }) => ({
      id: page.url,
      score: exact ? 1 : positions.length + (page.title.includes(text) ? 10 : 0),
      words: exact ? positions.slice(0, 1) : positions,
      data: async () => ({
        url: page.url,
        content: page.content,
        excerpt: page.content,
        meta: { title: page.title, date: page.date, kind: "bulletin" },
      }),
    }));
    return { results };
  }) as Lookup & { calls: string[] };
  lookup.calls = calls;
  return lookup;
}

const pages: FakePage[] = [
  {
    url: "/a/",
    title: "扫黑除恶",
    date: "2020-01-01",
    content: "扫黑除恶",
    tokens: [
      ["扫黑除恶", 0],
      ["扫黑", 0],
      ["黑除", 0],
      ["除恶", 0],
    ],
  },
  {
    url: "/b/",
    title: "工作",
    date: "2021-01-01",
    content: "扫黑。除恶",
    tokens: [
      ["扫黑", 0],
      ["除恶", 5],
    ],
  },
  {
    url: "/c/",
    title: "黑除恶新闻",
    date: "2022-01-01",
    content: "黑除恶新闻",
    tokens: [
      ["黑", 0],
      ["黑除", 0],
      ["除恶", 1],
      ["恶新", 1],
      ["新闻", 2],
    ],
  },
];

async function urls(query: string): Promise<string[]> {
  const session = await startSearch(fakeLookup(pages), query, { chinese: true });
  const hits = await session.more(100);
  expect(session.done).toBe(true);
  expect(session.total).toBe(hits.length);
  return hits.map((hit) => hit.url);
}

describe("contains search", () => {
  it("finds a string that crosses words, and only pages that contain it", async () => {
    expect((await urls("黑除恶")).sort()).toEqual(["/a/", "/c/"]);
  });

  it("finds nothing for a string on no page, despite the prefix fallback", async () => {
    expect(await urls("黑夜")).toEqual([]);
    expect(await urls("除恶扫黑")).toEqual([]);
  });

  it("requires every space-separated term", async () => {
    expect(await urls("扫黑 除恶")).toEqual(["/a/", "/b/"]);
    expect(await urls("扫黑 新闻")).toEqual([]);
  });

  it("puts a title containing the query first", async () => {
    expect((await urls("黑除恶"))[0]).toBe("/c/");
  });

  it("pages results and counts them exactly by the end", async () => {
    const session = await startSearch(fakeLookup(pages), "除恶", { chinese: true });
    expect((await session.more(2)).length).toBe(2);
    expect(session.done).toBe(false);
    expect((await session.more(2)).length).toBe(1);
    expect(session.done).toBe(true);
    expect(session.total).toBe(3);
  });

  it("looks each pair up once, exactly and by prefix, and by date only to break a tie", async () => {
    const lookup = fakeLookup(pages);
    await startSearch(lookup, "扫黑除恶", { chinese: true });
    expect(lookup.calls.sort()).toEqual(["exact:扫黑", "exact:除恶", "prefix:扫黑", "prefix:除恶"]);

    const tied = fakeLookup([
      { url: "/old/", title: "t", date: "2019-01-01", content: "扫黑", tokens: [["扫黑", 0]] },
      { url: "/new/", title: "t", date: "2024-01-01", content: "扫黑", tokens: [["扫黑", 0]] },
    ]);
    const session = await startSearch(tied, "扫黑", { chinese: true });
    expect(tied.calls).toContain("exact:扫黑:date");
    expect((await session.more(10)).map((hit) => hit.url)).toEqual(["/new/", "/old/"]);
  });

  it("stops at a pair on no page, before any prefix lookup", async () => {
    const lookup = fakeLookup(pages);
    expect((await startSearch(lookup, "扫黑 黑夜", { chinese: true })).total).toBe(0);
    expect(lookup.calls.sort()).toEqual(["exact:扫黑", "exact:黑夜"]);
  });

  it("looks up nothing for a term inside another term", async () => {
    const lookup = fakeLookup(pages);
    await startSearch(lookup, "除恶 黑除恶", { chinese: true });
    expect(lookup.calls.filter((call) => !call.endsWith(":date")).sort()).toEqual([
      "exact:除恶",
      "exact:黑除",
      "prefix:除恶",
      "prefix:黑除",
    ]);
  });

  it("finds a name with a number through its pairs and the page text", async () => {
    const withNames: FakePage[] = [
      {
        url: "/n1/",
        title: "t",
        date: "2020-01-01",
        content: "涉及王某1040。",
        tokens: [
          ["王某", 3],
          ["1040", 4],
        ],
      },
      {
        url: "/n2/",
        title: "t",
        date: "2020-01-01",
        content: "涉及王某2。",
        tokens: [
          ["王某", 3],
          ["2", 4],
        ],
      },
    ];
    const session = await startSearch(fakeLookup(withNames), "王某1", { chinese: true });
    expect((await session.more(10)).map((hit) => hit.url)).toEqual(["/n1/"]);
  });
});

/**
 * A stand-in for the pair index over the same fake pages: the pairs named common have page
 * sets (pages numbered newest first), numbers after pairs and filters likewise; `loaded` lists
 * the pages whose fragments were read.
 */
function fakePairs(
  all: (FakePage & { filters?: Record<string, string> })[],
  common: string[],
): PairIndex & { loaded: string[] } {
  const pagesByAge = [...all].sort((a, b) => b.date.localeCompare(a.date));
  const texts = pagesByAge.map((page) => normalise(page.content));
  const setOf = (has: (n: number) => number | undefined, title?: (n: number) => boolean) => {
    const pages: number[] = [];
    const tiers: number[] = [];
    texts.forEach((_, n) => {
      const count = has(n);
      if (!count) return;
      pages.push(n);
      tiers.push(tierOf(count, title?.(n) ?? false));
    });
    return decodeSet(encodeSet(pages, title ? tiers : undefined), Boolean(title));
  };
  const loaded: string[] = [];
  return {
    loaded,
    isCommon: (pair) => common.includes(pair),
    pairSet: async (pair) =>
      setOf(
        (n) => countPairs(texts[n] ?? "").get(pair),
        (n) => normalise(pagesByAge[n]?.title ?? "").includes(pair),
      ),
    numberSet: async (key) => setOf((n) => (pageNumberKeys(texts[n] ?? "").has(key) ? 1 : 0)),
    filterSet: async (name, value) =>
      setOf((n) => (pagesByAge[n]?.filters?.[name] === value ? 1 : 0)),
    pageNumbers: async (ids) => ids.map((id) => pagesByAge.findIndex((page) => page.url === id)),
    pages: async (numbers) =>
      numbers.map((n) => {
        const page = pagesByAge[n] as FakePage;
        loaded.push(page.url);
        return {
          url: page.url,
          content: page.content,
          excerpt: "",
          meta: { title: page.title, date: page.date, kind: "bulletin" },
        };
      }),
  };
}

describe("contains search over the pair index", () => {
  const site = [
    ...pages,
    { url: "/d/", title: "通报", date: "2023-01-01", content: "扫黑和除恶", tokens: [] },
    { url: "/e/", title: "扫黑除恶", date: "2018-01-01", content: "扫黑除恶", tokens: [] },
    {
      url: "/f/",
      title: "通报",
      date: "2024-01-01",
      content: "扫黑除恶，扫黑除恶，扫黑除恶",
      tokens: [],
    },
  ];

  it("serves a query of common pairs without Pagefind, exactly, title first, then frequency, then newer", async () => {
    const lookup = fakeLookup(site);
    const pairs = fakePairs(site, ["扫黑", "黑除", "除恶"]);
    const session = await startSearch(lookup, "扫黑除恶", { chinese: true, pairs });
    const hits = await session.more(100);
    expect(lookup.calls).toEqual([]);
    // Titles: /a/ and /e/ (/a/ newer); then /f/ (three times); then /c/? No: /c/ lacks 扫黑.
    expect(hits.map((hit) => hit.url)).toEqual(["/a/", "/e/", "/f/"]);
    expect(session.total).toBe(3);
    // /d/ and /b/ have 扫黑 and 除恶 but not 黑除: not even read.
    expect(pairs.loaded.sort()).toEqual(["/a/", "/e/", "/f/"]);
  });

  it("drops a candidate whose text lacks the query and counts exactly by the end", async () => {
    const pairs = fakePairs(site, ["扫黑", "除恶"]);
    const session = await startSearch(fakeLookup(site), "扫黑 除恶", { chinese: true, pairs });
    expect(session.total).toBe(5);
    const hits = await session.more(2);
    expect(hits.length).toBe(2);
    await session.more(100);
    expect(session.done).toBe(true);
    expect(session.total).toBe(5);
    const apart = [
      ...site,
      { url: "/g/", title: "t", date: "2024-02-01", content: "黑除和除恶", tokens: [] },
    ];
    const two = await startSearch(fakeLookup(apart), "黑除恶", {
      chinese: true,
      pairs: fakePairs(apart, ["黑除", "除恶"]),
    });
    expect(two.total).toBe(5);
    expect((await two.more(100)).map((hit) => hit.url).sort()).toEqual([
      "/a/",
      "/c/",
      "/e/",
      "/f/",
    ]);
    expect(two.total).toBe(4);
  });

  it("applies the filters to every result and the count", async () => {
    const filtered = site.map((page) => ({
      ...page,
      filters: { year: page.date.slice(0, 4) },
    }));
    const pairs = fakePairs(filtered, ["扫黑", "黑除", "除恶"]);
    const options = { chinese: true, pairs, filters: { year: "2024" } };
    const session = await startSearch(fakeLookup(filtered), "扫黑除恶", options);
    expect((await session.more(10)).map((hit) => hit.url)).toEqual(["/f/"]);
    const none = { ...options, filters: { year: "1999" } };
    expect((await startSearch(fakeLookup(filtered), "扫黑除恶", none)).total).toBe(0);
  });

  it("does not look a common pair up in Pagefind beside a rare one", async () => {
    const lookup = fakeLookup(site);
    const pairs = fakePairs(site, ["扫黑"]);
    const session = await startSearch(lookup, "扫黑除恶", { chinese: true, pairs });
    expect(lookup.calls.filter((call) => !call.endsWith(":date")).sort()).toEqual([
      "exact:除恶",
      "prefix:除恶",
    ]);
    expect((await session.more(100)).map((hit) => hit.url).sort()).toEqual(["/a/"]);
  });

  it("checks a term of common pairs beside a rare one against the page sets, before loading", async () => {
    const base = fakeLookup(site);
    const loaded: string[] = [];
    const lookup: Lookup = async (text, options) => ({
      results: (await base(text, options)).results.map((result) => ({
        ...result,
        data: () => {
          loaded.push(result.id);
          return result.data();
        },
      })),
    });
    const pairs = fakePairs(site, ["扫黑"]);
    const session = await startSearch(lookup, "扫黑 除恶", { chinese: true, pairs });
    expect(base.calls.some((call) => call.includes("扫黑"))).toBe(false);
    // Pagefind finds 除恶 on /a/, /b/ and /c/ (the pages with tokens); /c/ has no 扫黑: the
    // set drops it, and its page is never loaded.
    const hits = await session.more(100);
    expect(hits.map((hit) => hit.url).sort()).toEqual(["/a/", "/b/"]);
    expect(session.total).toBe(2);
    expect(loaded.sort()).toEqual(["/a/", "/b/"]);
  });

  it("finds a number anywhere in a run of digits, without Pagefind", async () => {
    const numbers: FakePage[] = ["电话12337", "拨打012337", "编号1233", "12337号"].map(
      (content, n) => ({ url: `/m${n}/`, title: "t", date: "2020-01-01", content, tokens: [] }),
    );
    const lookup = fakeLookup(numbers);
    const session = await startSearch(lookup, "12337", {
      chinese: true,
      pairs: fakePairs(numbers, []),
    });
    expect((await session.more(10)).map((hit) => hit.url).sort()).toEqual(["/m0/", "/m1/", "/m3/"]);
    expect(lookup.calls).toEqual([]);
  });

  it("narrows a name with a number to the pages filed under it, reading only those", async () => {
    const names: FakePage[] = Array.from({ length: 30 }, (_, n) => ({
      url: `/n${n}/`,
      title: "t",
      date: `2020-01-${String(n + 1).padStart(2, "0")}`,
      content: `涉及王某${n * 7}。`,
      tokens: [],
    }));
    const pairs = fakePairs(names, []);
    const lookup = fakeLookup(names);
    const session = await startSearch(lookup, "王某1", { chinese: true, pairs });
    const hits = await session.more(100);
    const want = names.filter((page) => page.content.includes("王某1")).map((page) => page.url);
    expect(hits.map((hit) => hit.url).sort()).toEqual(want.sort());
    expect(pairs.loaded.sort()).toEqual(want.sort());
    expect(lookup.calls).toEqual([]);
  });
});

describe("ranking what is shown", () => {
  const hit = (url: string, title: string, kind: string) => ({
    url,
    title,
    kind,
    date: "",
    excerptHtml: "",
    sections: [],
  });

  it("puts an exact title first, then guides and explainers, bulletins and Q&A, materials, standing pages", () => {
    const hits = [
      hit("/about/", "关于本站", "page"),
      hit("/poster/", "举报海报", "material"),
      hit("/b/", "某镇开展举报宣传", "bulletin"),
      hit("/guide/", "怎样举报", "guide"),
      hit("/q/", "可以匿名吗", "qa"),
      hit("/x/", "举报", "qa"),
    ];
    expect(rankHits(hits, planQuery("举报")).map((h) => h.url)).toEqual([
      "/x/",
      "/guide/",
      "/b/",
      "/q/",
      "/poster/",
      "/about/",
    ]);
  });
});

describe("ranking every match", () => {
  const page = (url: string, title: string, type: string, date: string, content: string) => ({
    url,
    title,
    date,
    content,
    tokens: [] as [string, number][],
    filters: { type },
  });
  // Newest first is the pair index's own order, so kinds alone must move the guide and the
  // explainer ahead of the newer bulletins, across pages of two results.
  const site = [
    page("/about/", "关于本站", "page", "2026-01-01", "举报 举报"),
    page("/poster/", "举报海报", "material", "2025-06-01", "举报海报"),
    page("/b1/", "通报一", "bulletin", "2025-05-01", "举报"),
    page("/b2/", "通报二", "bulletin", "2025-04-01", "举报"),
    page("/guide/", "怎样举报", "guide", "2020-01-01", "举报：见举报海报"),
    page("/x/", "说明", "explainer", "2019-01-01", "举报"),
  ];

  it("orders by kind across every page of results, not only within one", async () => {
    const pairs = fakePairs(site, ["举报"]);
    const session = await startSearch(fakeLookup(site), "举报", { chinese: true, pairs });
    const shown: string[] = [];
    while (!session.done) shown.push(...(await session.more(2)).map((hit) => hit.url));
    expect(shown).toEqual(["/guide/", "/x/", "/b1/", "/b2/", "/poster/", "/about/"]);
  });

  it("puts a page titled exactly as the query first, whatever its kind", async () => {
    const pairs = fakePairs(site, ["举报", "海报", "报海"]);
    const session = await startSearch(fakeLookup(site), "举报海报", { chinese: true, pairs });
    expect((await session.more(2)).map((hit) => hit.url)).toEqual(["/poster/", "/guide/"]);
  });

  it("ranks Pagefind's results by the kinds the page gives", async () => {
    const words = site.map((p) => ({ ...p, tokens: [["report", 0]] as [string, number][] }));
    const kinds = new Map(site.map((p) => [p.url, p.filters.type]));
    const session = await startSearch(fakeLookup(words), "report", {
      chinese: false,
      kindsOf: async (ids) => ids.map((id) => kinds.get(id)),
    });
    const shown: string[] = [];
    while (!session.done) shown.push(...(await session.more(2)).map((hit) => hit.url));
    expect(shown).toEqual(["/guide/", "/x/", "/b1/", "/b2/", "/poster/", "/about/"]);
  });
});
