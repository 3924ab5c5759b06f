/**
 * npm run bench [-- --only images,print,search,build,studio] [-- --sizes 100,1000,5000]
 *                [-- --build-sizes 500,2000,10000] [-- --cards 300]
 * Measures share images against plain Satori + resvg, print materials against the bare
 * Satori → svg-to-pdfkit pipeline, search at each corpus size against stock
 * Pagefind on the same index, and the whole build against a plain Astro site of the same
 * Markdown, and the staff studio's start, save and print-preview times, and prints tables. Figures are printed, not asserted:
 * speed belongs here, not in the tests.
 */
import { parseArgs } from "node:util";
import { benchBuild, Discard, type BuildFigures } from "../src/bench/build.ts";
import { benchImages, type ImageFigures } from "../src/bench/images.ts";
import { benchPrint, type PrintFigures } from "../src/bench/print.ts";
import { benchSearch, type SearchFigures } from "../src/bench/search.ts";
import { benchStudio, type StudioFigures } from "../src/bench/studio.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,5000" },
    only: { type: "string", default: "images,print,search,build,studio" },
    "print-runs": { type: "string", default: "3" },
    "build-sizes": { type: "string", default: "500,2000,10000" },
    cards: { type: "string", default: "300" },
  },
});
const only = new Set(values.only.split(",").map((part) => part.trim()));

function table<T>(rows: T[], columns: [string, (row: T) => string | number][]): void {
  console.log(`\n| ${columns.map(([name]) => name).join(" | ")} |`);
  console.log(`|${columns.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${columns.map(([, get]) => get(row)).join(" | ")} |`);
}

// Images first: the first render must be the first in this process to measure its cost.
if (only.has("images")) {
  const cards = Number(values.cards);
  console.log(`images: ${cards} share cards (1200×630)`);
  const { rows } = await benchImages(cards, (line) => console.log(line));
  table<ImageFigures>(rows, [
    ["run", (r) => r.run],
    ["cards", (r) => r.cards],
    ["rendered", (r) => r.rendered],
    ["seconds", (r) => r.seconds.toFixed(2)],
    ["cards/s", (r) => r.cardsPerSecond.toFixed(1)],
    ["× baseline", (r) => (r.cardsPerSecond / (rows[0]?.cardsPerSecond ?? 1)).toFixed(2)],
    ["peak RSS MiB", (r) => r.peakRssMiB],
  ]);
}

if (only.has("print")) {
  const runs = Number(values["print-runs"]);
  console.log(
    `print: each kind of material, median of ${runs} cold renders (PDF + CMYK PDF + previews)`,
  );
  const rows = await benchPrint(runs, (line) => console.log(line));
  table<PrintFigures>(rows, [
    ["kind", (r) => r.kind],
    ["trim", (r) => r.size],
    ["pages", (r) => r.pages],
    ["seconds", (r) => r.seconds.toFixed(2)],
    ["bare Satori→PDF s", (r) => r.baselineSeconds.toFixed(2)],
    ["× bare", (r) => (r.seconds / Math.max(r.baselineSeconds, 1e-6)).toFixed(2)],
    ["PDF KiB", (r) => r.pdfKiB],
    ["CMYK KiB", (r) => r.cmykKiB],
    ["previews KiB", (r) => r.previewKiB],
    ["from cache ms", (r) => r.cachedMs],
  ]);
}

if (only.has("search")) {
  const rows: SearchFigures[] = [];
  for (const size of values.sizes.split(",").map((part) => Number(part.trim()))) {
    console.log(`search: ${size} pages`);
    rows.push(...(await benchSearch(size, (line) => console.log(line))));
  }
  table<SearchFigures>(rows, [
    ["pages", (r) => r.pages],
    ["search", (r) => r.mode],
    ["index KiB", (r) => r.indexKiB],
    ["queries", (r) => r.queries],
    ["KiB/query median", (r) => r.bytesMedianKiB],
    ["KiB/query p95", (r) => r.bytesP95KiB],
    ["runtime KiB", (r) => r.runtimeKiB],
    ["ms median", (r) => r.msMedian],
    ["ms p95", (r) => r.msP95],
    ["recall", (r) => r.recall],
    ["precision", (r) => r.precision],
  ]);
}

if (only.has("build")) {
  const rows: BuildFigures[] = [];
  const discard = await Discard.create();
  try {
    for (const size of values["build-sizes"].split(",").map((part) => Number(part.trim()))) {
      console.log(`build: ${size} pages of content (both locales)`);
      rows.push(await benchBuild(size, (line) => console.log(line), discard));
    }
  } finally {
    await discard.empty();
  }
  // Everything but the share images and PDFs: Astro, the staff files and the search index; the
  // median of the cold builds (the stages and the rest are the first cold build's).
  const siteAndSearch = (r: BuildFigures) => r.siteSearchSeconds;
  table<BuildFigures>(rows, [
    ["content pages", (r) => r.pages],
    ["built pages", (r) => r.builtPages],
    ["full build s", (r) => r.seconds.toFixed(1)],
    ["start-up + content s", (r) => r.contentSeconds.toFixed(1)],
    ["pages s", (r) => r.pagesSeconds.toFixed(1)],
    [
      "staff files s (waited)",
      (r) => `${r.staffSeconds.toFixed(1)} (${r.staffWaitSeconds.toFixed(1)})`,
    ],
    [
      "search index s (waited)",
      (r) => `${r.indexWriteSeconds.toFixed(1)} (${r.searchSeconds.toFixed(1)})`,
    ],
    ["site+search s (median)", (r) => siteAndSearch(r).toFixed(1)],
    ["images s", (r) => r.imagesSeconds.toFixed(1)],
    ["images/s", (r) => r.imagesPerSecond.toFixed(1)],
    ["PDFs s", (r) => r.pdfSeconds.toFixed(1)],
    ["PDFs drawn", (r) => r.pdfsDrawn],
    ["peak MiB", (r) => r.peakMiB ?? "n/a"],
    ["output MiB", (r) => r.outputMiB],
    ["rebuild s", (r) => r.rebuildSeconds.toFixed(1)],
    ["rebuild images", (r) => r.rebuildImagesRendered],
    ["rebuild PDFs", (r) => r.rebuildPdfsDrawn],
    ["plain Astro .md s", (r) => r.plainAstroSeconds.toFixed(1)],
    ["site+search ÷ plain", (r) => (siteAndSearch(r) / r.plainAstroSeconds).toFixed(2)],
    ["plain + Pagefind CLI s", (r) => r.plainWithPagefindSeconds.toFixed(1)],
    [
      "site+search ÷ (plain + Pagefind)",
      (r) => (siteAndSearch(r) / r.plainWithPagefindSeconds).toFixed(2),
    ],
    ["rebuild ÷ site+search", (r) => (r.rebuildSeconds / siteAndSearch(r)).toFixed(2)],
  ]);
  console.log("Hugo: not installed here, so no Hugo column.");
}

if (only.has("studio")) {
  const runs = Number(values["print-runs"]);
  console.log(`studio: start, saves, page and poster previews (median of ${runs})`);
  table<StudioFigures>(await benchStudio(runs), [
    ["step", (r) => r.step],
    ["runs", (r) => r.runs],
    ["ms", (r) => Math.round(r.ms)],
  ]);
}
