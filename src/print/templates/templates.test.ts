/**
 * Image snapshots of every print template (each page's preview, cropped to the trim) in
 * Chinese, English and at extreme lengths; the typesetting rules checked on every drawn page
 * (no widow, no split word, no list item across columns); and the fit rules: text that cannot
 * fit fails naming the file, the field and how much is over.
 */
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setMessageLocale } from "../../i18n/messages.ts";
import { expectSnapshot } from "../../../tests/support/snapshot.ts";
import { exampleSets, exampleSpecs } from "../examples.ts";
import { drawnBlocks, PrintFitError, typesetProblems } from "../layout.ts";
import { paperSizes } from "../paper.ts";
import { materialPages, PREVIEW_WIDTH, renderMaterial } from "../render.ts";
import type { MaterialSpec } from "../spec.ts";

// Messages are asserted in English here (Chinese is the default; see src/i18n/messages.ts).
beforeAll(() => setMessageLocale("en"));
afterAll(() => setMessageLocale("zh-cn"));

const SNAPSHOTS = join(import.meta.dirname, "__snapshots__");

/** Every example of every set, named as its snapshots are: `leaflet`, `en-leaflet`… */
const examples: [string, MaterialSpec][] = Object.entries(exampleSets).flatMap(([set, specs]) =>
  Object.entries(specs).map(([kind, spec]): [string, MaterialSpec] => [
    set === "zh" ? kind : `${set}-${kind}`,
    spec,
  ]),
);

describe("print template snapshots", { timeout: 60_000 }, () => {
  it.each(examples)("%s", async (name, spec) => {
    const { previews, pages } = await renderMaterial(spec);
    expect(pages).toBe(spec.kind === "leaflet" ? 2 : 1);
    for (const [i, png] of previews.entries()) {
      const image = PNG.sync.read(png);
      expect(image.width).toBe(PREVIEW_WIDTH);
      // The preview is the trim: its proportions are the sheet's.
      expect(image.height).toBe(
        Math.round((PREVIEW_WIDTH * spec.trim.heightMm) / spec.trim.widthMm),
      );
      expectSnapshot(png, join(SNAPSHOTS, `${name}-${i + 1}.png`));
    }
  });
});

describe("typesetting", () => {
  // Posters and notices also at the other paper sizes staff print them at.
  const sized = examples.flatMap(([name, spec]): [string, MaterialSpec][] =>
    spec.kind === "poster" || spec.kind === "notice"
      ? (["A2", "A3", "A4"] as const).map((paper) => [
          `${name} ${paper}`,
          { ...spec, paper, trim: { ...paperSizes[paper] } },
        ])
      : [[name, spec]],
  );

  it.each(sized)("%s: no widow, no split word, no item across columns", (_, spec) => {
    const problems = materialPages(spec).flatMap((page) => typesetProblems(page.element));
    expect(problems).toEqual([]);
  });

  it("gives a board's defined terms a block each, and runs a board without them in columns", () => {
    const blocksOf = (spec: MaterialSpec) =>
      materialPages(spec).flatMap((page) => drawnBlocks(page.element).map((b) => b.block));
    const board = exampleSets.zh.board;
    expect(blocksOf(board).filter((block) => / term \d+$/u.test(block))).toHaveLength(4);
    const plain = {
      ...board,
      blocks: board.blocks.map((block) => ({ ...block, text: block.text.replace("：", "，") })),
    };
    expect(blocksOf(plain).some((block) => block.includes(" term "))).toBe(false);
    expect(materialPages(plain).flatMap((page) => typesetProblems(page.element))).toEqual([]);
  });

  it("finds what it looks for on a page broken without the print rules", () => {
    const line = (text: string, block: string, column: number, source?: string) => ({
      type: "div" as const,
      props: {
        children: text,
        "data-block": block,
        "data-kind": "item",
        "data-column": column,
        ...(source ? { "data-source": source } : {}),
      },
    });
    const page = {
      type: "div" as const,
      props: {
        children: [
          line(
            "把持基层政权、操纵破坏基层换届选",
            "flow#1",
            0,
            "把持基层政权、操纵破坏基层换届选举。",
          ),
          line("举。", "flow#1", 1),
        ],
      },
    };
    expect(typesetProblems(page)).toEqual([
      'flow#1: widow "举。"',
      'flow#1: word split "换届选|举。"',
      'flow#1: item split across columns "把持基层政权、操纵破坏基层换届选|举。"',
    ]);
  });

  it("sets English in the Latin font with curly quotes and English sample marks", () => {
    const [page] = materialPages(exampleSets.en.leaflet).slice(1);
    const text = JSON.stringify(page?.element);
    expect(text).toContain('"fontFamily":"Noto Sans"');
    expect(text).toContain("gang’s “protective umbrella”");
    expect(text).toContain("0000-12345678 (sample)");
    expect(text).not.toContain("示例）");
  });
});

describe("text that does not fit", { timeout: 30_000 }, () => {
  it("fails a banner slogan naming the file, the field and the maximum", async () => {
    const spec = {
      ...exampleSpecs.banner,
      trim: { widthMm: 3000, heightMm: 700 },
      slogan: "打击黑恶势力 保障人民安居乐业",
    };
    await expect(renderMaterial(spec)).rejects.toThrow(
      "content/print/zh-cn/banner.yaml: slogan is 8 characters too long for a 300 × 70 cm banner, which holds at most 6 characters on one line",
    );
  });

  it("fails a poster slogan too long for three lines, saying by how much", async () => {
    const spec = { ...exampleSpecs.poster, slogan: "扫黑除恶".repeat(12) };
    const error = await renderMaterial(spec).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrintFitError);
    expect((error as PrintFitError).field).toBe("slogan");
    expect((error as Error).message).toMatch(
      /^content\/print\/zh-cn\/poster\.yaml: slogan is about \d+ characters too long for the slogan area of an A3 poster/u,
    );
  });

  it("fails a leaflet page whose sections overflow, naming the page", async () => {
    const long = exampleSpecs.leaflet.pages[0]?.sections[0];
    if (!long) throw new Error("example leaflet has no section");
    const page = { heading: "太长的一页", sections: Array.from({ length: 12 }, () => long) };
    const spec = { ...exampleSpecs.leaflet, pages: [page, ...exampleSpecs.leaflet.pages.slice(1)] };
    await expect(renderMaterial(spec)).rejects.toThrow(
      /leaflet\.yaml: pages\[0\]\.sections is about \d+ characters too long for page 1 of the A4 leaflet, even at the smallest size of 10\.5 pt/u,
    );
  });
});
