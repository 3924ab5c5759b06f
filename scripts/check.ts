/**
 * npm run check [-- --root DIR]
 * Validates all content and data against the schemas without building, checks references,
 * images and placeholders, and reports translation status. Exits 1 on errors; warnings alone
 * (missing or outdated translations) exit 0.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { useAstroStandIns } from "../src/cli/check/hooks.ts";
import { paintFor } from "../src/cli/output.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";

const usage = `Usage: npm run check [-- --root DIR]
  --root   the project folder holding content/ (default: the current folder)`;

// Before the schemas load: they import astro:content, which only exists inside Astro.
useAstroStandIns();
const { checkContent } = await import("../src/cli/check/content.ts");
const { formatReport } = await import("../src/cli/check/report.ts");
const { checkPrint } = await import("../src/cli/check/print.ts");

await runCommand(usage, async () => {
  const { values } = parseCommandArgs({ options: { root: { type: "string", default: "." } } });
  const root = resolve(values.root);
  const config = (await import(
    pathToFileURL(resolve(import.meta.dirname, "../src/content.config.ts")).href
  )) as {
    collections: Record<string, { loader: unknown; schema?: unknown }>;
  };
  const result = checkContent(root, config.collections);
  result.findings.push(...checkPrint(root));
  const report = formatReport(result, paintFor(process.stdout));
  console.log(report.text);
  return report.errors > 0 ? 1 : 0;
});
