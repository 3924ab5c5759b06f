/**
 * Ground truth for search: the indexed text of every page (read from Pagefind's own fragment
 * files) and queries sampled from it with a fixed seed, so every run asks the same questions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { commonPairs, type PairsMeta } from "../../src/search/pair-sets.ts";
import { PAIRS_DIR, SIGNATURE } from "../../src/search/pairs-index.ts";
import { normalise } from "../../src/search/query.ts";
import { random } from "./corpus.ts";

export interface Indexed {
  /** Pagefind's id for the page (its fragment file name). */
  id: string;
  url: string;
  english: boolean;
  /** Pagefind's indexed text of the page, normalised as the search normalises it. */
  text: string;
  raw: string;
  title: string;
  /** The page's filter values, by filter name. */
  filters: Record<string, string[]>;
}

/** Every page of the index Pagefind wrote into `dist/<bundle>/`. */
export function readIndexed(dist: string, bundle = "pagefind"): Indexed[] {
  const dir = join(dist, bundle, "fragment");
  return readdirSync(dir).map((file) => {
    const json = gunzipSync(readFileSync(join(dir, file))).toString("utf8");
    const fragment = JSON.parse(json.slice(json.indexOf("{"))) as {
      url: string;
      content: string;
      filters: Record<string, string[]>;
      meta: Record<string, string>;
    };
    return {
      id: file.replace(/\.pf_fragment$/, ""),
      url: fragment.url,
      english: fragment.url.startsWith("/en/"),
      text: normalise(fragment.content),
      raw: fragment.content,
      title: fragment.meta["title"] ?? "",
      filters: fragment.filters,
    };
  });
}

/**
 * Pages whose indexed text contains every space-separated term of the query, and that carry
 * every filter value asked for.
 */
export function expectedPages(
  pages: Indexed[],
  query: string,
  filters: Record<string, string> = {},
): string[] {
  const needles = query.split(/\s+/).map(normalise).filter(Boolean);
  return pages
    .filter((p) => needles.every((n) => p.text.includes(n)))
    .filter((p) =>
      Object.entries(filters).every(([name, value]) => p.filters[name]?.includes(value)),
    )
    .map((p) => p.url)
    .sort();
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

export interface SampledQuery {
  kind: string;
  query: string;
}

/** Chinese queries of every kind a reader types, drawn from the pages' own text. */
export function sampleChineseQueries(zh: Indexed[], seed = 7, scale = 1): SampledQuery[] {
  const next = random(seed);
  const pickPage = () => zh[Math.floor(next() * zh.length)] as Indexed;
  const substring = (text: string, min: number, max: number): string => {
    const runs = [...text.matchAll(HAN_RUN)].map((m) => m[0]).filter((r) => r.length >= min);
    const run = runs[Math.floor(next() * runs.length)] ?? "";
    const chars = [...run];
    const length = Math.min(chars.length, min + Math.floor(next() * (max - min + 1)));
    const start = Math.floor(next() * (chars.length - length + 1));
    return chars.slice(start, start + length).join("");
  };
  const queries: SampledQuery[] = [];
  const times = (n: number) => Math.max(1, Math.round(n * scale));
  for (let i = 0; i < times(12); i++) {
    queries.push({ kind: "two characters", query: substring(pickPage().text, 2, 2) });
  }
  for (let i = 0; i < times(12); i++) {
    queries.push({ kind: "3–6 characters", query: substring(pickPage().text, 3, 6) });
  }
  for (let i = 0; i < times(4); i++) {
    queries.push({ kind: "long phrase", query: substring(pickPage().text, 8, 12) });
  }
  queries.push({ kind: "cross-word", query: "黑除恶" });
  queries.push({ kind: "number", query: "12337" });
  const target = pickPage();
  queries.push({ kind: "case number", query: /线索编号(\d+)/.exec(target.raw)?.[1] ?? "100001" });
  queries.push({
    kind: "name",
    query: /涉及(\p{Script=Han}某\d+)/u.exec(target.raw)?.[1] ?? "王某1",
  });
  for (let i = 0; i < times(3); i++) {
    const p = pickPage();
    queries.push({
      kind: "two terms (AND)",
      query: `${substring(p.text, 2, 3)} ${substring(p.text, 2, 3)}`,
    });
  }
  // Strings on no page: characters that each occur, but never side by side.
  const chars = [
    ...new Set(
      [
        ...zh
          .map((p) => p.text)
          .join("")
          .matchAll(/\p{Script=Han}/gu),
      ].map((m) => m[0]),
    ),
  ];
  let absent = 0;
  while (absent < times(5)) {
    const query = `${chars[Math.floor(next() * chars.length)]}${chars[Math.floor(next() * chars.length)]}`;
    if (expectedPages(zh, query).length === 0) {
      queries.push({ kind: "absent", query });
      absent++;
    }
  }
  queries.push({ kind: "absent", query: "黑夜" });
  return queries;
}

/** The common pairs of a language's pair index (those the search page takes from it). */
export function readCommonPairs(dist: string, language = "zh-cn"): Set<string> {
  const root = join(dist, "pagefind", PAIRS_DIR);
  const entry = JSON.parse(readFileSync(join(root, "entry.json"), "utf8")) as {
    languages: Record<string, string>;
  };
  const folder = entry.languages[language];
  if (!folder) throw new Error(`no pair index for ${language}`);
  const data = gunzipSync(readFileSync(join(root, folder, "meta.pf_pairs")));
  const meta = JSON.parse(data.subarray(SIGNATURE.length).toString("utf8")) as PairsMeta;
  return new Set(commonPairs(meta).keys());
}

/**
 * Queries the pair index serves: only common pairs (the site's own words, and a sampled
 * string), names with a number (王某1), common with rare pairs in one string, and a common
 * term beside a rare one.
 */
export function pairIndexQueries(zh: Indexed[], common: Set<string>, seed = 13): SampledQuery[] {
  const next = random(seed);
  const pairsOf = (run: string) => {
    const chars = [...run];
    return chars.slice(0, -1).map((c, i) => `${c}${chars[i + 1]}`);
  };
  const runs = [
    ...new Set(zh.flatMap((p) => [...p.text.matchAll(/\p{Script=Han}{3,6}/gu)].map((m) => m[0]))),
  ];
  const pick = (want: (pairs: string[]) => boolean): string => {
    for (let tries = 0; tries < 10_000; tries++) {
      const run = runs[Math.floor(next() * runs.length)] ?? "";
      const length = 3 + Math.floor(next() * 2);
      const start = Math.floor(next() * Math.max(1, run.length - length + 1));
      const query = [...run].slice(start, start + length).join("");
      if ([...query].length >= 3 && want(pairsOf(query))) return query;
    }
    throw new Error("no such query in the corpus");
  };
  const queries: SampledQuery[] = ["扫黑除恶", "举报", "保护伞", "黑恶势力", "专项斗争"].map(
    (query) => ({ kind: "site's words", query }),
  );
  queries.push({ kind: "common pairs", query: pick((pairs) => pairs.every((p) => common.has(p))) });
  const mixed = (pairs: string[]) =>
    pairs.some((p) => common.has(p)) && pairs.some((p) => !common.has(p));
  queries.push({ kind: "common and rare pairs", query: pick(mixed) });
  queries.push({ kind: "common and rare pairs", query: pick(mixed) });
  const rare = pick((pairs) => pairs.every((p) => !common.has(p)));
  queries.push({ kind: "common term and rare term", query: `举报 ${rare}` });
  for (const name of ["王某1", "李某21", "陈某10"])
    queries.push({ kind: "name with number", query: name });
  const page = zh[Math.floor(next() * zh.length)] as Indexed;
  const full = /涉及(\p{Script=Han}某\d+)/u.exec(page.raw)?.[1];
  if (full) queries.push({ kind: "name with number", query: `涉及${full}` });
  return queries;
}
