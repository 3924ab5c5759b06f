/**
 * Image snapshots of every print template (each page's preview, cropped to the trim), and the
 * fit rules: text that cannot fit fails naming the file, the field and how much is over.
 */
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setMessageLocale } from "../../i18n/messages.ts";
import { expectSnapshot } from "../../../tests/support/snapshot.ts";
import { exampleSpecs } from "../examples.ts";
import { PrintFitError } from "../layout.ts";
import { PREVIEW_WIDTH, renderMaterial } from "../render.ts";

// Messages are asserted in English here (Chinese is the default; see src/i18n/messages.ts).
beforeAll(() => setMessageLocale("en"));
afterAll(() => setMessageLocale("zh-cn"));

const SNAPSHOTS = join(import.meta.dirname, "__snapshots__");

describe("print template snapshots", { timeout: 30_000 }, () => {
  it.each(Object.entries(exampleSpecs))("%s", async (name, spec) => {
    const { previews, pages } = await renderMaterial(spec);
    expect(pages).toBe(name === "leaflet" ? 2 : 1);
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
