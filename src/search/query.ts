/**
 * Query planning for "contains" search over Pagefind, free of the DOM and of Pagefind itself so
 * it can be unit tested.
 *
 * Pagefind 1.6.0 indexes Chinese text as dictionary words plus every overlapping pair of
 * characters. A Chinese run in the query therefore becomes its overlapping pairs, each looked up
 * as an exact word: a page that contains the run contains every pair. Pages that have all the
 * pairs are then checked for the run itself, first by word positions (cheap, from the search
 * result) and finally against the page text.
 */
import { escapeHtml } from "../html/escape.ts";

/** Han ideographs (incl. extensions and compatibility) — the script Pagefind pairs up. */
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const WORD_CHARS = /[\p{L}\p{N}]+/gu;

export interface TermPlan {
  /** The term as the reader typed it, trimmed: shown and highlighted. */
  text: string;
  /** The normalised form every page text is checked against. */
  needle: string;
  /** Exact lookups that every matching page must satisfy (pairs, single Han chars, words). */
  tokens: Token[];
  /** Pairs of each Han run, in order, whose word positions must be close (see `chainFits`). */
  chains: Chain[];
}

export interface Token {
  /** What to look up. */
  text: string;
  /**
   * `pair`: two Han characters, which the index holds as a word wherever they are adjacent;
   * `word`: a single Han character, a number or a Latin word, found as a whole word or as the
   * start of a longer one.
   */
  kind: "pair" | "word";
}

export interface Chain {
  /** Indexes into `tokens`. */
  tokens: number[];
  /** Characters between the starts of consecutive pairs (1 or 2). */
  gaps: number[];
}

export interface QueryPlan {
  terms: TermPlan[];
}

/**
 * The form both the query and page text take before "contains" is checked: compatibility
 * forms folded (full-width ＡＢＣ１２ → ABC12), lower case, and no white space or zero-width
 * joiners (Pagefind puts U+200B between the words it segmented).
 */
export function normalise(text: string): string {
  // Pagefind's zero-width spaces sit between every two words: removed by plain string search
  // first, which is far quicker than the pattern on a whole page.
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replaceAll("\u200b", "")
    .replace(/[\s\u200c\u200d\u2060\ufeff]+/g, "");
}

function isHan(char: string): boolean {
  return HAN.test(char);
}

/** Splits a query into terms (space-separated, all required) and plans the lookups for each. */
export function planQuery(query: string): QueryPlan {
  const terms: TermPlan[] = [];
  const seen = new Set<string>();
  for (const raw of query.normalize("NFKC").split(/[\s\u3000]+/)) {
    const text = raw.trim();
    const needle = normalise(text);
    if (!needle || seen.has(needle)) continue;
    // A term made only of punctuation finds nothing a reader would want; skip it.
    if (!/[\p{L}\p{N}]/u.test(needle)) continue;
    seen.add(needle);
    terms.push(planTerm(text, needle));
  }
  // A term inside another (扫黑 beside 扫黑除恶) is found wherever the longer one is: it would
  // only cost lookups.
  return {
    terms: terms.filter(
      (term) => !terms.some((other) => other !== term && other.needle.includes(term.needle)),
    ),
  };
}

function planTerm(text: string, needle: string): TermPlan {
  const tokens: Token[] = [];
  const chains: Chain[] = [];
  const add = (token: Token): number => {
    const existing = tokens.findIndex((t) => t.text === token.text && t.kind === token.kind);
    if (existing >= 0) return existing;
    tokens.push(token);
    return tokens.length - 1;
  };
  const runs = [...needle.matchAll(HAN_RUN)].map((match) => [...match[0]]);
  for (const run of runs.filter((r) => r.length >= 2)) {
    // Pairs that cover the run without overlapping (扫黑除恶 → 扫黑, 除恶), and for an odd
    // length the last pair too: a page containing the run has every one of them, and each
    // pair looked up costs an index chunk.
    const starts: number[] = [];
    for (let i = 0; i + 1 < run.length; i += 2) starts.push(i);
    if (run.length % 2 === 1) starts.push(run.length - 2);
    chains.push({
      tokens: starts.map((i) => add({ text: `${run[i]}${run[i + 1]}`, kind: "pair" })),
      gaps: starts.slice(1).map((start, i) => start - (starts[i] as number)),
    });
  }
  // With pairs to look up, the rest of the term needs no lookup of its own: the pairs already
  // narrow the pages down, and each page's text is checked for the whole term. Looking up a
  // number or a single character by prefix would miss words beyond the one index chunk
  // Pagefind loads for a prefix.
  if (tokens.length === 0) {
    for (const run of runs) add({ text: run.join(""), kind: "word" });
    const rest = needle.replace(HAN_RUN, " ");
    for (const match of rest.matchAll(WORD_CHARS)) add({ text: match[0], kind: "word" });
  }
  return { text, needle, tokens, chains };
}

/**
 * Whether the word positions Pagefind reported for each pair of a chain could come from one
 * contiguous run of text. A pair is placed at the word holding its first character, and each
 * character further on can start at most one new word, so a pair `gap` characters after the
 * previous one is at most `gap` words further.
 */
export function chainFits(positions: number[][], gaps: number[]): boolean {
  if (positions.length === 0) return true;
  let reachable = new Set(positions[0]);
  for (let i = 1; i < positions.length; i++) {
    const gap = gaps[i - 1] ?? 1;
    const next = new Set<number>();
    for (const position of positions[i] ?? []) {
      for (let back = 0; back <= gap; back++) {
        if (reachable.has(position - back)) {
          next.add(position);
          break;
        }
      }
    }
    if (next.size === 0) return false;
    reachable = next;
  }
  return true;
}

/** Whether a page's text contains every term of the query. */
export function containsAll(pageText: string, plan: QueryPlan): boolean {
  const haystack = normalise(pageText);
  return plan.terms.every((term) => haystack.includes(term.needle));
}

/** Whether a query needs the Chinese pair planning (any Han character in it). */
export function hasHan(query: string): boolean {
  return [...query].some(isHan);
}

export interface Ranked {
  score: number;
  /** Rank by date, newest 0; pages without a date last. */
  recency: number;
}

/** Relevance (Pagefind's score, which weighs title matches heavily), then newer first. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.recency - b.recency;
}

/**
 * Marks every occurrence of the terms in `text` (HTML-escaped), tolerant of the white space and
 * zero-width characters that normalisation removes, for the result excerpt.
 */
export function highlight(text: string, plan: QueryPlan): string {
  const chars = [...text];
  const keep: number[] = [];
  let folded = "";
  chars.forEach((char, index) => {
    const n = normalise(char);
    for (const c of n) {
      folded += c;
      keep.push(index);
    }
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of plan.terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term.needle, from);
      if (at < 0) break;
      const start = keep[at] ?? 0;
      const end = keep[at + term.needle.length - 1] ?? start;
      for (let i = start; i <= end; i++) marked[i] = true;
      from = at + 1;
    }
  }
  let html = "";
  let open = false;
  chars.forEach((char, index) => {
    if (marked[index] && !open) {
      html += "<mark>";
      open = true;
    } else if (!marked[index] && open) {
      html += "</mark>";
      open = false;
    }
    html += escapeHtml(char);
  });
  if (open) html += "</mark>";
  return html;
}

/**
 * A window of page text around the first match, for the result excerpt: about `length`
 * characters, starting a little before the match.
 */
export function excerptAround(text: string, plan: QueryPlan, length = 80): string {
  const clean = text.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "").replace(/\s+/g, " ");
  const first = plan.terms[0];
  if (!first) return clean.slice(0, length);
  const folded = normalise(clean);
  const at = folded.indexOf(first.needle);
  if (at < 0) return clean.slice(0, length);
  // Map the folded offset back to the clean text by counting kept characters.
  let seen = 0;
  let start = 0;
  for (const [index, char] of [...clean].entries()) {
    if (seen >= at) {
      start = index;
      break;
    }
    seen += normalise(char).length;
  }
  const chars = [...clean];
  const from = Math.max(0, start - Math.floor(length / 4));
  const slice = chars.slice(from, from + length).join("");
  return `${from > 0 ? "…" : ""}${slice}${from + length < chars.length ? "…" : ""}`;
}
