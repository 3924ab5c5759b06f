/**
 * Print benchmark: each kind of material (the shared examples) drawn cold several times, with
 * the PDF, CMYK and preview sizes, then written from the cache; and as the baseline, the bare
 * pipeline the issue measured (Satori's SVG of the same page → svg-to-pdfkit, no fitting, QR,
 * preview or boxes), so the cost of everything print needs on top is visible.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { exampleSpecs } from "../print/examples.ts";
import { canvasSize } from "../print/paper.ts";
import { materialPages, renderMaterial } from "../print/render.ts";
import { writeMaterial } from "../print/output.ts";
import type { MaterialSpec } from "../print/spec.ts";
import { elementToSvg } from "../draw/render.ts";

export interface PrintFigures {
  kind: string;
  size: string;
  pages: number;
  seconds: number;
  baselineSeconds: number;
  pdfKiB: number;
  cmykKiB: number;
  previewKiB: number;
  cachedMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

/** The bare pipeline: Satori SVG → svg-to-pdfkit on a page of the canvas size. */
async function baseline(spec: MaterialSpec): Promise<number> {
  const { width, height } = canvasSize(spec);
  const [, seconds] = await timed(async () => {
    const svgs = await Promise.all(
      materialPages(spec).map((page) => elementToSvg(page.element, width, height)),
    );
    const doc = new PDFDocument({ autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on("end", resolve));
    for (const svg of svgs) {
      doc.addPage({ size: [width, height], margin: 0 });
      SVGtoPDF(doc, svg, 0, 0, { assumePt: true });
    }
    doc.end();
    await done;
  });
  return seconds;
}

export async function benchPrint(
  runs: number,
  log: (line: string) => void,
): Promise<PrintFigures[]> {
  const rows: PrintFigures[] = [];
  const dir = await mkdtemp(join(tmpdir(), "pingan-bench-print-"));
  try {
    // Warm up fonts and modules once, so the first kind does not carry the process start.
    await renderMaterial(exampleSpecs.banner);
    for (const [kind, example] of Object.entries(exampleSpecs)) {
      const spec: MaterialSpec = { ...example, cmyk: true };
      const times: number[] = [];
      const bases: number[] = [];
      let rendered = await renderMaterial(spec);
      for (let i = 0; i < runs; i++) {
        const [result, seconds] = await timed(() => renderMaterial(spec));
        rendered = result;
        times.push(seconds);
        bases.push(await baseline(spec));
      }
      const cache = join(dir, "cache");
      await writeMaterial(spec, join(dir, "out"), cache);
      const [, cachedSeconds] = await timed(() => writeMaterial(spec, join(dir, "out"), cache));
      const row: PrintFigures = {
        kind,
        size: `${spec.trim.widthMm / 10}×${spec.trim.heightMm / 10} cm`,
        pages: rendered.pages,
        seconds: median(times),
        baselineSeconds: median(bases),
        pdfKiB: Math.round(rendered.pdf.length / 1024),
        cmykKiB: Math.round((rendered.cmykPdf?.length ?? 0) / 1024),
        previewKiB: Math.round(rendered.previews.reduce((sum, png) => sum + png.length, 0) / 1024),
        cachedMs: Math.round(cachedSeconds * 1000),
      };
      log(`  ${kind}: ${row.seconds.toFixed(2)} s, ${row.pdfKiB} KiB`);
      rows.push(row);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
