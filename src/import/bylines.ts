/**
 * Bylines: who wrote the report. They are moved from the text into `authors`, because the page
 * prints them from there.
 */

export type AuthorRole = "reporter" | "correspondent" | "editor";

export interface Author {
  role: AuthorRole;
  name: string;
}

const ROLE_WORDS: Record<string, AuthorRole> = {
  记者: "reporter",
  通讯员: "correspondent",
  责任编辑: "editor",
  编辑: "editor",
};

const ROLE = /(责任编辑|通讯员|记者|编辑)\s*[:：]?/gu;
// A Chinese personal name: two to four characters, a middle dot in transcribed names.
const NAME = /^\p{Script=Han}{1,3}(?:·\p{Script=Han}{1,4})?\p{Script=Han}$/u;

/**
 * Names and roles in a byline such as `记者何祖谋 李柯` or `记者 张三 通讯员 李四`; undefined
 * when any part is not a name, so `(扩大)`-like text is never taken for a byline.
 */
export function parseByline(
  text: string,
  defaultRole: AuthorRole = "reporter",
): Author[] | undefined {
  const authors: Author[] = [];
  let role = defaultRole;
  let sawRole = false;
  for (const part of text.trim().split(ROLE)) {
    const asRole = ROLE_WORDS[part];
    if (asRole) {
      role = asRole;
      sawRole = true;
      continue;
    }
    for (const name of part.split(/[\s、，,]+/u).filter((token) => token !== "")) {
      if (!NAME.test(name)) return undefined;
      authors.push({ role, name });
    }
  }
  if (authors.length === 0) return undefined;
  // Without a role word, one short word in parentheses is too likely to be text: (扩大).
  if (!sawRole && authors.length < 2) return undefined;
  return authors;
}

const TRAILING = /[(（]([^()（）]+)[)）]\s*$/u;
const LEADING = /^(?:本报讯|本网讯|本台讯)\s*[(（]([^()（）]+)[)）]\s*/u;
const BYLINE_LINE = /^\s*(?:记者|通讯员|责任编辑)\s*[:：]?\s*\S/u;

export interface BylineResult {
  paragraphs: string[];
  authors: Author[];
  removed: string[];
}

/**
 * Takes bylines out of the paragraphs: a line that is only a byline, `本报讯(记者…)` opening the
 * first paragraph, and a parenthesised list of names closing the last one.
 */
export function extractBylines(paragraphs: readonly string[]): BylineResult {
  const authors: Author[] = [];
  const removed: string[] = [];
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (BYLINE_LINE.test(paragraph) && paragraph.length <= 40) {
      const found = parseByline(paragraph);
      if (found) {
        authors.push(...found);
        removed.push(paragraph);
        continue;
      }
    }
    kept.push(paragraph);
  }
  const first = kept[0];
  const leading = first === undefined ? null : LEADING.exec(first);
  if (first !== undefined && leading) {
    const found = parseByline(leading[1] ?? "");
    if (found) {
      authors.push(...found);
      removed.push(leading[0].trim());
      kept[0] = first.slice(leading[0].length);
    }
  }
  const lastIndex = kept.length - 1;
  const last = kept[lastIndex];
  const trailing = last === undefined ? null : TRAILING.exec(last);
  if (last !== undefined && trailing) {
    const found = parseByline(trailing[1] ?? "");
    if (found) {
      authors.push(...found);
      removed.push(trailing[0].trim());
      kept[lastIndex] = last.slice(0, trailing.index).trimEnd();
    }
  }
  return { paragraphs: kept.filter((paragraph) => paragraph !== ""), authors, removed };
}
