/**
 * The pair index's formats and the pure steps of a query over it, shared by the build
 * (`pairs-index.ts`) and the browser (`pairs-client.ts`), free of I/O so they can be unit
 * tested.
 *
 * Pages are numbered per language, newest first (pages without a date last), so a lower number
 * breaks a tie in favour of the newer page. A page set is a list of page numbers, ascending,
 * written as varint deltas; a pair's set also carries one tier byte per page (how often the
 * pair occurs, and whether the title has it).
 */

/** Bit of a tier byte: the page's title contains the pair. */
export const IN_TITLE = 8;
/** Bits of a tier byte: floor(log2(occurrences of the pair on the page)), at most 7. */
export const FREQUENCY = 7;

export function tierOf(occurrences: number, inTitle: boolean): number {
  const frequency = Math.min(FREQUENCY, Math.floor(Math.log2(Math.max(1, occurrences))));
  return frequency | (inTitle ? IN_TITLE : 0);
}

export interface PageSet {
  /** Page numbers, ascending. */
  pages: Uint32Array;
  /** One tier byte per page, for a pair's set; absent for filters and numbers. */
  tiers?: Uint8Array;
}

/** Page numbers (ascending, distinct) and, for a pair, their tiers: count, deltas, tiers. */
export function encodeSet(pages: readonly number[], tiers?: readonly number[]): Uint8Array {
  if (tiers && tiers.length !== pages.length) throw new Error("page set: one tier per page");
  const out = new Uint8Array(5 * (pages.length + 1) + (tiers?.length ?? 0));
  let at = 0;
  const write = (value: number) => {
    let v = value;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    out[at++] = v;
  };
  write(pages.length);
  let previous = 0;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i] as number;
    if (i > 0 && page <= previous) throw new Error("page set: pages must ascend");
    write(i === 0 ? page : page - previous);
    previous = page;
  }
  if (tiers) {
    out.set(tiers, at);
    at += tiers.length;
  }
  return out.slice(0, at);
}

export function decodeSet(bytes: Uint8Array, withTiers: boolean): PageSet {
  let at = 0;
  const read = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++];
      if (byte === undefined) throw new Error("page set: truncated");
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  const count = read();
  const pages = new Uint32Array(count);
  let page = 0;
  for (let i = 0; i < count; i++) {
    page = i === 0 ? read() : page + read();
    pages[i] = page;
  }
  if (!withTiers) return { pages };
  if (bytes.length - at !== count) throw new Error("page set: one tier per page expected");
  return { pages, tiers: bytes.slice(at, at + count) };
}

export interface RankedPage {
  page: number;
  /** Every pair set given says the title has its pair. */
  inTitle: boolean;
  /** The lowest frequency tier among the pair sets given (0 without any). */
  frequency: number;
}

/**
 * Pages in every set, ranked: the title has every pair first, then by how often the rarest
 * pair occurs, then newer (lower page number) first.
 */
export function intersectRanked(sets: readonly PageSet[]): RankedPage[] {
  if (sets.length === 0) return [];
  // Walk the smallest set and look each page up in the others by galloping binary search.
  const order = [...sets].sort((a, b) => a.pages.length - b.pages.length);
  const smallest = order[0] as PageSet;
  const cursors = order.map(() => 0);
  const ranked: RankedPage[] = [];
  outer: for (let i = 0; i < smallest.pages.length; i++) {
    const page = smallest.pages[i] as number;
    let inTitle = true;
    let frequency = Number.POSITIVE_INFINITY;
    for (let s = 0; s < order.length; s++) {
      const set = order[s] as PageSet;
      const at = s === 0 ? i : seek(set.pages, page, cursors[s] as number);
      cursors[s] = at;
      if (set.pages[at] !== page) continue outer;
      if (set.tiers) {
        const tier = set.tiers[at] as number;
        inTitle &&= (tier & IN_TITLE) !== 0;
        frequency = Math.min(frequency, tier & FREQUENCY);
      }
    }
    const tiered = Number.isFinite(frequency);
    ranked.push({ page, inTitle: tiered && inTitle, frequency: tiered ? frequency : 0 });
  }
  return ranked.sort(compareRankedPages);
}

export function compareRankedPages(a: RankedPage, b: RankedPage): number {
  if (a.inTitle !== b.inTitle) return a.inTitle ? -1 : 1;
  if (a.frequency !== b.frequency) return b.frequency - a.frequency;
  return a.page - b.page;
}

/** The first index at or after `from` whose page is not below `page`. */
function seek(pages: Uint32Array, page: number, from: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < pages.length && (pages[high] as number) < page) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, pages.length);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((pages[mid] as number) < page) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Digits after a pair of Han characters (王某120): the index keeps, for each pair followed by a
 * number, the pages per leading digits, up to this many.
 */
export const NUMBER_DIGITS = 6;

const PAIR_THEN_DIGITS = /(\p{Script=Han}{2})([0-9]+)/gu;

/**
 * The keys a normalised page text files under: for every Han pair followed by digits, the pair
 * with the first 1, 2, … `NUMBER_DIGITS` of them (王某120 → 王某1, 王某12, 王某120).
 */
export function pageNumberKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const match of text.matchAll(PAIR_THEN_DIGITS)) {
    const [, pair, digits] = match as unknown as [string, string, string];
    for (let k = 1; k <= Math.min(digits.length, NUMBER_DIGITS); k++) {
      keys.add(pair + digits.slice(0, k));
    }
  }
  // A number on its own is found inside any run of digits: every piece of up to
  // `NUMBER_DIGITS` digits of every run is a key (`#` and the digits).
  for (const [run] of text.matchAll(/[0-9]+/g)) {
    for (let start = 0; start < run.length; start++) {
      for (let k = 1; k <= Math.min(run.length - start, NUMBER_DIGITS); k++) {
        keys.add(`#${run.slice(start, start + k)}`);
      }
    }
  }
  return keys;
}

/**
 * The keys a normalised query term needs: a page containing 王某12 has 王某 followed by digits
 * that start with 12, so it is filed under 王某12; a page containing the number 12337 has it in
 * a run of digits, so it is filed under #12337.
 */
export function termNumberKeys(needle: string): string[] {
  if (/^[0-9]+$/.test(needle)) return [`#${needle.slice(0, NUMBER_DIGITS)}`];
  return [...needle.matchAll(PAIR_THEN_DIGITS)].map((match) => {
    const [, pair, digits] = match as unknown as [string, string, string];
    return pair + digits.slice(0, NUMBER_DIGITS);
  });
}

/** Which of `buckets` files holds a number key (FNV-1a over UTF-16 code units). */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** Every overlapping pair of each Han run of a normalised term (扫黑除恶 → 扫黑, 黑除, 除恶). */
export function overlappingPairs(needle: string): string[] {
  const pairs = new Set<string>();
  for (const match of needle.matchAll(/\p{Script=Han}{2,}/gu)) {
    const chars = [...match[0]];
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...pairs];
}

/** Pair occurrences in a normalised text: every two adjacent Han characters. */
export function countPairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/\p{Script=Han}{2,}/gu)) {
    const chars = [...match[0]];
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = `${chars[i]}${chars[i + 1]}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/** The per-language metadata the search page loads once (`meta.json.gz`). */
export interface PairsMeta {
  /** Pages of this language, numbered 0… newest first. */
  pages: number;
  /** Hex digits of a fragment hash that name its file of page numbers (`id/<digits>`). */
  idDigits: number;
  /** Pages per page-table file. */
  shard: number;
  /** The common pairs, concatenated: pair i is code points 2i and 2i+1; its set is `pair/<i>`. */
  common: string;
  /** Number-key files (`number/<bucket>`). */
  numberBuckets: number;
  /** Filter name → value → file number (`filter/<n>`). */
  filters: Record<string, Record<string, number>>;
}

/** One page-table file: the Pagefind fragment hash (without the language) of each page. */
export interface PageTable {
  hashes: string[];
}

/** One file of page numbers: fragment hash (without the language) → page number. */
export type PageNumbers = Record<string, number>;

/** Whether a set has the page (binary search). */
export function hasPage(set: PageSet, page: number): boolean {
  let low = 0;
  let high = set.pages.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((set.pages[mid] as number) < page) low = mid + 1;
    else high = mid;
  }
  return set.pages[low] === page;
}

/** One number-key file: key → page set (varint deltas, base64). */
export type NumberBucket = Record<string, string>;

export function commonPairs(meta: PairsMeta): Map<string, number> {
  const chars = [...meta.common];
  const map = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(`${chars[i]}${chars[i + 1]}`, i / 2);
  return map;
}
