/**
 * `npm run new`: a new page in the primary locale, filled with placeholders that pass the
 * schema (so it previews at once) and that `npm run check` lists until they are replaced, and
 * an English stub marked as a draft, so the English site shows the Chinese page with a notice
 * until someone translates it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { defaultLocale } from "../i18n/locales.ts";
import { PLACEHOLDER, PLACEHOLDER_EN } from "../import/placeholders.ts";
import { datedSlug, titleSlug } from "../import/slug.ts";
import { UserError } from "./errors.ts";

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
    throw new UserError('the title is empty: write it in quotes, e.g. "港西镇召开推进会"');
  // Bulletins and explainers are dated news; guides and Q&A keep a stable address.
  const dated = options.kind === "bulletin" || options.kind === "explainer";
  const slug = dated ? datedSlug(options.today, title) : titleSlug(title);
  if (slug === "")
    throw new UserError(
      `cannot make a file name from "${title}": use a title with Chinese characters or letters`,
    );
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
    throw new UserError(
      `already there: ${taken.join(", ")}. Nothing was written; choose another title or edit that file.`,
    );
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
  mkdirSync(dir(defaultLocale), { recursive: true });
  mkdirSync(dir("en"), { recursive: true });
  writeFileSync(primary, primaryText, { flag: "wx" });
  writeFileSync(stub, stubText, { flag: "wx" });
  return { primary, stub, slug };
}
