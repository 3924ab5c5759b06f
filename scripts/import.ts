/**
 * npm run import -- <file.txt | -> [--locale zh-cn] [--type bulletin] [--out DIR] [--force]
 * Cleans one raw news text into a bulletin; prints what it did and, last, the written path.
 */
import { readFileSync } from "node:fs";
import { UsageError } from "../src/cli/errors.ts";
import { paintFor } from "../src/cli/output.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";
import { defaultLocale, isLocale, localeCodes } from "../src/i18n/locales.ts";
import { importArticle } from "../src/import/run.ts";
import { today } from "../src/import/slug.ts";

const usage = `Usage: npm run import -- <file.txt | -> [--locale ${defaultLocale}] [--type bulletin] [--out DIR] [--force]
  <file.txt>   the raw article as UTF-8 text; - reads standard input
  --locale     the content language (${localeCodes.join(", ")}); default ${defaultLocale}
  --type       what to make; only bulletin for now
  --out        the folder to write to; default content/bulletins/<locale>/
  --force      replace files that already exist`;

await runCommand(usage, () => {
  const { values, positionals } = parseCommandArgs({
    allowPositionals: true,
    options: {
      locale: { type: "string", default: defaultLocale },
      type: { type: "string", default: "bulletin" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError("name the file to import, or - for standard input");
  if (extra.length > 0) throw new UsageError(`one file at a time (also got ${extra.join(" ")})`);
  if (!isLocale(values.locale)) {
    throw new UsageError(
      `unknown locale "${values.locale}"; expected one of ${localeCodes.join(", ")}`,
    );
  }
  if (values.type !== "bulletin") {
    throw new UsageError(`--type ${values.type} is not supported yet; import makes bulletins only`);
  }
  const input = file === "-" ? readFileSync(0) : readFile(file);
  const outcome = importArticle({
    input,
    inputName: file === "-" ? "standard input" : file,
    locale: values.locale,
    outDir: values.out ?? `content/bulletins/${values.locale}`,
    force: values.force,
    today: today(),
  });

  const paint = paintFor(process.stdout);
  const { article } = outcome;
  console.log(paint.bold(article.title));
  for (const note of article.notes) {
    console.log(
      note.level === "warning"
        ? `${paint.yellow("check")}  ${note.text}`
        : `${paint.dim("note")}   ${note.text}`,
    );
  }
  if (outcome.ledgerPath) {
    console.log(
      `${paint.yellow("check")}  ${article.figures.length} ledger figures proposed in ${outcome.ledgerPath}: review them and merge into content/data/ledger.yaml`,
    );
  }
  console.log(outcome.bulletinPath);
  return 0;
});

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${path}: no such file`
        : `${path}: cannot read it (${code ?? String(error)})`,
    );
  }
}
