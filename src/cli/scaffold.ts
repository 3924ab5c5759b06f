/**
 * `npm run new`: a new page in the primary locale, filled with placeholders that pass the
 * schema (so it previews at once) and that `npm run check` lists until they are replaced, and
 * an English stub marked as a draft, so the English site shows the Chinese page with a notice
 * until someone translates it. Both files are written, or neither: each under a temporary name
 * first, then put in place without replacing anything; if either step fails, what was put in
 * place is removed again.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { parse } from "yaml";
import { defaultLocale } from "../i18n/locales.ts";
import { PLACEHOLDER, PLACEHOLDER_EN } from "../import/placeholders.ts";
import { datedSlug, titleSlug } from "../import/slug.ts";
import { UserError } from "./errors.ts";
import { fsErrorOf, fsProblem, withPath } from "./fs-errors.ts";

export const kinds = {
  bulletin: "bulletins",
  explainer: "explainers",
  qa: "qa",
  guide: "guides",
} as const;

export type Kind = keyof typeof kinds;

export function isKind(value: string): value is Kind {
  return Object.hasOwn(kinds, value);
}

export interface ScaffoldOptions {
  root: string;
  kind: Kind;
  title: string;
  today: string;
}

const q = (value: string) => JSON.stringify(value);

/** The first law in content/data/laws.yaml: an explainer must cite one that exists. */
function firstLaw(root: string): string {
  const path = join(root, "content/data/laws.yaml");
  if (!existsSync(path)) return "criminal-law";
  const laws = parse(readFileSync(path, "utf8")) as { id?: unknown }[] | null;
  const id = Array.isArray(laws) ? laws[0]?.id : undefined;
  return typeof id === "string" ? id : "criminal-law";
}

function fields(options: ScaffoldOptions, title: string, fill: string, cited: string): string[] {
  const { kind, today } = options;
  switch (kind) {
    case "bulletin":
      return [
        `title: ${q(title)}`,
        `date: ${today}`,
        `place: ${q(fill)}`,
        `source: ${q(fill)}`,
        `summary: ${q(fill)}`,
      ];
    case "explainer":
      return [
        `title: ${q(title)}`,
        `date: ${today}`,
        `source: ${q(fill)}`,
        `summary: ${q(fill)}`,
        "charges:",
        `  - ${q(fill)}`,
        "statutes:",
        `  - law: ${firstLaw(options.root)}`,
        `    note: ${q(cited)}`,
        `outcome: ${q(fill)}`,
        `lesson: ${q(fill)}`,
      ];
    case "qa":
      return [`question: ${q(title)}`, "topic: basics", `updated: ${today}`];
    case "guide":
      return [`title: ${q(title)}`, `summary: ${q(fill)}`, `updated: ${today}`];
  }
}

/** Writes both files, or neither; returns their paths, the primary locale's first. */
export function scaffold(options: ScaffoldOptions): {
  primary: string;
  stub: string;
  slug: string;
} {
  const title = options.title.trim();
  if (title === "")
    throw new UserError({
      "zh-cn": '标题是空的：请把标题写在引号里，例如 npm run new -- bulletin "港西镇召开推进会"。',
      en: 'the title is empty: write it in quotes, e.g. npm run new -- bulletin "港西镇召开推进会"',
    });
  // Bulletins and explainers are dated news; guides and Q&A keep a stable address.
  const dated = options.kind === "bulletin" || options.kind === "explainer";
  const slug = dated ? datedSlug(options.today, title) : titleSlug(title);
  if (slug === "")
    throw new UserError({
      "zh-cn": `无法从标题 "${title}" 生成文件名：请用含有汉字或字母的标题。`,
      en: `cannot make a file name from "${title}": use a title with Chinese characters or letters`,
    });
  const collection = kinds[options.kind];
  const dir = (locale: string) => join(options.root, "content", collection, locale);
  const primary = join(dir(defaultLocale), `${slug}.md`);
  const stub = join(dir("en"), `${slug}.md`);
  const taken = [
    primary,
    stub,
    primary.replace(/\.md$/u, ".mdx"),
    stub.replace(/\.md$/u, ".mdx"),
  ].filter((path) => existsSync(path));
  if (taken.length > 0) {
    throw new UserError({
      "zh-cn": `文件已经存在：${taken.join("、")}。没有写入任何文件；请换一个标题，或直接编辑那个文件。`,
      en: `already there: ${taken.join(", ")}. Nothing was written; choose another title or edit that file.`,
    });
  }

  const primaryText = [
    "---",
    ...fields(options, title, PLACEHOLDER, `${PLACEHOLDER}：所引条文`),
    "---",
    "",
    `${PLACEHOLDER}：正文。`,
    "",
  ].join("\n");
  const stubText = [
    "---",
    ...fields(options, `TODO: translate “${title}”`, PLACEHOLDER_EN, "TODO: the article cited"),
    // Not published until translated: the English site shows the Chinese page meanwhile.
    "draft: true",
    "---",
    "",
    `TODO: translate content/${collection}/${defaultLocale}/${slug}.md into English, set translatedFrom to its date, and remove draft: true.`,
    "",
  ].join("\n");
  writeBoth(options.root, [
    [primary, primaryText],
    [stub, stubText],
  ]);
  return { primary, stub, slug };
}

/** Makes `dir` and its missing parents one at a time (Node's recursive mkdir can spin for ever). */
function makeFolderSync(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    if (dirname(at) === at) break;
    missing.unshift(at);
  }
  for (const at of missing) {
    try {
      mkdirSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(at).isDirectory())
        throw error;
    }
  }
}

/** Puts `temporary` at `path`, failing (EEXIST) if something is there already. */
function placeNew(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file system without hard links: rename, which replaces, after checking.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV") throw error;
    if (existsSync(path))
      throw Object.assign(new Error(`EEXIST: file already exists, '${path}'`), {
        code: "EEXIST",
        path,
      });
    renameSync(temporary, path);
  }
}

/**
 * Writes every file or none. Each is written under a temporary name beside its place (a
 * failure there touches nothing), then all are put in place; if one cannot be, those already
 * placed are removed. A file-system failure is reported in words, naming the file.
 */
export function writeBoth(root: string, files: [path: string, text: string][]): void {
  const tag = `${process.pid}.${Math.random().toString(36).slice(2)}`;
  const temporaries: string[] = [];
  const placed: string[] = [];
  let current = "";
  try {
    for (const [path, text] of files) {
      current = path;
      makeFolderSync(dirname(path));
      const temporary = `${path}.${tag}.tmp`;
      writeFileSync(temporary, text, { flag: "wx" });
      temporaries.push(temporary);
    }
    for (const [i, [path]] of files.entries()) {
      current = path;
      placeNew(temporaries[i] as string, path);
      placed.push(path);
    }
  } catch (error) {
    for (const path of placed) rmSync(path, { force: true });
    const found = fsErrorOf(withPath(error, current));
    if (!found) throw error;
    // The file's own name, not its temporary one.
    const path = found.path.replace(`.${tag}.tmp`, "");
    const problem = fsProblem(found.code, relative(root, path) || path, found.dest);
    throw new UserError(
      {
        "zh-cn": `${problem["zh-cn"]}两个文件都没有写入。`,
        en: `${problem.en} Neither file was written.`,
      },
      { cause: error },
    );
  } finally {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
  }
}
