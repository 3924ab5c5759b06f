/**
 * Every file a material gets, read back as a print shop's preflight reads it: PDF/X-4 keys,
 * the GTS_PDFX output intent with its /N 4 profile, no RGB, soft mask or transparency group in
 * the CMYK file, total ink under the limit as Ghostscript separates it, and no word from
 * Ghostscript or qpdf. The preflight note says the same figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import {
  ghostscriptSays,
  maxTotalInk,
  pdfxProblems,
  qpdfSays,
} from "../../tests/support/pdf-check.ts";
import { scaleNote } from "./banner.ts";
import { exampleSpecs } from "./examples.ts";
import { mm } from "./paper.ts";
import { renderMaterial } from "./render.ts";

const dir = mkdtempSync(join(tmpdir(), "pingan-pdfx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const written = (name: string, bytes: Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe("PDF/X-4 files", { timeout: 60_000 }, () => {
  it.each(Object.entries(exampleSpecs))("%s: RGB and CMYK files pass", async (kind, spec) => {
    const { pdf, cmykPdf, scalePdf, preflight } = await renderMaterial(spec);
    const rgb = written(`${kind}.pdf`, pdf);
    const cmyk = written(`${kind}-cmyk.pdf`, cmykPdf);
    expect(pdfxProblems(rgb, { cmyk: false })).toEqual([]);
    expect(pdfxProblems(cmyk, { cmyk: true })).toEqual([]);
    for (const file of [rgb, cmyk]) {
      expect(ghostscriptSays(file)).toBe("");
      expect(qpdfSays(file)).toBe("");
    }
    const ink = maxTotalInk(cmyk);
    expect(ink).toBeLessThanOrEqual(300);
    // The note's figure is the colours' own; Ghostscript rounds each ink to 1/255.
    expect(Math.abs(ink - preflight.totalInk)).toBeLessThan(2);
    expect(preflight.pdfx).toBe("PDF/X-4");
    expect(preflight.outputCondition).toBe("FOGRA39");
    if (kind === "banner") {
      expect(scalePdf).toBeDefined();
      const scale = written("banner-scale.pdf", scalePdf ?? Buffer.alloc(0));
      expect(pdfxProblems(scale, { cmyk: true })).toEqual([]);
      expect(ghostscriptSays(scale)).toBe("");
      expect(maxTotalInk(scale)).toBeLessThanOrEqual(300);
    } else expect(scalePdf).toBeUndefined();
  });

  it("draws a banner's scale file at a tenth of its size, saying so in its title and slug", async () => {
    const spec = exampleSpecs.banner;
    const { scalePdf } = await renderMaterial(spec);
    const doc = await PDFDocument.load(scalePdf ?? Buffer.alloc(0), { updateMetadata: false });
    expect(doc.getTitle()).toContain(scaleNote(spec));
    expect(scaleNote(spec)).toBe("比例 1:10，实际尺寸 600×70 cm");
    expect(scaleNote({ ...spec, lang: "en" })).toBe("Scale 1:10, actual size 600 × 70 cm");
    const page = doc.getPage(0);
    const unit = page.node.get(PDFName.of("UserUnit"));
    expect(unit instanceof PDFNumber ? unit.asNumber() : 1).toBe(1);
    expect(Math.abs(page.getTrimBox().width - mm(600))).toBeLessThan(0.01);
    // The slug holds the note above and below the bleed.
    expect(page.getMediaBox().height).toBeGreaterThan(page.getBleedBox().height + mm(15));
  });

  it("keeps the banner's true size with a UserUnit", async () => {
    const { cmykPdf } = await renderMaterial(exampleSpecs.banner);
    const doc = await PDFDocument.load(cmykPdf, { updateMetadata: false });
    const page = doc.getPage(0);
    const unit = page.node.get(PDFName.of("UserUnit"));
    expect(unit instanceof PDFNumber ? unit.asNumber() : 1).toBe(2);
    expect(Math.abs(page.getTrimBox().width * 2 - mm(6000))).toBeLessThan(0.01);
  });
});

describe("preflight note", { timeout: 30_000 }, () => {
  it("gives the smallest text and the QR code's module and scanning distance", async () => {
    const { preflight } = await renderMaterial(exampleSpecs.poster);
    expect(preflight.finishedSize).toBe("A3 (297 × 420 mm)");
    expect(preflight.smallestTextPt).toBeGreaterThan(5);
    const qr = preflight.qr;
    expect(qr).toBeDefined();
    // The rule: a code scans from up to ten times its width.
    expect(qr?.maxDistanceM).toBeCloseTo(((qr?.widthMm ?? 0) * 10) / 1000, 1);
    expect(qr?.widthMm).toBeCloseTo((qr?.moduleMm ?? 0) * (qr?.modules ?? 0), 0);
  });
});
