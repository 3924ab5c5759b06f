/**
 * Ground truth for search: the indexed text of every page (read from Pagefind's own fragment
 * files) and queries sampled from it with a fixed seed, so every run asks the same questions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
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
    };
    return {
      id: file.replace(/\.pf_fragment$/, ""),
      url: fragment.url,
      english: fragment.url.startsWith("/en/"),
      text: normalise(fragment.content),
      raw: fragment.content,
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
