/**
 * "Contains" search over a Pagefind index. Pagefind is injected (see `client.ts` for the real
 * one), so this runs the same in the browser and in unit tests.
 *
 * For Chinese the query is planned into exact pair lookups (`query.ts`); the pages that have
 * every pair, close together, become candidates, ranked; candidates are checked against their
 * text as they are shown, so a page is never listed unless it contains every term. For English,
 * Pagefind's own word search with stemming is used as it is.
 */
import {
  hasPage,
  intersectRanked,
  overlappingPairs,
  termNumberKeys,
  type PageSet,
  type RankedPage,
} from "./pair-sets.ts";
import {
  chainFits,
  compareRanked,
  containsAll,
  excerptAround,
  hasHan,
  highlight,
  normalise,
  planQuery,
  type QueryPlan,
  type TermPlan,
  type Token,
} from "./query.ts";

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  matchedMetaFields?: string[];
  data: () => Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

/** The one Pagefind call the engine needs; `exact` looks up a whole indexed word. */
export interface Lookup {
  (text: string, options: { exact: boolean; sortByDate?: boolean }): Promise<PagefindResponse>;
}

/**
 * The pair index (`pair-sets.ts`, `pairs-client.ts`): the common pairs' page sets, pages per
 * pair-and-number, filter values, and pages loaded by number.
 */
export interface PairIndex {
  isCommon(pair: string): boolean;
  pairSet(pair: string): Promise<PageSet>;
  numberSet(key: string): Promise<PageSet>;
  /** Pages with the value; empty for a value no page files. */
  filterSet(name: string, value: string): Promise<PageSet>;
  /** Each page's fragment, as Pagefind's `data()` gives it. */
  pages(numbers: number[]): Promise<PagefindData[]>;
  /** The page numbers of Pagefind's results (by id); undefined for a page it does not know. */
  pageNumbers(ids: string[]): Promise<(number | undefined)[]>;
}

export interface SearchOptions {
  chinese: boolean;
  /** Without it, every lookup goes to Pagefind. */
  pairs?: PairIndex | undefined;
  /** The filters every lookup carries (Pagefind applies them; the pair index needs them). */
  filters?: Record<string, string>;
  /**
   * Each Pagefind result's kind (its `type` filter), by id, so that every match is ranked by
   * kind and not only those shown at once. Without it, Pagefind's order stands.
   */
  kindsOf?: KindsOf;
}

export type KindsOf = (ids: string[]) => Promise<(string | undefined)[]>;

export interface Hit {
  url: string;
  title: string;
  kind: string;
  date: string;
  /** HTML: escaped text with the query terms in `<mark>`. */
  excerptHtml: string;
  /** For pages with sections (the Q&A page): the sections that match, linked. */
  sections: { url: string; title: string }[];
}

interface Candidate {
  result: PagefindResult;
  score: number;
  recency: number;
  /** Every token was found in the title (Pagefind's `matchedMetaFields`). */
  inTitle: boolean;
}

export interface SearchSession {
  /** Pages matching so far: exact once `done`, an upper bound before. */
  total: number;
  /** True when every match has been returned by `more`. */
  done: boolean;
  /** The next `count` matching pages, in rank order. */
  more(count: number): Promise<Hit[]>;
}

const EMPTY: SearchSession = { total: 0, done: true, more: async () => [] };

export async function startSearch(
  lookup: Lookup,
  query: string,
  options: SearchOptions,
): Promise<SearchSession> {
  const plan = planQuery(query);
  if (plan.terms.length === 0) return EMPTY;
  const pairs = options.chinese ? options.pairs : undefined;
  if (pairs && ownsQuery(plan, pairs)) return pairSearch(pairs, plan, options.filters ?? {});
  if (!options.chinese || !hasHan(query)) {
    return wordSearch(lookup, query, plan, options.chinese, options.kindsOf);
  }
  return containsSearch(lookup, plan, pairs, options.kindsOf);
}

/**
 * Whether the pair index alone narrows the query down: a term has a number after a pair (王某1:
 * the pages with 王某 followed by a 1 are few, and Pagefind could only list those with 王某), or
 * every term is a number (Pagefind: a prefix lookup, from one chunk) or only common pairs (their
 * page sets are small, Pagefind's chunks large).
 */
function ownsQuery(plan: QueryPlan, pairs: PairIndex): boolean {
  const afterPair = (term: TermPlan) =>
    termNumberKeys(term.needle).some((key) => !key.startsWith("#"));
  if (plan.terms.some(afterPair)) return true;
  return plan.terms.every(
    (term) =>
      termNumberKeys(term.needle).length > 0 ||
      (term.tokens.length > 0 &&
        term.tokens.every((token) => token.kind === "pair" && pairs.isCommon(token.text))),
  );
}

/**
 * A query over the pair index: the pages in the set of every common pair of every run (all
 * overlapping pairs: each costs a small file, and each narrows), of every number key and of
 * every filter; ranked by title, frequency tier, then newer; checked against their text as
 * they are shown, like Pagefind's candidates.
 */
async function pairSearch(
  pairs: PairIndex,
  plan: QueryPlan,
  filters: Record<string, string>,
): Promise<SearchSession> {
  const pairTexts = new Set<string>();
  const numberKeys = new Set<string>();
  for (const term of plan.terms) {
    for (const pair of overlappingPairs(term.needle)) {
      if (pairs.isCommon(pair)) pairTexts.add(pair);
    }
    for (const key of termNumberKeys(term.needle)) numberKeys.add(key);
  }
  const sets = await Promise.all([
    ...[...pairTexts].map((pair) => pairs.pairSet(pair)),
    ...[...numberKeys].map((key) => pairs.numberSet(key)),
    ...Object.entries(filters)
      .filter(([, value]) => value)
      .map(([name, value]) => pairs.filterSet(name, value)),
  ]);
  const load = remembered((batch: RankedPage[]) => pairs.pages(batch.map((r) => r.page)));
  const kindSets = await Promise.all(
    Object.keys(KIND_TIER).map(
      async (kind) => [kind, await pairs.filterSet("type", kind)] as const,
    ),
  );
  const ranked = intersectRanked(sets);
  const kinds = ranked.map(({ page }) => kindSets.find(([, set]) => hasPage(set, page))?.[0]);
  const ordered = await forReaders(ranked, kinds, (r) => r.inTitle, load, plan);
  return verifiedSession(ordered, load, plan, true, (data) =>
    highlight(excerptAround(data.content, plan), plan),
  );
}

/** English (and Latin-only queries on Chinese pages): Pagefind's own search, verified on zh. */
async function wordSearch(
  lookup: Lookup,
  query: string,
  plan: QueryPlan,
  verify: boolean,
  kindsOf: KindsOf | undefined,
): Promise<SearchSession> {
  const response = await lookup(query, { exact: false });
  const candidates: Candidate[] = response.results.map((result, index) => ({
    result,
    score: result.score,
    recency: index,
    inTitle: titleMatched(result),
  }));
  const load = remembered(loadResults);
  const ordered = await byKindOf(candidates, kindsOf, load, plan);
  return verifiedSession(ordered, load, plan, verify, (data) =>
    verify ? highlight(excerptAround(data.content, plan), plan) : data.excerpt,
  );
}

/**
 * Pagefind's pair lookups. A common pair is not looked up (its chunk is large, and it narrows
 * little): the page text check covers it.
 */
async function containsSearch(
  lookup: Lookup,
  plan: QueryPlan,
  pairs: PairIndex | undefined,
  kindsOf: KindsOf | undefined,
): Promise<SearchSession> {
  const skipped = (token: Token) => token.kind === "pair" && pairs?.isCommon(token.text) === true;
  const tokens = new Map<string, Token>();
  for (const term of plan.terms) {
    for (const token of term.tokens) if (!skipped(token)) tokens.set(key(token), token);
  }
  const keys = [...tokens.keys()];
  // Every token is looked up exactly and by prefix, both served from the same index chunk.
  // For a pair, the exact lookup decides which pages have it (a prefix lookup of a missing
  // pair falls back to a shorter prefix) and the prefix lookup gives every position and
  // Pagefind's relevance score. For a word, either lookup finding the page is enough. Exact
  // lookups go first: every term is required, so one pair on no page ends the search before
  // any prefix lookup (which, falling back, would list thousands of pages).
  const exact = await Promise.all(
    keys.map((k) => lookup((tokens.get(k) as Token).text, { exact: true })),
  );
  if (keys.some((k, i) => tokens.get(k)?.kind === "pair" && exact[i]?.results.length === 0)) {
    return EMPTY;
  }
  const lookups = await Promise.all(
    keys.map(async (k, i) => {
      const token = tokens.get(k) as Token;
      const ranked = await lookup(token.text, { exact: false });
      const exactResults = exact[i]?.results ?? [];
      const members = new Set(exactResults.map((r) => r.id));
      const found = new Map<string, PagefindResult>();
      for (const result of ranked.results) {
        if (token.kind === "word" || members.has(result.id)) found.set(result.id, result);
      }
      // A page the exact lookup found but the prefix lookup did not reach still counts.
      for (const result of exactResults) {
        if (!found.has(result.id)) found.set(result.id, result);
      }
      return found;
    }),
  );
  const byToken = new Map(keys.map((k, i) => [k, lookups[i] as Map<string, PagefindResult>]));

  // Pages that have every token looked up, with each chain of pairs close together (the pairs
  // looked up: a pair `gap` characters after the previous one is at most `gap` words further).
  const first = plan.terms.flatMap((term) => term.tokens).find((token) => !skipped(token));
  const pool = first ? byToken.get(key(first)) : undefined;
  if (!first || !pool) return EMPTY;
  const candidates: Candidate[] = [];
  for (const [id, result] of pool) {
    let score = 0;
    let fits = true;
    let inTitle = true;
    for (const term of plan.terms) {
      const found = term.tokens.map((token) =>
        skipped(token) ? null : byToken.get(key(token))?.get(id),
      );
      if (found.some((r) => r === undefined)) {
        fits = false;
        break;
      }
      const close = (chain: (typeof term.chains)[number]) => {
        const kept = chain.tokens.flatMap((i, at) => (found[i] ? [{ i, at }] : []));
        return chainFits(
          kept.map(({ i }) => found[i]?.words ?? []),
          kept
            .slice(1)
            .map(({ at }, n) => charsBetween(chain.gaps, (kept[n] as { at: number }).at, at)),
        );
      };
      if (!term.chains.every(close)) {
        fits = false;
        break;
      }
      for (const hit of found) {
        score += hit?.score ?? 0;
        if (hit && !titleMatched(hit)) inTitle = false;
      }
    }
    if (fits) candidates.push({ result, score, recency: 0, inTitle });
  }
  if (candidates.length === 0) return EMPTY;

  // Newer first among equals: the same lookup sorted by date ranks every candidate by age. Only
  // needed when two candidates share a score, which is rare once scores of pairs are summed.
  const scores = candidates.map((c) => c.score).sort((a, b) => a - b);
  if (scores.some((score, i) => i > 0 && score === scores[i - 1])) {
    const byDate = await lookup(first.text, { exact: first.kind === "pair", sortByDate: true });
    const order = new Map(byDate.results.map((r, index) => [r.id, index]));
    for (const candidate of candidates) {
      candidate.recency = order.get(candidate.result.id) ?? Number.MAX_SAFE_INTEGER;
    }
  }
  candidates.sort(compareRanked);
  // A term made only of common pairs (举报 in "举报 骚扰电话") narrowed nothing above: its pairs'
  // page sets drop a candidate before its fragment is loaded.
  const unchecked = new Set(
    plan.terms
      .filter((term) => term.tokens.length > 0 && term.tokens.every(skipped))
      .flatMap((term) => overlappingPairs(term.needle))
      .filter((pair) => pairs?.isCommon(pair)),
  );
  const load = remembered(
    pairs && unchecked.size > 0 ? filteredLoad(pairs, [...unchecked]) : loadResults,
  );
  const ordered = await byKindOf(candidates, kindsOf, load, plan);
  return verifiedSession(ordered, load, plan, true, (data) =>
    highlight(excerptAround(data.content, plan), plan),
  );
}

/** Loads the candidates in every common pair's set; null for the others, unloaded. */
function filteredLoad(
  pairs: PairIndex,
  common: string[],
): (batch: Candidate[]) => Promise<(PagefindData | null)[]> {
  let sets: Promise<PageSet[]> | undefined;
  return async (batch) => {
    sets ??= Promise.all(common.map((pair) => pairs.pairSet(pair)));
    const [numbers, loaded] = await Promise.all([
      pairs.pageNumbers(batch.map((c) => c.result.id)),
      sets,
    ]);
    return Promise.all(
      batch.map((c, i) => {
        const page = numbers[i];
        const kept = page === undefined || loaded.every((set) => hasPage(set, page));
        return kept ? c.result.data() : null;
      }),
    );
  };
}

type Load<T> = (batch: T[]) => Promise<(PagefindData | null)[]>;

/** A page read ahead to rank it is not read again to show it. */
function remembered<T>(load: Load<T>): Load<T> {
  const known = new Map<T, PagefindData | null>();
  return async (batch) => {
    const missing = batch.filter((candidate) => !known.has(candidate));
    if (missing.length > 0) {
      const loaded = await load(missing);
      missing.forEach((candidate, i) => known.set(candidate, loaded[i] ?? null));
    }
    return batch.map((candidate) => known.get(candidate) ?? null);
  };
}

/** Whether Pagefind found the term in the page's title. */
function titleMatched(result: PagefindResult): boolean {
  return result.matchedMetaFields?.includes("title") ?? false;
}

function byKindOf(
  candidates: Candidate[],
  kindsOf: KindsOf | undefined,
  load: Load<Candidate>,
  plan: QueryPlan,
): Promise<Candidate[]> | Candidate[] {
  if (!kindsOf || candidates.length < 2) return candidates;
  return kindsOf(candidates.map((c) => c.result.id)).then((kinds) =>
    forReaders(candidates, kinds, (c) => c.inTitle, load, plan),
  );
}

/**
 * Matches with the query in their title are read ahead to find one titled exactly so, when
 * there are this many or fewer; a query in more titles names a topic rather than a page.
 */
const EXACT_TITLE_PEEK = 5;

/**
 * Orders every match as readers look for them, before any is shown: a page titled exactly as
 * the query first, then by kind (KIND_TIER), then a title holding the query, then as ranked so
 * far (a stable sort). Only a few matches with the query in their title are read ahead, to find
 * an exact title.
 */
async function forReaders<T>(
  candidates: T[],
  kinds: (string | undefined)[],
  inTitle: (candidate: T) => boolean,
  load: Load<T>,
  plan: QueryPlan,
): Promise<T[]> {
  const titled = candidates.filter(inTitle);
  const exact = new Set<T>();
  if (titled.length > 0 && titled.length <= EXACT_TITLE_PEEK) {
    const query = plan.terms.map((term) => term.needle).join("");
    const loaded = await load(titled);
    titled.forEach((candidate, i) => {
      const title = loaded[i]?.meta["title"];
      if (title !== undefined && normalise(title) === query) exact.add(candidate);
    });
  }
  return candidates
    .map((candidate, index) => ({
      candidate,
      index,
      key: [
        exact.has(candidate) ? 0 : 1,
        KIND_TIER[kinds[index] ?? ""] ?? 3,
        inTitle(candidate) ? 0 : 1,
      ] as const,
    }))
    .sort(
      (a, b) =>
        a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index,
    )
    .map(({ candidate }) => candidate);
}

/** Characters from the start of a chain's pair `from` to that of its pair `to`. */
function charsBetween(gaps: number[], from: number, to: number): number {
  return gaps.slice(from, to).reduce((sum, gap) => sum + gap, 0);
}

function key(token: Token): string {
  return `${token.kind}:${token.text}`;
}

function loadResults(batch: Candidate[]): Promise<PagefindData[]> {
  return Promise.all(batch.map((c) => c.result.data()));
}

function verifiedSession<T>(
  candidates: T[],
  /** Each candidate's page, or null for one known not to match. */
  load: (batch: T[]) => Promise<(PagefindData | null)[]>,
  plan: QueryPlan,
  verify: boolean,
  excerpt: (data: PagefindData) => string,
): SearchSession {
  let cursor = 0;
  const session: SearchSession = {
    total: candidates.length,
    done: candidates.length === 0,
    async more(count) {
      const hits: Hit[] = [];
      while (hits.length < count && cursor < candidates.length) {
        const batch = candidates.slice(cursor, cursor + (count - hits.length));
        cursor += batch.length;
        const loaded = await load(batch);
        const shown: Hit[] = [];
        for (const data of loaded) {
          if (!data || (verify && !containsAll(data.content, plan))) {
            session.total--;
            continue;
          }
          shown.push(toHit(data, plan, excerpt(data)));
        }
        // Every match was ordered by kind before (forReaders); the titles now read settle
        // what is shown at once (and order it when no kinds were known).
        hits.push(...rankHits(shown, plan));
      }
      session.done = cursor >= candidates.length;
      return hits;
    },
  };
  return session;
}

/**
 * What a reader is most likely after, for each kind of page: the guides and case explainers
 * first, then bulletins and Q&A, then slogans and print materials; the standing pages (about,
 * privacy, accessibility), which mention everything, last.
 */
export const KIND_TIER: Record<string, number> = {
  guide: 1,
  explainer: 1,
  bulletin: 2,
  qa: 2,
  slogans: 3,
  material: 3,
  page: 4,
};

/**
 * Orders one batch of hits: a title that is exactly the query first, then by kind (KIND_TIER),
 * then a title containing every term, then as they came (Pagefind's score, or the pair index's
 * rank). Only what is shown at once is reordered: no page is loaded to rank it.
 */
export function rankHits(hits: Hit[], plan: QueryPlan): Hit[] {
  const query = plan.terms.map((term) => term.needle).join("");
  const key = (hit: Hit): [number, number, number] => [
    normalise(hit.title) === query ? 0 : 1,
    KIND_TIER[hit.kind] ?? 3,
    containsAll(hit.title, plan) ? 0 : 1,
  ];
  return hits
    .map((hit, index) => ({ hit, index, key: key(hit) }))
    .sort(
      (a, b) =>
        a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index,
    )
    .map(({ hit }) => hit);
}

function toHit(data: PagefindData, plan: QueryPlan, excerptHtml: string): Hit {
  // Only the Q&A page holds separate items under headings worth linking to directly.
  const sections = (data.meta["kind"] === "qa" ? (data.sub_results ?? []) : [])
    .filter((sub) => sub.url !== data.url && sub.url.includes("#"))
    .filter((sub) => containsAll(`${sub.title}\n${sub.excerpt}`, plan))
    .slice(0, 3)
    .map((sub) => ({ url: sub.url, title: sub.title }));
  return {
    url: data.url,
    title: data.meta["title"] ?? data.url,
    kind: data.meta["kind"] ?? "",
    date: data.meta["date"] ?? "",
    excerptHtml,
    sections,
  };
}
