/**
 * npm run check [-- --root DIR] [-- --lang en]
 * Checks all content and data without building, with the same gate the build runs first:
 * fields, references, safe text, images, placeholders, whether every print material fits, and
 * the translation status. Exits 1 on errors; warnings alone exit 0. Chinese unless --lang en.
 */
import { resolve } from "node:path";
import { formatReport } from "../src/cli/check/report.ts";
import { paintFor } from "../src/cli/output.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";
import { runGate } from "../src/content/gate.ts";
import { useLangFromArgs } from "../src/i18n/messages.ts";

const usage = `Usage: npm run check [-- --root DIR] [-- --lang en]
  --root   the project folder holding content/ (default: the current folder)
  --lang   the language of the report: zh-cn (default) or en`;

await runCommand(usage, async () => {
  const { values } = parseCommandArgs({
    options: { root: { type: "string", default: "." }, lang: { type: "string" } },
  });
  useLangFromArgs();
  const result = await runGate(resolve(values.root));
  const report = formatReport(result, paintFor(process.stdout));
  console.log(report.text);
  return report.errors > 0 ? 1 : 0;
});
