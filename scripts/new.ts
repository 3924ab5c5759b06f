/**
 * npm run new -- <bulletin|explainer|qa|guide> "<title>"
 * Scaffolds a page in the primary locale and an untranslated English stub; prints both paths.
 */
import { UsageError } from "../src/cli/errors.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";
import { isKind, kinds, scaffold } from "../src/cli/scaffold.ts";
import { today } from "../src/import/slug.ts";

const usage = `Usage: npm run new -- <${Object.keys(kinds).join("|")}> "<title>"
  e.g. npm run new -- bulletin "港西镇召开扫黑除恶推进会"`;

await runCommand(usage, () => {
  const { positionals } = parseCommandArgs({ allowPositionals: true, options: {} });
  const [kind, ...words] = positionals;
  if (kind === undefined || words.length === 0)
    throw new UsageError("name the kind of page and its title");
  if (!isKind(kind))
    throw new UsageError(
      `unknown kind "${kind}"; expected one of ${Object.keys(kinds).join(", ")}`,
    );
  const { primary, stub } = scaffold({
    root: process.cwd(),
    kind,
    title: words.join(" "),
    today: today(),
  });
  console.log(`Fill in the fields marked 待填写, then run npm run check.`);
  console.log(primary);
  console.log(stub);
  return 0;
});
