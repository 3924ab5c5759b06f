/**
 * npm run check [-- --root DIR] [-- --lang en] [-- --release [--accept-uncertain-dates]]
 * Checks all content and data without building, with the same gate the build runs first:
 * fields, references, safe text, images, placeholders, whether every print material fits, and
 * the translation status. Exits 1 on errors; warnings alone exit 0. Chinese unless --lang en.
 * What would block a release (sample data, example addresses, unconfirmed dates) is listed as
 * warnings, and as errors with --release, as `npm run build -- --release` refuses them.
 */
import { resolve } from "node:path";
import { formatReport } from "../src/cli/check/report.ts";
import { paintFor } from "../src/cli/output.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";
import { runGate } from "../src/content/gate.ts";
import { useLangFromArgs } from "../src/i18n/messages.ts";

const usage = `Usage: npm run check [-- --root DIR] [-- --lang en] [-- --release]
  --root      the project folder holding content/ (default: the current folder)
  --lang      the language of the report: zh-cn (default) or en
  --release   what would block a release is an error (as npm run build -- --release)
  --accept-uncertain-dates   with --release: estimated dates may be published as approximate`;

await runCommand(usage, async () => {
  const { values } = parseCommandArgs({
    options: {
      root: { type: "string", default: "." },
      lang: { type: "string" },
      release: { type: "boolean", default: false },
      "accept-uncertain-dates": { type: "boolean", default: false },
    },
  });
  useLangFromArgs();
  const result = await runGate(resolve(values.root), {
    release: {
      enabled: values.release,
      acceptUncertainDates: values["accept-uncertain-dates"],
    },
  });
  const report = formatReport(result, paintFor(process.stdout));
  console.log(report.text);
  return report.errors > 0 ? 1 : 0;
});
