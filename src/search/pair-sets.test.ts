import { describe, expect, it } from "vitest";
import {
  bucketOf,
  commonPairs,
  countPairs,
  decodeSet,
  encodeSet,
  hasPage,
  intersectRanked,
  IN_TITLE,
  overlappingPairs,
  pageNumberKeys,
  termNumberKeys,
  tierOf,
  type PageSet,
} from "./pair-sets.ts";

const set = (pages: number[], tiers?: number[]): PageSet => ({
  pages: Uint32Array.from(pages),
  ...(tiers ? { tiers: Uint8Array.from(tiers) } : {}),
});

describe("page sets", () => {
  it("round-trip as varint deltas, with or without tiers", () => {
    const pages = [0, 1, 2, 127, 128, 300, 16_384, 2_000_000];
    const tiers = [0, 1, 2, 3, 8, 9, 15, 7];
    const withTiers = decodeSet(encodeSet(pages, tiers), true);
    expect([...withTiers.pages]).toEqual(pages);
    expect([...(withTiers.tiers ?? [])]).toEqual(tiers);
    expect([...decodeSet(encodeSet(pages), false).pages]).toEqual(pages);
    expect([...decodeSet(encodeSet([]), false).pages]).toEqual([]);
  });

  it("take about a byte per page when dense", () => {
    const pages = Array.from({ length: 1000 }, (_, i) => i * 2);
    expect(encodeSet(pages).length).toBeLessThan(1003);
  });

  it("refuse pages out of order, and truncated data", () => {
    expect(() => encodeSet([3, 2])).toThrow();
    expect(() => encodeSet([1, 2], [0])).toThrow();
    expect(() => decodeSet(Uint8Array.from([2, 0x81]), false)).toThrow();
  });

  it("tier a page by how often the pair occurs (log 2, at most 7) and by the title", () => {
    expect(tierOf(1, false)).toBe(0);
    expect(tierOf(3, false)).toBe(1);
    expect(tierOf(4, true)).toBe(2 | IN_TITLE);
    expect(tierOf(10_000, false)).toBe(7);
  });
});

describe("intersection and ranking", () => {
  it("keeps the pages in every set", () => {
    const ranked = intersectRanked([set([1, 3, 5, 7, 9, 200]), set([0, 3, 4, 9, 200, 201])]);
    expect(ranked.map((r) => r.page)).toEqual([3, 9, 200]);
    expect(intersectRanked([set([1, 2]), set([])])).toEqual([]);
    expect(intersectRanked([])).toEqual([]);
  });

  it("ranks title first, then the rarest pair's frequency, then newer (lower number)", () => {
    // Page 4: both pairs in the title. Page 1: frequent, not in the title. Pages 2, 3: tied.
    const a = set([1, 2, 3, 4], [5, 0, 0, IN_TITLE]);
    const b = set([1, 2, 3, 4], [5, 1, 0, IN_TITLE | 2]);
    expect(intersectRanked([a, b]).map((r) => r.page)).toEqual([4, 1, 2, 3]);
    // The title counts only when every pair is in it.
    const c = set([1, 2], [IN_TITLE, 0]);
    const d = set([1, 2], [0, IN_TITLE]);
    expect(intersectRanked([c, d]).map((r) => [r.page, r.inTitle])).toEqual([
      [1, false],
      [2, false],
    ]);
  });

  it("ranks sets without tiers (numbers, filters) newest first", () => {
    expect(intersectRanked([set([9, 2, 5].sort((x, y) => x - y))]).map((r) => r.page)).toEqual([
      2, 5, 9,
    ]);
  });
});

describe("membership", () => {
  it("finds a page in a set by binary search", () => {
    const s = set([2, 5, 9, 40]);
    expect([0, 2, 5, 6, 9, 40, 41].map((page) => hasPage(s, page))).toEqual([
      false,
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(hasPage(set([]), 0)).toBe(false);
  });
});

describe("keys", () => {
  it("lists every overlapping pair of each Han run, and counts a text's pairs", () => {
    expect(overlappingPairs("扫黑除恶a专项")).toEqual(["扫黑", "黑除", "除恶", "专项"]);
    expect(overlappingPairs("黑")).toEqual([]);
    expect(countPairs("扫黑，扫黑除恶")).toEqual(
      new Map([
        ["扫黑", 2],
        ["黑除", 1],
        ["除恶", 1],
      ]),
    );
  });

  it("files a number after a pair under each of its leading digits; a query needs one key", () => {
    expect([...pageNumberKeys("涉及王某1203，编号12")].filter((k) => !k.startsWith("#"))).toEqual([
      "王某1",
      "王某12",
      "王某120",
      "王某1203",
      "编号1",
      "编号12",
    ]);
    expect([...pageNumberKeys("王某12345678")]).toContain("王某123456");
    expect([...pageNumberKeys("王某12345678")]).not.toContain("王某1234567");
    expect(termNumberKeys("王某1")).toEqual(["王某1"]);
    expect(termNumberKeys("涉及王某12345678号")).toEqual(["王某123456"]);
    expect(termNumberKeys("某1")).toEqual([]);
    // A number alone: any piece of any run of digits.
    expect([...pageNumberKeys("电话012337")]).toContain("#12337");
    expect([...pageNumberKeys("电话012337")]).toContain("#2");
    expect(termNumberKeys("12337")).toEqual(["#12337"]);
    expect(termNumberKeys("a12")).toEqual([]);
  });

  it("spreads keys over buckets, the same way every time", () => {
    const buckets = new Set(["王某1", "李某2", "编号10", "张某3"].map((k) => bucketOf(k, 64)));
    expect(buckets.size).toBeGreaterThan(1);
    expect(bucketOf("王某1", 64)).toBe(bucketOf("王某1", 64));
    expect(bucketOf("王某1", 1)).toBe(0);
  });

  it("reads the common pairs, astral characters included", () => {
    const pairs = commonPairs({
      pages: 1,
      shard: 64,
      idDigits: 1,
      common: "扫黑𠀀恶",
      numberBuckets: 1,
      filters: {},
    });
    expect([...pairs]).toEqual([
      ["扫黑", 0],
      ["𠀀恶", 1],
    ]);
  });
});
