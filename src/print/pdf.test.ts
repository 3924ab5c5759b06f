/**
 * The PDFs as a print shop's software reads them: parsed back with pdf-lib (page count, boxes,
 * UserUnit), the QR code decoded from the preview drawn from the same SVG, the bytes the same
 * on every run, and the CMYK variant painting in DeviceCMYK. PDF/X and ink: pdfx.test.ts.
 */
import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { exampleSpecs } from "./examples.ts";
import { mm } from "./paper.ts";
import { MAX_PAGE_PT, pageBoxes } from "./pdf.ts";
import { qrPath } from "./qr.ts";
import { printableSpec, renderMaterial } from "./render.ts";
import { svgToPng } from "../draw/render.ts";

const close = (a: number, b: number) => Math.abs(a - b) < 0.01;

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Every content stream, inflated: what the page paints. */
function contentStreams(pdf: Buffer): string {
  const text = pdf.toString("latin1");
  const out: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/gu)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf("endstream", start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // Not a deflated stream.
    }
  }
  return out.join("\n");
}

describe("page boxes", () => {
  it("sets the trim to the exact size and the bleed around it", () => {
    const boxes = pageBoxes({
      trim: { widthMm: 297, heightMm: 420 },
      bleedMm: 3,
      cropMarks: false,
    });
    expect(boxes.userUnit).toBe(1);
    expect(boxes.media).toEqual(boxes.bleed);
    const [x0, y0, x1, y1] = boxes.trim;
    expect(close(x1 - x0, mm(297)) && close(y1 - y0, mm(420))).toBe(true);
    expect(close(x0, mm(3)) && close(y0, mm(3))).toBe(true);
  });

  it("makes room for crop marks outside the bleed", () => {
    const boxes = pageBoxes({ trim: { widthMm: 210, heightMm: 297 }, bleedMm: 3, cropMarks: true });
    expect(boxes.media[2]).toBeGreaterThan(boxes.bleed[2]);
    expect(close(boxes.trim[0] - boxes.bleed[0], mm(3))).toBe(true);
  });

  it("scales pages over 200 inches with a UserUnit, as PDF 1.6 allows", () => {
    const boxes = pageBoxes({
      trim: { widthMm: 6000, heightMm: 700 },
      bleedMm: 3,
      cropMarks: false,
    });
    expect(boxes.userUnit).toBe(2);
    expect(boxes.media[2]).toBeLessThanOrEqual(MAX_PAGE_PT);
    const [x0, , x1] = boxes.trim;
    expect(close((x1 - x0) * boxes.userUnit, mm(6000))).toBe(true);
  });
});

// Drawing a material takes up to a second; more on a busy machine.
describe("print PDFs", { timeout: 30_000 }, () => {
  it.each(Object.entries(exampleSpecs))(
    "%s: pages and boxes read back as specified",
    async (_name, spec) => {
      const { pdf, pages } = await renderMaterial(spec);
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      expect(doc.getPageCount()).toBe(pages);
      expect(doc.getTitle()).toBe(spec.name);
      for (const page of doc.getPages()) {
        const unit = page.node.get(PDFName.of("UserUnit"));
        const scale = unit instanceof PDFNumber ? unit.asNumber() : 1;
        const trim = page.getTrimBox();
        const bleed = page.getBleedBox();
        expect(close(trim.width * scale, mm(spec.trim.widthMm))).toBe(true);
        expect(close(trim.height * scale, mm(spec.trim.heightMm))).toBe(true);
        expect(close((bleed.width - trim.width) * scale, 2 * mm(spec.bleedMm))).toBe(true);
        expect(close((trim.x - bleed.x) * scale, mm(spec.bleedMm))).toBe(true);
      }
    },
  );

  it("gives the same bytes on every run (fixed dates, no random ids)", async () => {
    const first = await renderMaterial(exampleSpecs.poster);
    const second = await renderMaterial(exampleSpecs.poster);
    expect(first.pdf.equals(second.pdf)).toBe(true);
    expect(first.previews[0]?.equals(second.previews[0] ?? Buffer.alloc(0))).toBe(true);
  });

  it("draws the artwork as vectors: no embedded images or fonts", async () => {
    const { pdf } = await renderMaterial(exampleSpecs.leaflet);
    const text = pdf.toString("latin1");
    expect(text).not.toMatch(/\/Subtype\s*\/Image/u);
    expect(text).not.toMatch(/\/FontFile/u);
  });

  it("paints the CMYK variant in CMYK, text on black ink only", async () => {
    const { pdf, cmykPdf } = await renderMaterial(exampleSpecs.poster);
    const painted = contentStreams(cmykPdf);
    // The text colour (#1a1a1a) and the QR code: C0 M0 Y0 K100.
    expect(painted).toMatch(/\/DeviceCMYK cs\s+0 0 0 1 scn/u);
    expect(painted).not.toContain("/DeviceRGB");
    expect(contentStreams(pdf)).toContain("/DeviceRGB cs");
  });
});

describe("QR codes", { timeout: 30_000 }, () => {
  it.each([exampleSpecs.poster, exampleSpecs.leaflet, exampleSpecs.board, exampleSpecs.notice])(
    "decode to the reporting guide's address on the $kind",
    async (spec) => {
      const { previews } = await renderMaterial(spec);
      expect(decodeQr(previews.at(-1) ?? Buffer.alloc(0))).toBe(spec.qr.url);
    },
  );

  it("is drawn as one vector path that decodes at print size", () => {
    const url = "https://campaign.example.net/county/en/report/";
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200"><rect width="200" height="200" fill="#fff"/><path d="${qrPath(url, 0, 0, 200)}"/></svg>`;
    expect(decodeQr(svgToPng(svg, 400))).toBe(url);
  });
});

describe("English text", () => {
  it("prints curly quotes, drawn by the Latin font at their proportional width", () => {
    const spec = { ...exampleSpecs.poster, lang: "en", text: `a gang's "protective umbrella"` };
    expect(printableSpec(spec)).toMatchObject({ text: "a gang’s “protective umbrella”" });
    expect(printableSpec(exampleSpecs.poster)).toBe(exampleSpecs.poster);
  });
});
