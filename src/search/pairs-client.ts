/**
 * The pair index in the browser (`pairs-index.ts` writes it): its metadata loads with the
 * search page, beside Pagefind's runtime; page sets, page tables and page fragments load per
 * query, each once.
 *
 * Pages are loaded straight from Pagefind's fragment files (`fragment/<language>_<hash>`):
 * gzip of the signature `pagefind_dcd` and JSON, read the way Pagefind 1.6.0's own runtime
 * reads them (undocumented; pinned version, guarded by tests/search.e2e.test.ts).
 */
import type { PagefindData, PairIndex } from "./engine.ts";
import {
  bucketOf,
  commonPairs,
  decodeSet,
  type NumberBucket,
  type PageNumbers,
  type PageSet,
  type PageTable,
  type PairsMeta,
} from "./pair-sets.ts";

const PAIRS_SIGNATURE = "pingan_pairs";
const FRAGMENT_SIGNATURE = "pagefind_dcd";
const EMPTY_SET: PageSet = { pages: new Uint32Array(0) };

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: { element: string; id: string; text?: string; title?: string; location: number }[];
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The data after the signature. The files are gzip; a host that sends them with a
 * `Content-Encoding` has the browser unzip them already, which the signature tells.
 */
export async function unpack(bytes: Uint8Array, signature: string): Promise<Uint8Array> {
  const head = (data: Uint8Array) => new TextDecoder().decode(data.slice(0, signature.length));
  if (head(bytes) === signature) return bytes.slice(signature.length);
  const data = await gunzip(bytes);
  if (head(data) !== signature) throw new Error(`search index: unexpected file (${signature})`);
  return data.slice(signature.length);
}

async function fetchBytes(url: URL, init?: RequestInit): Promise<Uint8Array> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${response.status} fetching ${url.pathname}`);
  return new Uint8Array(await response.arrayBuffer());
}

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>) {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}

/**
 * Sections of a page with headings (the Q&A page) whose heading and text contain what
 * `matches` asks, as Pagefind's `sub_results` (anchored URL, heading, text).
 */
export function sections(
  fragment: Pick<Fragment, "content" | "anchors">,
  url: string,
): { url: string; title: string; excerpt: string }[] {
  const words = fragment.content.split("\u200b");
  const anchors = (fragment.anchors ?? [])
    .filter((a) => /^h\d$/i.test(a.element) && (a.title ?? a.text ?? "").trim())
    .sort((a, b) => a.location - b.location);
  return anchors.map((anchor, i) => ({
    url: `${url.split("#")[0]}#${anchor.id}`,
    title: (anchor.title ?? anchor.text ?? "").trim(),
    excerpt: words.slice(anchor.location, anchors[i + 1]?.location ?? words.length).join(""),
  }));
}

/**
 * The pair index of the language Pagefind loads for this page (`<html lang>`), or undefined
 * when there is none (a language without Han text): search then uses Pagefind alone.
 */
export async function loadPairIndex(
  pagefindScript: string,
  lang: string,
): Promise<PairIndex | undefined> {
  const bundle = new URL(".", new URL(pagefindScript, window.location.href));
  // Pagefind's own default: the site's base is the folder above its bundle.
  const site = new URL("..", bundle);
  const entry = (await (
    await fetch(new URL("pairs/entry.json", bundle), { cache: "no-cache" })
  ).json()) as { languages: Record<string, string> };
  const language = lang.toLowerCase();
  const key = entry.languages[language] ? language : language.split("-")[0];
  const folderName = key ? entry.languages[key] : undefined;
  if (!key || !folderName) return undefined;
  const folder = new URL(`pairs/${folderName}/`, bundle);
  const file = async (path: string) =>
    unpack(await fetchBytes(new URL(`${path}.pf_pairs`, folder)), PAIRS_SIGNATURE);
  const json = async <T>(path: string) =>
    JSON.parse(new TextDecoder().decode(await file(path))) as T;

  const meta = await json<PairsMeta>("meta");
  const common = commonPairs(meta);
  const sets = new Map<string, Promise<PageSet>>();
  const tables = new Map<string, Promise<PageTable>>();
  const byId = new Map<string, Promise<PageNumbers>>();
  const buckets = new Map<string, Promise<NumberBucket>>();
  const fragments = new Map<string, Promise<PagefindData>>();

  const loadPage = (hash: string) =>
    cached(fragments, hash, async () => {
      const bytes = await fetchBytes(new URL(`fragment/${key}_${hash}.pf_fragment`, bundle));
      const text = new TextDecoder().decode(await unpack(bytes, FRAGMENT_SIGNATURE));
      const fragment = JSON.parse(text) as Fragment;
      const url = new URL(fragment.url.replace(/^\/+/, ""), site).href;
      return {
        url,
        content: fragment.content.replace(/\u200b/g, ""),
        excerpt: "",
        meta: fragment.meta,
        sub_results: sections(fragment, url),
      };
    });

  return {
    isCommon: (pair) => common.has(pair),
    pairSet: (pair) => {
      const index = common.get(pair);
      if (index === undefined) return Promise.reject(new Error(`${pair} is not a common pair`));
      return cached(sets, `pair/${index}`, async () =>
        decodeSet(await file(`pair/${index}`), true),
      );
    },
    numberSet: async (numberKey) => {
      const bucket = String(bucketOf(numberKey, meta.numberBuckets));
      const keys = await cached(buckets, bucket, () => json<NumberBucket>(`number/${bucket}`));
      const encoded = keys[numberKey];
      if (encoded === undefined) return EMPTY_SET;
      return decodeSet(
        Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)),
        false,
      );
    },
    filterSet: (name, value) => {
      const index = meta.filters[name]?.[value];
      if (index === undefined) return Promise.resolve(EMPTY_SET);
      return cached(sets, `filter/${index}`, async () =>
        decodeSet(await file(`filter/${index}`), false),
      );
    },
    pageNumbers: (ids) =>
      Promise.all(
        ids.map(async (id) => {
          const hash = id.slice(id.indexOf("_") + 1);
          const digits = encodeURIComponent(hash.slice(0, meta.idDigits));
          const file = await cached(byId, digits, () => json<PageNumbers>(`id/${digits}`));
          return file[hash];
        }),
      ),
    pages: (numbers) =>
      Promise.all(
        numbers.map(async (page) => {
          const shard = String(Math.floor(page / meta.shard));
          const table = await cached(tables, shard, () => json<PageTable>(`page/${shard}`));
          const hash = table.hashes[page % meta.shard];
          if (hash === undefined) throw new Error(`search index: no page ${page}`);
          return loadPage(hash);
        }),
      ),
  };
}
