/**
 * npm run bench [-- --sizes 100,1000,5000]
 * Measures search at each corpus size against stock Pagefind on the same index, and prints a
 * table. Figures are printed, not asserted: speed belongs here, not in the tests.
 */
import { parseArgs } from "node:util";
import { benchSearch, type SearchFigures } from "../src/bench/search.ts";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "100,1000,5000" } },
});
const sizes = values.sizes.split(",").map((size) => Number(size.trim()));

const rows: SearchFigures[] = [];
for (const size of sizes) {
  console.log(`search: ${size} pages`);
  rows.push(...(await benchSearch(size, (line) => console.log(line))));
}

const columns: [string, (row: SearchFigures) => string | number][] = [
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
];
console.log(`\n| ${columns.map(([name]) => name).join(" | ")} |`);
console.log(`|${columns.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${columns.map(([, get]) => get(row)).join(" | ")} |`);
