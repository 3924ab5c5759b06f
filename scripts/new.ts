/**
 * npm run new -- <bulletin|explainer|qa|guide> "<title>" [--lang en]
 * Scaffolds a page in the primary locale and an untranslated English stub, both or neither;
 * prints both paths. Messages are in Chinese unless `--lang en` (or PINGAN_LANG=en).
 */
import { UsageError } from "../src/cli/errors.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";
import { isKind, kinds, scaffold } from "../src/cli/scaffold.ts";
import { say } from "../src/i18n/messages.ts";
import { today } from "../src/import/slug.ts";

const usage = `Usage: npm run new -- <${Object.keys(kinds).join("|")}> "<title>" [--lang en]
  e.g. npm run new -- bulletin "港西镇召开扫黑除恶推进会"`;

await runCommand(usage, () => {
  const { positionals } = parseCommandArgs({ allowPositionals: true, options: {} });
  const [kind, ...words] = positionals;
  if (kind === undefined || words.length === 0)
    throw new UsageError({
      "zh-cn": "请写出页面的种类和标题。",
      en: "name the kind of page and its title",
    });
  if (!isKind(kind))
    throw new UsageError({
      "zh-cn": `未知的种类 "${kind}"；可用：${Object.keys(kinds).join("、")}。`,
      en: `unknown kind "${kind}"; expected one of ${Object.keys(kinds).join(", ")}`,
    });
  const { primary, stub } = scaffold({
    root: process.cwd(),
    kind,
    title: words.join(" "),
    today: today(),
  });
  console.log(
    say({
      "zh-cn": "请填写标有“待填写”的字段，然后运行 npm run check。",
      en: "Fill in the fields marked 待填写, then run npm run check.",
    }),
  );
  console.log(primary);
  console.log(stub);
  return 0;
});
