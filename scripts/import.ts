/**
 * npm run import -- <FILE | -> [--type bulletin|explainer|qa|guide] [--locale zh-cn] [--out DIR]
 *   [--force] [--lang en]
 * Cleans one news text (.txt, .md, .html, .docx) into an entry; prints what it did and, last,
 * the written path. Messages are in Chinese unless --lang en.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { UsageError } from "../src/cli/errors.ts";
import { paintFor } from "../src/cli/output.ts";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";
import { defaultLocale, isLocale, localeCodes } from "../src/i18n/locales.ts";
import { say, useLangFromArgs } from "../src/i18n/messages.ts";
import { InputError } from "../src/import/decode.ts";
import { t } from "../src/import/notes.ts";
import { importArticle } from "../src/import/run.ts";
import { today } from "../src/import/slug.ts";
import { COLLECTIONS, type EntryKind } from "../src/import/write.ts";

// No file a person would import is this big (a Word file with photos is a few MB); reading
// more would only hold the computer up before the text-size check refuses it anyway.
const MAX_FILE_BYTES = 100 * 1024 * 1024;

let lang: ReturnType<typeof useLangFromArgs> = defaultLocale;
try {
  lang = useLangFromArgs();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const usage = say(
  t(
    `用法：npm run import -- <文件 | -> [--type bulletin] [--locale ${defaultLocale}] [--out 文件夹] [--force] [--lang en]
  <文件>      要导入的文章：.txt、.md、.html/.htm 或 .docx；编码可以是 UTF-8、UTF-16、GBK/GB18030 或 Big5；- 从标准输入读取文本
  --type      生成什么：bulletin（工作动态，默认）、explainer（以案释法）、qa（政策问答）、guide（指南）
  --locale    内容的语言（${localeCodes.join("、")}）；默认 ${defaultLocale}
  --out       写入的文件夹；默认 content/<类别>/<语言>/
  --force     仍然导入：替换已有文件、导入重复或超长的文章、去掉超过 5% 的文字
  --lang      提示信息的语言（zh-cn、en）；默认中文`,
    `Usage: npm run import -- <FILE | -> [--type bulletin] [--locale ${defaultLocale}] [--out DIR] [--force] [--lang en]
  <FILE>      the article: .txt, .md, .html/.htm or .docx; text in UTF-8, UTF-16, GBK/GB18030 or Big5; - reads text from standard input
  --type      what to make: bulletin (default), explainer, qa or guide
  --locale    the content language (${localeCodes.join(", ")}); default ${defaultLocale}
  --out       the folder to write to; default content/<collection>/<locale>/
  --force     import anyway: replace files, import a duplicate or an oversized text, drop over 5 % of the text
  --lang      the language of these messages (zh-cn, en); default Chinese`,
  ),
);

await runCommand(usage, async () => {
  const { values, positionals } = parseCommandArgs({
    allowPositionals: true,
    options: {
      locale: { type: "string", default: defaultLocale },
      type: { type: "string", default: "bulletin" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
      lang: { type: "string" },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined)
    throw new UsageError(
      t(
        "请指定要导入的文件，或用 - 从标准输入读取",
        "name the file to import, or - for standard input",
      ),
    );
  if (extra.length > 0)
    throw new UsageError(
      t(
        `一次只能导入一个文件（还给了 ${extra.join(" ")}）`,
        `one file at a time (also got ${extra.join(" ")})`,
      ),
    );
  if (!isLocale(values.locale)) {
    throw new UsageError(
      t(
        `未知的内容语言“${values.locale}”；可用：${localeCodes.join("、")}`,
        `unknown locale "${values.locale}"; expected one of ${localeCodes.join(", ")}`,
      ),
    );
  }
  if (!Object.hasOwn(COLLECTIONS, values.type)) {
    throw new UsageError(
      t(
        `--type ${values.type}：未知的类型；可用：${Object.keys(COLLECTIONS).join("、")}`,
        `--type ${values.type}: unknown; use one of ${Object.keys(COLLECTIONS).join(", ")}`,
      ),
    );
  }
  const stdin = file === "-";
  const input = stdin ? readFileSync(0) : readFile(file);
  const base = stdin ? process.cwd() : dirname(resolve(file));
  const outcome = await importArticle({
    input,
    inputName: stdin ? say(t("标准输入", "standard input")) : file,
    stdin,
    locale: values.locale,
    kind: values.type as EntryKind,
    ...(values.out === undefined ? {} : { outDir: values.out }),
    force: values.force,
    today: today(),
    readLocal: (src) => readBeside(base, src),
  });

  const paint = paintFor(process.stdout);
  // Labels of one width (检查/说明 print two columns a character), so the notes line up.
  const [check, note] = lang === "zh-cn" ? ["检查", "说明"] : ["check", "note "];
  console.log(paint.bold(outcome.article.title));
  for (const item of outcome.notes) {
    console.log(
      item.level === "warning"
        ? `${paint.yellow(check)}  ${say(item.text)}`
        : `${paint.dim(note)}  ${say(item.text)}`,
    );
    for (const dropped of item.dropped ?? [])
      console.log(`       ${typeof dropped === "string" ? dropped : say(dropped)}`);
  }
  if (outcome.ledgerPath) {
    const n = outcome.article.figures.length;
    console.log(
      `${paint.yellow(check)}  ${say(
        t(
          `${n} 个台账数字的建议写在 ${outcome.ledgerPath}：请核对后并入 content/data/ledger.yaml`,
          `${n} ledger figures proposed in ${outcome.ledgerPath}: review them and merge into content/data/ledger.yaml`,
        ),
      )}`,
    );
  }
  console.log(outcome.bulletinPath);
  return 0;
});

function readFile(path: string): Buffer {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      throw new InputError(
        t(
          `${path} 有 ${Math.round(size / 1024 / 1024)} MB，不可能是一篇文章：请只把文章本身另存为文件后导入。`,
          `${path} is ${Math.round(size / 1024 / 1024)} MB, too big to be an article: save the article alone to a file and import that.`,
        ),
      );
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? t(
            `${path}：没有这个文件。请检查文件名和所在文件夹。`,
            `${path}: no such file. Check the name and the folder.`,
          )
        : code === "EISDIR"
          ? t(
              `${path} 是文件夹，不是文件：请指定文件夹里的文章文件。`,
              `${path} is a folder, not a file: name the article file inside it.`,
            )
          : t(
              `${path}：无法读取（${code ?? String(error)}）`,
              `${path}: cannot read it (${code ?? String(error)})`,
            ),
    );
  }
}

/** An image a text names by a relative address, if it is inside the text's folder. */
function readBeside(base: string, src: string): Uint8Array | undefined {
  const path = resolve(base, decodeURI(src.split(/[?#]/u)[0] ?? ""));
  const inside = relative(base, path);
  if (inside === "" || inside.startsWith("..")) return undefined;
  try {
    return statSync(path).size <= MAX_FILE_BYTES ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}
