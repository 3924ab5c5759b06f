/**
 * The file-system side of the content model: reads every file under `content/` as the source
 * table (./sources.ts) describes, as bytes, and turns each into a raw entry (collection, id,
 * file, validated data, body) or into problems naming the file, the field, the line and the
 * fix. Files the site would never read (a `.MD`, a `.docx`, a subfolder in a locale folder, an
 * extra data file) are problems too, so nothing anyone wrote is dropped without a word.
 *
 * `npm run check`, `npm run print`, the build's gate and the studio read content through here;
 * the pages read it through Astro's collections (src/collections/query.ts); both feed the same
 * model (./model.ts).
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { z } from "astro/zod";
import { isLocale, localeCodes, type Locale } from "../i18n/locales.ts";
import { say, type Text } from "../i18n/messages.ts";
import { text } from "../schemas/fields.ts";
import { fieldIssues } from "./issues.ts";
import { bodyHasPlaceholder, findPlaceholders } from "./placeholders.ts";
import { problem, type Problem } from "./problems.ts";
import { bodyProblems } from "./safety.ts";
import {
  DEPLOY_FILE,
  ENTRY_EXTENSIONS,
  PAGE_EXTENSIONS,
  PROFILES_FOLDER,
  SLUG,
  sources,
  type CollectionName,
  type DataSource,
  type Source,
} from "./sources.ts";
import { decodeContent } from "./text.ts";
import { parseYaml, type ParsedYaml } from "./yaml.ts";

export interface RawEntry {
  collection: CollectionName;
  /** `<locale>/<slug>` for pages and materials; the item's id in a list; the locale code. */
  id: string;
  locale?: Locale | undefined;
  slug?: string | undefined;
  /** Project-relative path, forward slashes. */
  file: string;
  /** The line the entry starts on (data files). */
  line?: number | undefined;
  /** The data as the schema returned it. */
  data: Record<string, unknown>;
  /** The data as written (what Astro's own schema check is given). */
  raw?: unknown;
  /** The Markdown or MDX body of a page. */
  body?: string | undefined;
  /** The line of a field, where the reader knows it. */
  lineOf?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
  /**
   * Entries that are there but could not be used (`collection:id`), each with a problem of its
   * own: what names them is not also told they do not exist.
   */
  broken: Set<string>;
  /** Files read (entries and data files). */
  files: number;
}

/** Images beside the entries (covers): Astro's image() reads them; shown with <img>, so an SVG runs no script. */
const IMAGE = /\.(?:png|jpe?g|webp|avif|gif|svg)$/iu;

const ICC = /\.(?:icc|icm)$/iu;

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

/** A file the site cannot use, and why (with the fix). */
function refuse(
  problems: Problem[],
  file: string,
  message: Text,
  where: { field?: string | undefined; line?: number | undefined } = {},
): void {
  problems.push(problem("error", "files", file, message, where));
}

/** Text of a file, or a problem saying why it cannot be read. */
function readText(path: string, file: string, problems: Problem[]): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    refuse(
      problems,
      file,
      code === "EACCES" || code === "EPERM"
        ? text(
            "没有读取权限：请让管理员给这个文件加上读取权限（或复制一份新的）",
            "cannot be read (permission denied): give the file read permission, or save a fresh copy",
          )
        : text(`无法读取（${code}）`, `cannot be read (${code})`),
    );
    return undefined;
  }
  const decoded = decodeContent(bytes);
  if (!decoded.ok) {
    problems.push(problem("error", "files", file, decoded.message));
    return undefined;
  }
  return decoded.text;
}

function yamlOf(
  source: string,
  firstLine: number,
  file: string,
  problems: Problem[],
): ParsedYaml | undefined {
  const parsed = parseYaml(source, firstLine);
  if (parsed.ok) return parsed.yaml;
  for (const issue of parsed.issues) {
    problems.push(problem("error", "files", file, issue.message, { line: issue.line }));
  }
  return undefined;
}

/** The folder of the file being checked: where `image()` paths start. */
let entryDir = "";
const built = new Map<Source, z.ZodType>();

/**
 * The schema for one file: Astro's `image()` becomes a check that the file is there. Made once
 * per collection (a schema is compiled on first use, which costs more than checking an entry),
 * with the file's folder set before each check.
 */
function schemaFor(source: Source, path: string): z.ZodType {
  entryDir = dirname(path);
  if (typeof source.schema !== "function") return source.schema;
  let schema = built.get(source);
  if (!schema) {
    const image = () =>
      z.string().superRefine((value, ctx) => {
        if (!existsSync(resolve(entryDir, value))) {
          ctx.addIssue({
            code: "custom",
            message: say(
              text(
                `图片“${value}”不存在：把图片放到这个位置（相对于本文件），或改正路径，或删掉这一行`,
                `the image "${value}" does not exist. Put it at that path (relative to this file), fix the path, or remove the field.`,
              ),
            ),
          });
        }
      });
    // The reader checks the file is there; Astro's own image() also reads its size, which the
    // reader does not need, so the stand-in only has to look like it.
    schema = source.schema({ image } as unknown as Parameters<typeof source.schema>[0]);
    built.set(source, schema);
  }
  return schema;
}

function validate(
  schema: z.ZodType,
  raw: unknown,
  file: string,
  problems: Problem[],
  where: { prefix?: string; lineOf: ParsedYaml["lineOf"]; base?: PropertyKey[] },
): Record<string, unknown> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data as Record<string, unknown>;
  for (const issue of fieldIssues(result.error, raw)) {
    const missingImage = /图片“|the image "/u.test(say(issue.message));
    problems.push(
      problem("error", missingImage ? "images" : "schemas", file, issue.message, {
        field: [where.prefix, issue.field].filter((part) => part).join(".") || undefined,
        line: where.lineOf([...(where.base ?? []), ...issue.path]),
      }),
    );
  }
  return undefined;
}

function placeholders(
  raw: unknown,
  body: string,
  draft: boolean,
  file: string,
  problems: Problem[],
  prefix?: string,
): void {
  const holes = findPlaceholders(raw).map((field) => (prefix ? `${prefix}.${field}` : field));
  if (bodyHasPlaceholder(body)) holes.push(say(text("正文", "the text")));
  if (holes.length === 0) return;
  problems.push(
    problem(
      draft ? "warning" : "error",
      "placeholders",
      file,
      draft
        ? text(
            `还有待填写的内容：${holes.join("、")}（草稿，尚未发布）`,
            `fill in ${holes.join(", ")} (a draft: not published yet)`,
          )
        : text(
            `还有待填写的内容：${holes.join("、")}。填好后再发布，或先加上 draft: true`,
            `fill in ${holes.join(", ")} before publishing, or mark the file draft: true meanwhile`,
          ),
    ),
  );
}

/** A page or material file: its id, data and body, or problems. */
function readEntry(
  root: string,
  collection: CollectionName,
  source: Source,
  locale: Locale,
  slug: string,
  path: string,
  problems: Problem[],
): RawEntry | undefined {
  const file = relative(root, path).split(sep).join("/");
  const content = readText(path, file, problems);
  if (content === undefined) return undefined;
  let yamlText = content;
  let body = "";
  let firstLine = 1;
  if (source.shape === "pages") {
    const match = FRONTMATTER.exec(content);
    if (!match) {
      refuse(
        problems,
        file,
        text(
          "没有文件头（frontmatter）：文件第一行要写 ---，接着写各个字段，再写一行 ---，然后才是正文",
          "has no frontmatter: start the file with a --- line, the fields, and another --- line",
        ),
        { line: 1 },
      );
      return undefined;
    }
    yamlText = match[1] ?? "";
    body = content.slice(match[0].length);
    firstLine = 2;
  }
  const yaml = yamlOf(yamlText, firstLine, file, problems);
  if (!yaml) return undefined;
  const raw = yaml.value ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    refuse(
      problems,
      file,
      text(
        "应当是一组“字段: 值”，每行一个",
        'expected fields written as "field: value", one per line',
      ),
      { line: firstLine },
    );
    return undefined;
  }
  const data = validate(schemaFor(source, path), raw, file, problems, { lineOf: yaml.lineOf });
  if (!data) return undefined;
  placeholders(raw, body, data["draft"] === true, file, problems);
  if (source.shape === "pages")
    problems.push(...bodyProblems(file, content, path.endsWith(".mdx")));
  return {
    collection,
    id: `${locale}/${slug}`,
    locale,
    slug,
    file,
    data,
    body: source.shape === "pages" ? body : undefined,
    lineOf: yaml.lineOf,
  };
}

/** The items of one data file, or problems. Exported for the Astro data loader. */
export function readDataFile(
  root: string,
  collection: CollectionName,
): { entries: RawEntry[]; problems: Problem[]; broken: Set<string> } {
  const source = sources[collection] as DataSource;
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  const broken = new Set<string>();
  const path = join(root, source.file);
  const file = source.file;
  if (!existsSync(path)) {
    if (!source.optional) {
      refuse(
        problems,
        file,
        text(
          "缺少这个数据文件：网站需要它。请从示例内容里复制一份再改",
          "is missing: the site needs it. Copy it from the sample content and edit it",
        ),
      );
    }
    return { entries, problems, broken };
  }
  const content = readText(path, file, problems);
  // A data file that cannot be read as a whole breaks every reference into it.
  const whole = () => {
    broken.add(`${collection}:*`);
    return { entries, problems, broken };
  };
  if (content === undefined) return whole();
  const yaml = yamlOf(content, 1, file, problems);
  if (!yaml) return whole();
  const value = yaml.value;
  const schema = schemaFor(source, path);
  /** One item (at `key` in the file): validated, checked for placeholders, kept. */
  const addItem = (
    key: number | string | undefined,
    prefix: string,
    item: unknown,
    line: number | undefined,
    locale?: Locale,
  ) => {
    const data = validate(schema, item, file, problems, {
      prefix,
      lineOf: yaml.lineOf,
      base: key === undefined ? [] : [key],
    });
    if (!data) {
      broken.add(`${collection}:${locale ?? (prefix || "*")}`);
      return;
    }
    placeholders(item, "", false, file, problems, prefix);
    entries.push({
      collection,
      id: locale ?? (key === undefined ? "settings" : String(data["id"])),
      locale,
      file,
      line,
      data,
      raw: item,
      lineOf: (path) => yaml.lineOf(key === undefined ? path : [key, ...path]),
    });
  };

  if (source.shape === "settings") {
    // A file of comments only says nothing: every field keeps its default.
    if (value === null) addItem(undefined, "", {}, 1);
    else if (typeof value !== "object" || Array.isArray(value)) {
      refuse(problems, file, text("应当是一组“字段: 值”", 'expected fields, each "name: value"'), {
        line: 1,
      });
      return whole();
    } else addItem(undefined, "", value, 1);
  } else if (source.shape === "list") {
    if (!Array.isArray(value)) {
      refuse(
        problems,
        file,
        text(
          "应当是一个列表：每一项以“- id: …”开头",
          'expected a list: each item starts with "- id: …"',
        ),
        { line: 1 },
      );
      return whole();
    }
    const seen = new Map<string, number | undefined>();
    value.forEach((item: unknown, index) => {
      const line = yaml.lineOf([index]);
      const id = (item as { id?: unknown } | null)?.id;
      const name = typeof id === "string" || typeof id === "number" ? String(id).trim() : "";
      const prefix = name || `[${index}]`;
      if (name) {
        const earlier = seen.get(name);
        if (seen.has(name)) {
          problems.push(
            problem(
              "error",
              "schemas",
              file,
              text(
                `id“${name}”用了两次（第 ${earlier ?? "?"} 行和第 ${line ?? "?"} 行）：同一个 id 只能有一条，后面那条会被前面的覆盖。请给其中一条换一个 id，或把两条合并`,
                `the id "${name}" is used twice (lines ${earlier ?? "?"} and ${line ?? "?"}): one would silently replace the other. Give one of them another id, or merge them`,
              ),
              { field: `${name}.id`, line },
            ),
          );
          return;
        }
        seen.set(name, line);
      }
      addItem(index, prefix, item, line);
    });
  } else {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      refuse(
        problems,
        file,
        text(
          `应当按语言分成几部分：${localeCodes.map((code) => `${code}:`).join("、")}`,
          `expected one section per language: ${localeCodes.map((code) => `${code}:`).join(", ")}`,
        ),
        { line: 1 },
      );
      return whole();
    }
    for (const [key, item] of Object.entries(value)) {
      const line = yaml.lineOf([key]);
      if (!isLocale(key)) {
        refuse(
          problems,
          file,
          text(
            `“${key}”不是语言代码：只能是 ${localeCodes.join("、")}`,
            `"${key}" is not a language code: use ${localeCodes.join(", ")}`,
          ),
          { line },
        );
        continue;
      }
      addItem(key, key, item, line, key);
    }
  }
  return { entries, problems, broken };
}

const fixFor = (extension: string, folder: string, locale: string): Text | undefined => {
  const lower = extension.toLowerCase();
  if (lower === ".markdown" || lower === ".mdown") {
    return text("扩展名要改成 .md", "rename it to end in .md");
  }
  if ([".txt", ".docx", ".doc", ".wps", ".html", ".htm", ".rtf"].includes(lower)) {
    return text(
      `这种文件网站不会读取：新闻稿请用 npm run import 导入（会生成 content/${folder}/${locale}/ 里的 .md 文件）`,
      `the site does not read this kind of file: bring a news text in with npm run import (it writes a .md file into content/${folder}/${locale}/)`,
    );
  }
  return undefined;
};

/** Every file under content/, or the problem of a folder that cannot be listed. */
function listFiles(dir: string, problems: Problem[], root: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    refuse(
      problems,
      relative(root, dir).split(sep).join("/"),
      text(
        `无法打开这个文件夹（${(error as NodeJS.ErrnoException).code ?? ""}）：请检查权限`,
        `this folder cannot be opened (${(error as NodeJS.ErrnoException).code ?? ""}): check its permissions`,
      ),
    );
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path, problems, root) : [path];
    });
}

/** Reads all content under `root/content`. */
export function readContent(root: string): ReadResult {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  const broken = new Set<string>();
  let files = 0;
  const folders = new Map<string, [CollectionName, Source]>();
  const dataFiles = new Map<string, CollectionName>();
  for (const [name, source] of Object.entries(sources) as [CollectionName, Source][]) {
    if (source.shape === "pages" || source.shape === "entries") {
      folders.set(source.folder, [name, source]);
    } else dataFiles.set(source.file, name);
  }
  const knownFolders = [...folders.keys(), "data"].map((f) => `content/${f}/`).join(", ");
  const knownData = [...dataFiles.keys(), DEPLOY_FILE].map((f) => basename(f)).join(", ");

  const contentDir = join(root, "content");
  if (!existsSync(contentDir)) {
    refuse(
      problems,
      "content",
      text(
        "找不到 content 文件夹：请在项目文件夹里运行（或用 --root 指定项目文件夹）",
        "no content folder here: run this in the project folder (or name it with --root)",
      ),
    );
    return { entries, problems, broken, files };
  }

  // Which file each id came from: news.md and news.mdx would both be /news/.
  const idFiles = new Map<string, string>();
  for (const path of listFiles(contentDir, problems, root)) {
    const file = relative(root, path).split(sep).join("/");
    const parts = relative(contentDir, path).split(sep);
    const name = parts.at(-1) ?? "";
    if (name.endsWith(".ledger.yaml")) {
      problems.push(
        problem(
          "warning",
          "proposals",
          file,
          text(
            "npm run import 提出的台账数字：核对后移到 content/data/ledger.yaml，再删掉这个文件",
            "ledger figures proposed by npm run import: review them, move them into content/data/ledger.yaml and delete this file",
          ),
        ),
      );
      continue;
    }
    const top = parts[0] ?? "";
    const place = folders.get(top);
    if (IMAGE.test(name) && (place || top === "data") && parts.length > 2) continue;
    // A print shop's ICC profile: print.yaml names it, and the gate checks what it is.
    if (`content/${parts.slice(0, -1).join("/")}` === PROFILES_FOLDER && ICC.test(name)) continue;

    if (top === "data" && parts.length === 2) {
      if (file === DEPLOY_FILE) continue;
      if (dataFiles.has(file)) continue; // read below, in the table's order
      refuse(
        problems,
        file,
        text(
          `网站不会读取这个文件：content/data/ 里只读这些数据文件：${knownData}。请把内容并入其中一个，或删掉它`,
          `the site does not read this file: content/data/ holds only ${knownData}. Move what it says into one of them, or delete it`,
        ),
      );
      continue;
    }
    if (!place || parts.length < 3) {
      refuse(
        problems,
        file,
        place
          ? text(
              `不在语言文件夹里：请移到 ${localeCodes.map((code) => `content/${top}/${code}/`).join(" 或 ")}`,
              `not inside a locale folder: move it into ${localeCodes.map((code) => `content/${top}/${code}/`).join(" or ")}`,
            )
          : text(
              `网站不会读取这里的文件：内容只放在这些文件夹里：${knownFolders}`,
              `the site does not read files here: content lives in ${knownFolders}`,
            ),
      );
      continue;
    }
    const [collection, source] = place;
    const locale = parts[1] ?? "";
    if (!isLocale(locale)) {
      refuse(
        problems,
        file,
        text(
          `“${locale}”不是语言文件夹：请移到 ${localeCodes.map((code) => `content/${top}/${code}/`).join(" 或 ")}（新增语言要先加到 src/i18n/locales.ts）`,
          `unknown locale folder "${locale}": move the file into ${localeCodes.map((code) => `content/${top}/${code}/`).join(" or ")} (or add the language to src/i18n/locales.ts)`,
        ),
      );
      continue;
    }
    if (parts.length > 3) {
      refuse(
        problems,
        file,
        text(
          `语言文件夹里不能再建子文件夹（网站不会读取）：请把文件移到 content/${top}/${locale}/`,
          `locale folders hold no subfolders (the site would not read it): move the file into content/${top}/${locale}/`,
        ),
      );
      continue;
    }
    const extension = extname(name);
    const allowed: readonly string[] =
      source.shape === "pages" ? PAGE_EXTENSIONS : ENTRY_EXTENSIONS;
    if (name.startsWith("_")) {
      problems.push(
        problem(
          "warning",
          "files",
          file,
          text(
            "文件名以 _ 开头，网站不会发布它（有意为之就不用管；否则去掉 _）",
            "starts with _, so it is not published (fine if meant; otherwise remove the _)",
          ),
        ),
      );
      continue;
    }
    if (!allowed.includes(extension)) {
      const lowered = allowed.includes(extension.toLowerCase());
      refuse(
        problems,
        file,
        lowered
          ? text(
              `扩展名要用小写：改名为 ${name.slice(0, -extension.length)}${extension.toLowerCase()}`,
              `the extension must be lowercase: rename it to ${name.slice(0, -extension.length)}${extension.toLowerCase()}`,
            )
          : (fixFor(extension, top, locale) ??
              text(
                `网站不会读取这种文件：这里只读 ${allowed.join("、")} 文件`,
                `the site does not read this kind of file: this folder holds ${allowed.join(", ")} files`,
              )),
      );
      continue;
    }
    const slug = name.slice(0, -extension.length);
    if (!SLUG.test(slug)) {
      refuse(
        problems,
        file,
        text(
          `文件名“${slug}”会成为网址，只能用小写英文字母、数字和连字符（如 2019-08-29-fujian-inspection${extension}）：请改名`,
          `the file name "${slug}" is used in the page address, so it must be lowercase letters, digits and hyphens (e.g. 2019-08-29-fujian-inspection${extension}). Rename the file.`,
        ),
      );
      continue;
    }
    const id = `${locale}/${slug}`;
    const key = `${collection}:${id}`;
    const earlier = idFiles.get(key);
    if (earlier) {
      refuse(
        problems,
        file,
        text(
          `和 ${earlier} 的网址相同（${id}）：改名或删掉其中一个`,
          `has the same page address as ${earlier} (${id}). Rename or delete one of them.`,
        ),
      );
      continue;
    }
    idFiles.set(key, file);
    files += 1;
    const entry = readEntry(root, collection, source, locale, slug, path, problems);
    if (entry) entries.push(entry);
    else broken.add(`${collection}:${id}`);
  }

  for (const collection of dataFiles.values()) {
    const result = readDataFile(root, collection);
    if (existsSync(join(root, (sources[collection] as DataSource).file))) files += 1;
    entries.push(...result.entries);
    problems.push(...result.problems);
    for (const key of result.broken) broken.add(key);
  }
  return { entries, problems, broken, files };
}
