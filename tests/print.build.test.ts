/**
 * Print materials on the real builds: the manifest lists every material with its trim, bleed
 * and pages; each PDF parses with those boxes and page count; the QR code, rasterised from the
 * PDF itself with poppler's pdftoppm, decodes to the reporting guide's absolute address in the
 * material's language under the site and base of that build; every file is PDF/X-4 and every
 * material has a CMYK file that a preflight passes (tests/support/pdf-check.ts); and each
 * material has a page with its full text, preview, downloads and preflight note, indexed for
 * search.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadPages, type BuiltPage } from "./support/dist.ts";
import { ghostscriptSays, maxTotalInk, pdfxProblems, qpdfSays } from "./support/pdf-check.ts";

interface Item {
  id: string;
  kind: string;
  locale: string;
  file: string;
  cmykFile: string;
  scaleFile?: string;
  scaleNote?: string;
  previews: string[];
  trim: { widthMm: number; heightMm: number };
  bleedMm: number;
  pages: number;
  preflight?: {
    pdfx: string;
    totalInk: number;
    inkLimit: number;
    smallestTextPt: number;
    qr?: { moduleMm: number; maxDistanceM: number };
  };
}

const PT_PER_MM = 72 / 25.4;
const scratch = mkdtempSync(join(tmpdir(), "pingan-print-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The last page of a PDF as pixels, drawn by poppler, not by our renderer. */
function rasterise(pdf: string, pages: number): PNG {
  const out = join(scratch, `page-${Math.random().toString(36).slice(2)}`);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "110",
    "-f",
    String(pages),
    "-l",
    String(pages),
    pdf,
    out,
  ]);
  const file = readdirSync(scratch).find((name) => name.startsWith(out.split("/").pop() ?? ""));
  if (!file) throw new Error(`pdftoppm wrote nothing for ${pdf}`);
  return PNG.sync.read(readFileSync(join(scratch, file)));
}

function checkMaterials(dist: () => string, base: string, site: string) {
  let manifest: Item[] = [];
  let pages: BuiltPage[] = [];
  beforeAll(() => {
    manifest = JSON.parse(readFileSync(join(dist(), "materials/manifest.json"), "utf8")) as Item[];
    pages = loadPages(dist(), base);
  });

  it("lists every kind in both languages for posters and leaflets, with their files", () => {
    const kinds = new Set(manifest.map((item) => item.kind));
    expect([...kinds].sort()).toEqual(["banner", "board", "leaflet", "notice", "poster"]);
    for (const kind of ["poster", "leaflet"]) {
      expect(
        manifest
          .filter((item) => item.kind === kind)
          .map((item) => item.locale)
          .sort(),
      ).toEqual(["en", "zh-cn"]);
    }
    for (const item of manifest) {
      const scale = item.scaleFile ? [item.scaleFile] : [];
      for (const file of [item.file, item.cmykFile, ...scale, ...item.previews]) {
        expect(existsSync(join(dist(), file)), file).toBe(true);
      }
      expect(item.previews).toHaveLength(item.pages);
    }
    expect(existsSync(join(dist(), "build-handover"))).toBe(false);
  });

  it("writes PDFs whose page count, TrimBox and BleedBox match the manifest", async () => {
    for (const item of manifest) {
      for (const file of [item.file, item.cmykFile]) {
        const doc = await PDFDocument.load(readFileSync(join(dist(), file)), {
          updateMetadata: false,
        });
        expect(doc.getPageCount(), file).toBe(item.pages);
        for (const page of doc.getPages()) {
          const unit = page.node.get(PDFName.of("UserUnit"));
          const scale = unit instanceof PDFNumber ? unit.asNumber() : 1;
          const trim = page.getTrimBox();
          const bleed = page.getBleedBox();
          expect(trim.width * scale, file).toBeCloseTo(item.trim.widthMm * PT_PER_MM, 1);
          expect(trim.height * scale, file).toBeCloseTo(item.trim.heightMm * PT_PER_MM, 1);
          expect((bleed.width - trim.width) * scale, file).toBeCloseTo(
            2 * item.bleedMm * PT_PER_MM,
            1,
          );
        }
      }
    }
  });

  it("makes every file PDF/X-4 and every material a CMYK file a preflight passes", () => {
    for (const item of manifest) {
      expect(item.cmykFile, item.id).toMatch(/-cmyk\.pdf$/u);
      const rgb = join(dist(), item.file);
      const cmyk = join(dist(), item.cmykFile);
      expect(pdfxProblems(rgb, { cmyk: false }), item.file).toEqual([]);
      expect(pdfxProblems(cmyk, { cmyk: true }), item.cmykFile).toEqual([]);
      for (const file of [rgb, cmyk]) {
        expect(ghostscriptSays(file), file).toBe("");
        expect(qpdfSays(file), file).toBe("");
      }
      const ink = maxTotalInk(cmyk);
      expect(ink, item.cmykFile).toBeLessThanOrEqual(300);
      expect(item.preflight?.pdfx, item.id).toBe("PDF/X-4");
      expect(Math.abs(ink - (item.preflight?.totalInk ?? 0)), item.id).toBeLessThan(2);
      expect(item.preflight?.smallestTextPt, item.id).toBeGreaterThan(5);
      if (item.kind === "banner") {
        expect(item.scaleFile, item.id).toMatch(/-scale-1to10-\d+x\d+cm\.pdf$/u);
        expect(item.scaleNote, item.id).toMatch(
          /^(?:比例 1:10，实际尺寸|Scale 1:10, actual size)/u,
        );
        const scale = join(dist(), item.scaleFile ?? "");
        expect(pdfxProblems(scale, { cmyk: true }), item.scaleFile).toEqual([]);
        expect(ghostscriptSays(scale), item.scaleFile).toBe("");
        // Inkjet banners (喷绘) need no bleed: the fixture's print.yaml says banner.bleedMm: 0.
        expect(item.bleedMm, item.id).toBe(0);
      } else {
        expect(item.scaleFile, item.id).toBeUndefined();
        expect(item.preflight?.qr?.moduleMm, item.id).toBeGreaterThan(0.3);
      }
    }
  });

  it("prints QR codes that decode to the reporting guide in the material's language", () => {
    const withQr = manifest.filter((item) => item.kind !== "banner");
    expect(withQr.length).toBeGreaterThanOrEqual(6);
    for (const item of withQr) {
      const image = rasterise(join(dist(), item.file), item.pages);
      const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
      const prefix = item.locale === "en" ? "en/" : "";
      expect(code?.data, item.file).toBe(`${site}${base}${prefix}report/`);
    }
  });

  it("gives each material a page with its text, preview, notes and downloads, for search", () => {
    for (const item of manifest) {
      const url = `${base}${item.locale === "en" ? "en/" : ""}materials/${item.id}/`;
      const page = pages.find((candidate) => candidate.url === url);
      expect(page, url).toBeDefined();
      if (!page) continue;
      expect(page.$("[data-pagefind-body]").length, url).toBe(1);
      expect(page.$("h1").text().length).toBeGreaterThan(0);
      expect(page.$(".material-text").text().trim().length, url).toBeGreaterThan(10);
      expect(page.$("[data-material-pdf]").attr("href")).toBe(`${base}${item.file}`);
      const previews = page.$(".material-previews img");
      expect(previews.length).toBe(item.pages);
      previews.each((_, img) => {
        expect(page.$(img).attr("alt")?.length ?? 0).toBeGreaterThan(0);
        // Shown as WebP copies sized for the screen, through sharp; the PNG is for download.
        const srcset = page.$(img).attr("srcset") ?? "";
        const copies = srcset.split(",").map((entry) => entry.trim().split(" "));
        expect(copies.length, url).toBeGreaterThanOrEqual(3);
        for (const [href, width] of copies) {
          expect(href, url).toMatch(/\.webp$/);
          expect(width, url).toMatch(/^\d+w$/);
          expect(existsSync(join(dist(), (href ?? "").slice(base.length))), href).toBe(true);
        }
        expect(page.$(img).attr("src"), url).toMatch(/\.webp$/);
        expect(page.$(img).attr("sizes"), url).toBeTruthy();
      });
      const notes = page.$(".material-notes").text();
      if (item.bleedMm > 0) expect(notes).toContain(`${item.bleedMm}`);
      else expect(notes).toMatch(/不需要出血|need no bleed/u);
      expect(page.$("[data-material-cmyk]").attr("href")).toBe(`${base}${item.cmykFile}`);
      expect(page.$("[data-material-send]").text().length, url).toBeGreaterThan(10);
      const preflight = page.$("[data-material-preflight]").text();
      expect(preflight, url).toContain("PDF/X-4");
      expect(preflight, url).toContain(String(item.preflight?.totalInk));
      if (item.scaleFile) {
        expect(page.$("[data-material-scale]").attr("href")).toBe(`${base}${item.scaleFile}`);
        expect(page.$("[data-material-scale]").text()).toContain(item.scaleNote ?? "");
      }
    }
    const list = pages.find((page) => page.url === `${base}materials/`);
    expect(list?.$("[data-material]").length).toBe(new Set(manifest.map((item) => item.id)).size);
  });

  it("shows the leaflet's four features and the poster's slogan as text", () => {
    const leaflet = pages.find((page) => page.url === `${base}materials/leaflet-know-and-report/`);
    const text = leaflet?.$(".material-text").text() ?? "";
    for (const feature of ["组织特征", "经济特征", "行为特征", "危害特征", "举报奖励", "12337"]) {
      expect(text).toContain(feature);
    }
    const poster = pages.find((page) => page.url === `${base}en/materials/poster-report/`);
    expect(poster?.$(".material-text__slogan").text()).toMatch(/12337/u);
  });
}

describe("print materials at the site root", () => {
  checkMaterials(() => inject("distRoot"), "/", "https://pingan.example.org");
});

describe("print materials under a base path", () => {
  checkMaterials(() => inject("distBase"), "/county/", "https://campaign.example.net");
});
