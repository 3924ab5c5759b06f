/**
 * The pair index: written after Pagefind's, from Pagefind's own page fragments (so it holds
 * exactly the text Pagefind indexed), for what Pagefind serves badly (src/search/README.md):
 *
 * - the common pairs, those with more positions than one of Pagefind's index chunks holds:
 *   Pagefind stores each in a chunk of its own, which grows with it (40–120 KiB at 5,000
 *   pages for the commonest); here each is a page set with a tier byte per page, 1–2 KiB;
 * - pairs followed by a number (王某120), by their first digits, which Pagefind can only serve
 *   as a prefix lookup from one chunk;
 * - filter values as page sets, and a page table (page number → Pagefind fragment), so a query
 *   made only of common pairs runs without Pagefind and loads only the fragments it shows.
 *
 * Layout under `<pagefind>/pairs/`: `entry.json` names a folder per language, named after a
 * hash of its contents, holding `meta.pf_pairs` (loaded with the search page) and
 * `pair/<i>`, `page/<i>`, `id/<hex>`, `filter/<i>`, `number/<i>` (`.pf_pairs`, loaded per
 * query). Every
 * file but the entry is gzip of the signature `pingan_pairs` and its data.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { normalise } from "./query.ts";
import {
  bucketOf,
  encodeSet,
  pageNumberKeys,
  tierOf,
  type NumberBucket,
  type PageNumbers,
  type PageTable,
  type PairsMeta,
} from "./pair-sets.ts";

/** Pages per page-table file. */
export const PAGE_SHARD = 64;
/** About how many bytes of page sets one number-key file holds. */
const NUMBER_BUCKET_BYTES = 3072;

export const PAIRS_DIR = "pairs";
export const SIGNATURE = "pingan_pairs";

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

/** What the index keeps of a page: its text is read once, as it is read, and let go. */
interface Page {
  hash: string;
  date: string;
  url: string;
  title: string;
  filters: Record<string, string[]>;
  /** The page's pairs (dense ids) and how often each occurs. */
  pairs: Uint32Array;
  counts: Uint32Array;
  numberKeys: Set<string>;
}

export interface PairsSummary {
  language: string;
  pages: number;
  common: number;
  files: number;
  bytes: number;
}

function readPages(
  names: string[],
  read: (name: string) => Uint8Array,
  counter: PairCounter,
): Page[] {
  // Synchronous gunzip: for files of a few KB, the thread pool's round trips cost more than they
  // save. Each text is counted at once, so no page's text outlives its turn (garbage collection
  // stays in the young generation).
  return names.map((name) => {
    const raw = gunzipSync(read(name));
    const json = raw.toString("utf8");
    const fragment = JSON.parse(json.slice(json.indexOf("{"))) as Fragment;
    const text = normalise(fragment.content);
    const { pairs, counts } = counter.count(text);
    return {
      hash: name.slice(name.indexOf("_") + 1, -".pf_fragment".length),
      date: fragment.meta["date"] ?? "",
      url: fragment.url,
      title: normalise(fragment.meta["title"] ?? ""),
      filters: fragment.filters ?? {},
      pairs,
      counts,
      numberKeys: pageNumberKeys(text),
    };
  });
}

/** Newest first; pages without a date last; then by address, so builds repeat. */
function byRecency(a: Page, b: Page): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

function pack(data: Uint8Array | string): Buffer {
  const body = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, "utf8"), body]));
}

const HAN = /\p{Script=Han}/u;
/** Whether each BMP code unit is a Han character: a table, as every character is tested. */
const BMP_HAN = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0x2e80; c < 0x10000; c++) {
    if (c < 0xd800 || c > 0xdfff) table[c] = HAN.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return table;
})();

/**
 * Numbers every Han character it meets, densely, so that a pair's key (first × 2^15 + second)
 * is a small integer; a page's pairs are counted in an open-addressing table of such keys.
 * (Past 2^15 distinct characters, a pair is left out: no Chinese site comes near.)
 */
class PairCounter {
  private readonly bmp = new Int32Array(0x10000).fill(-1);
  private readonly astral = new Map<string, number>();
  readonly chars: string[] = [];
  /** Pair key → dense pair id. */
  private slots = new Int32Array(1 << 16).fill(-1);
  private slotIds = new Int32Array(1 << 16);
  readonly keys: number[] = [];

  private charId(text: string, i: number, unit: number): number {
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const char = text.slice(i, i + 2);
      if (!HAN.test(char)) return -1;
      let id = this.astral.get(char);
      if (id === undefined) {
        id = this.chars.push(char) - 1;
        this.astral.set(char, id);
      }
      return id;
    }
    if (BMP_HAN[unit] !== 1) return -1;
    let id = this.bmp[unit] as number;
    if (id < 0) {
      id = this.chars.push(String.fromCharCode(unit)) - 1;
      this.bmp[unit] = id;
    }
    return id;
  }

  /** The dense id of a pair key, numbered on first sight unless `known` only. */
  pairId(key: number, known = false): number {
    let mask = this.slots.length - 1;
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const found = this.slots[at] as number;
      if (found === key) return this.slotIds[at] as number;
      if (found === -1) break;
      at = (at + 1) & mask;
    }
    if (known) return -1;
    const id = this.keys.push(key) - 1;
    if (this.keys.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      this.slotIds = new Int32Array(this.slots.length);
      mask = this.slots.length - 1;
      this.keys.forEach((k, i) => {
        let j = (Math.imul(k, 0x9e3779b1) >>> 0) & mask;
        while (this.slots[j] !== -1) j = (j + 1) & mask;
        this.slots[j] = k;
        this.slotIds[j] = i;
      });
    } else {
      this.slots[at] = key;
      this.slotIds[at] = id;
    }
    return id;
  }

  /** Calls `visit` with the id of every pair of adjacent Han characters of `text`. */
  each(text: string, visit: (id: number) => void, known = false): void {
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const id = this.charId(text, i, unit);
      if (unit >= 0xd800 && unit <= 0xdbff) i++;
      if (id >= 0 && previous >= 0 && previous < 0x8000 && id < 0x8000) {
        const pair = this.pairId(previous * 0x8000 + id, known);
        if (pair >= 0) visit(pair);
      }
      previous = id;
    }
  }

  private scratch = new Uint32Array(1024);
  private readonly touched: number[] = [];
  /** Positions of each pair over every page counted. */
  occurrences = new Float64Array(1024);

  /** A text's pairs (ids) and how often each occurs in it. */
  count(text: string): { pairs: Uint32Array; counts: Uint32Array } {
    this.each(text, (id) => {
      if (id >= this.scratch.length) {
        const grown = new Uint32Array(this.scratch.length * 2);
        grown.set(this.scratch);
        this.scratch = grown;
        const occurrences = new Float64Array(grown.length);
        occurrences.set(this.occurrences);
        this.occurrences = occurrences;
      }
      if (this.scratch[id] === 0) this.touched.push(id);
      this.scratch[id] = (this.scratch[id] as number) + 1;
    });
    const pairs = Uint32Array.from(this.touched);
    const counts = new Uint32Array(pairs.length);
    pairs.forEach((id, i) => {
      const count = this.scratch[id] as number;
      counts[i] = count;
      this.occurrences[id] = (this.occurrences[id] as number) + count;
      this.scratch[id] = 0;
    });
    this.touched.length = 0;
    return { pairs, counts };
  }

  text(id: number): string {
    const key = this.keys[id] as number;
    return `${this.chars[Math.floor(key / 0x8000)]}${this.chars[key % 0x8000]}`;
  }
}

/** The files of one language's pair index, by path inside its folder. */
export function languageFiles(
  pages: Page[],
  counter: PairCounter,
  commonPositions: number,
): Map<string, Buffer> | undefined {
  pages.sort(byRecency);
  const files = new Map<string, Buffer>();
  const keys = counter.keys;
  if (keys.length === 0) return undefined;

  // In code point order, which compresses best; a pair's set is `pair/<its place>`.
  const common = keys
    .map((_, id) => ({ id, text: counter.text(id) }))
    .filter(({ id }) => (counter.occurrences[id] as number) > commonPositions)
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const slot = new Int32Array(keys.length).fill(-1);
  common.forEach(({ id }, i) => (slot[id] = i));
  const members = common.map(() => [] as number[]);
  const tiers = common.map(() => [] as number[]);
  pages.forEach((page, n) => {
    const inTitle = new Set<number>();
    counter.each(page.title, (id) => inTitle.add(id), true);
    page.pairs.forEach((id, at) => {
      const i = slot[id] as number;
      if (i < 0) return;
      members[i]?.push(n);
      tiers[i]?.push(tierOf(page.counts[at] as number, inTitle.has(id)));
    });
  });
  members.forEach((list, i) =>
    files.set(`pair/${i}.pf_pairs`, pack(encodeSet(list, tiers[i] ?? []))),
  );

  for (let start = 0; start < pages.length; start += PAGE_SHARD) {
    const table: PageTable = {
      hashes: pages.slice(start, start + PAGE_SHARD).map((page) => page.hash),
    };
    files.set(`page/${start / PAGE_SHARD}.pf_pairs`, pack(JSON.stringify(table)));
  }

  // Fragment hash → page number, by the hash's first hex digits (about 16 pages a file), for
  // Pagefind's results to be checked against page sets.
  const idDigits = pages.length > 2048 ? 2 : 1;
  const numbersById = new Map<string, PageNumbers>();
  pages.forEach((page, n) => {
    const digits = page.hash.slice(0, idDigits);
    const file = numbersById.get(digits) ?? {};
    file[page.hash] = n;
    numbersById.set(digits, file);
  });
  for (const [digits, file] of numbersById) {
    files.set(`id/${encodeURIComponent(digits)}.pf_pairs`, pack(JSON.stringify(file)));
  }

  const filterPages = new Map<string, Map<string, number[]>>();
  pages.forEach((page, n) => {
    for (const [name, values] of Object.entries(page.filters)) {
      const byValue = filterPages.get(name) ?? new Map<string, number[]>();
      filterPages.set(name, byValue);
      for (const value of new Set(values)) {
        const list = byValue.get(value);
        if (list) list.push(n);
        else byValue.set(value, [n]);
      }
    }
  });
  const filters: PairsMeta["filters"] = {};
  let filterFile = 0;
  for (const name of [...filterPages.keys()].sort()) {
    const byValue = filterPages.get(name) as Map<string, number[]>;
    filters[name] = {};
    for (const value of [...byValue.keys()].sort()) {
      filters[name][value] = filterFile;
      files.set(`filter/${filterFile++}.pf_pairs`, pack(encodeSet(byValue.get(value) ?? [])));
    }
  }

  const numbers = new Map<string, number[]>();
  pages.forEach((page, n) => {
    for (const key of page.numberKeys) {
      const list = numbers.get(key);
      if (list) list.push(n);
      else numbers.set(key, [n]);
    }
  });
  const encoded = [...numbers].map(([key, list]) => [key, encodeSet(list)] as const);
  const total = encoded.reduce((sum, [key, set]) => sum + key.length * 3 + set.length, 0);
  const numberBuckets = Math.max(1, Math.ceil(total / NUMBER_BUCKET_BYTES));
  const buckets: NumberBucket[] = Array.from({ length: numberBuckets }, () => ({}));
  for (const [key, set] of encoded) {
    (buckets[bucketOf(key, numberBuckets)] as NumberBucket)[key] =
      Buffer.from(set).toString("base64");
  }
  buckets.forEach((bucket, i) => files.set(`number/${i}.pf_pairs`, pack(JSON.stringify(bucket))));

  const meta: PairsMeta = {
    pages: pages.length,
    shard: PAGE_SHARD,
    idDigits,
    common: common.map(({ text }) => text).join(""),
    numberBuckets,
    filters,
  };
  files.set("meta.pf_pairs", pack(JSON.stringify(meta)));
  return files;
}

export { isChinese } from "../i18n/locales.ts";

/**
 * Writes one Chinese language's pair index into `<pagefindDir>/pairs/<folder>/`, from
 * Pagefind's fragments (by file name, as Pagefind handed them over; other languages' are
 * skipped), and returns the folder's name (for `writePairsEntry`). A pair with more than
 * `commonPositions` positions (the index chunk size) is common.
 */
export async function writeLanguagePairs(
  pagefindDir: string,
  language: string,
  commonPositions: number,
  fragments: ReadonlyMap<string, Uint8Array>,
): Promise<{ folder: string; summary: PairsSummary } | undefined> {
  const prefix = `${language}_`;
  const names = [...fragments.keys()].filter(
    (name) => name.startsWith(prefix) && name.endsWith(".pf_fragment"),
  );
  const counter = new PairCounter();
  const pages = readPages(names, (name) => fragments.get(name) ?? new Uint8Array(), counter);
  const files = languageFiles(pages, counter, commonPositions);
  if (!files) return undefined;
  const hash = createHash("sha256");
  for (const [path, data] of files) hash.update(path).update(data);
  const folder = `${language}-${hash.digest("hex").slice(0, 12)}`;
  const root = join(pagefindDir, PAIRS_DIR, folder);
  const dirs = new Set([...files.keys()].map((path) => path.split("/").slice(0, -1).join("/")));
  for (const dir of dirs) await mkdir(join(root, dir), { recursive: true });
  for (const [path, data] of files) writeFileSync(join(root, path), data);
  return {
    folder,
    summary: {
      language,
      pages: pages.length,
      common: [...files.keys()].filter((path) => path.startsWith("pair/")).length,
      files: files.size,
      bytes: [...files.values()].reduce((sum, data) => sum + data.length, 0),
    },
  };
}

/** Writes `<pagefindDir>/pairs/entry.json`: each language's folder (the search page reads it). */
export async function writePairsEntry(
  pagefindDir: string,
  folders: Record<string, string>,
): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(folders).sort(([a], [b]) => (a < b ? -1 : 1)));
  await mkdir(join(pagefindDir, PAIRS_DIR), { recursive: true });
  await writeFile(
    join(pagefindDir, PAIRS_DIR, "entry.json"),
    JSON.stringify({ version: 1, languages: sorted }),
  );
}
