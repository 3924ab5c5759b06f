/**
 * npm run print -- <material id or file> [--locale zh-cn] [--size A2] [--out DIR]
 * npm run print -- --all
 * Draws print-ready PDFs (and PNG previews) of the materials in content/print/ into a folder.
 */
import { paintFor } from "../src/cli/output.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";

const usage = `Usage: npm run print -- <material id or file> [options]
       npm run print -- --all [options]
  --locale CODE    only this language (zh-cn, en); default: every language the material has
  --size A3|A2|A4  another paper size (posters and notices)
  --bleed MM       bleed in millimetres (default: the material's, usually 3)
  --crop-marks     add crop marks outside the bleed
  --cmyk           (kept for old scripts: every material now gets a CMYK PDF)
  --out DIR        where to write (default: print-output)
  --no-cache       draw everything again
  --sample         print a material that still holds sample data, as a proof marked SAMPLE
  --lang en        messages in English (default: Chinese)
  e.g. npm run print -- poster-report --locale zh-cn --size A2`;

const { printMaterials } = await import("../src/cli/print/command.ts");
const { ContentProblems } = await import("../src/content/problems.ts");
const { formatProblems } = await import("../src/cli/check/report.ts");
const { UserError } = await import("../src/cli/errors.ts");
const { useLangFromArgs } = await import("../src/i18n/messages.ts");

await runCommand(usage, async () => {
  const { values, positionals } = parseCommandArgs({
    allowPositionals: true,
    options: {
      all: { type: "boolean", default: false },
      locale: { type: "string" },
      size: { type: "string" },
      bleed: { type: "string" },
      "crop-marks": { type: "boolean", default: false },
      cmyk: { type: "boolean", default: false },
      out: { type: "string", default: "print-output" },
      "no-cache": { type: "boolean", default: false },
      sample: { type: "boolean", default: false },
      lang: { type: "string" },
    },
  });
  useLangFromArgs();
  const paint = paintFor(process.stdout);
  const tty = process.stdout.isTTY === true;
  const progress = {
    start(total: number) {
      console.log(`Printing ${total} material${total === 1 ? "" : "s"}…`);
    },
    step(done: number, total: number, label: string) {
      if (!tty) {
        if (label) console.log(`[${done + 1}/${total}] ${label}`);
        return;
      }
      const width = 24;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      process.stdout.write(
        `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${label}`.padEnd(
          78,
        ),
      );
    },
    finish() {
      if (tty) process.stdout.write("\n");
    },
  };
  let result;
  try {
    result = await printMaterials(
      {
        root: process.cwd(),
        target: positionals[0],
        all: values.all,
        locale: values.locale,
        size: values.size,
        bleed: values.bleed,
        cropMarks: values["crop-marks"],
        cmyk: values.cmyk,
        out: values.out,
        cache: !values["no-cache"],
        sample: values.sample,
      },
      progress,
    );
  } catch (error) {
    if (error instanceof ContentProblems) {
      throw new UserError({
        "zh-cn": `内容有错误，改好后才能打印（npm run check 会列出同样的错误）：\n${formatProblems(error.problems, paint)}`,
        en: `the content has problems; fix them before printing (npm run check lists the same):\n${formatProblems(error.problems, paint)}`,
      });
    }
    throw error;
  }
  for (const { item, files } of result.written) {
    const kib = (item.bytes / 1024).toFixed(0);
    console.log(
      `${paint.green("✓")} ${item.spec.name} (${item.spec.locale}): ${kib} KiB${item.cached ? ", from cache" : ""}`,
    );
    for (const file of files) console.log(`    ${file}`);
    if (item.spec.samples.length > 0) {
      console.log(
        `    ${paint.yellow("!")} contains sample data: ${item.spec.samples.join(", ")}. Replace it before printing.`,
      );
    }
  }
  for (const failure of result.failures) console.error(`${paint.red("✗")} ${failure}`);
  return result.failures.length > 0 ? 1 : 0;
});
