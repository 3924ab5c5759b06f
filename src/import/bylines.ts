/**
 * Bylines: who wrote the report. They are moved from the text into `authors`, because the page
 * prints them from there. The commonest opening in Chinese news is `本报讯（记者 X 通讯员 Y）`;
 * names may stand without a role (`本网讯（某某）`), and a two-character name is often written
 * with a space to line up with three-character ones (`王　伟`). Simplified and traditional forms
 * are both read, since an English-locale import is not converted.
 */

export type AuthorRole = "reporter" | "correspondent" | "editor";

export interface Author {
  role: AuthorRole;
  name: string;
}

const ROLE =
  /((?:本报|本台|本网|本刊)?(?:实习|實習|见习|見習|特约|特約|首席|全媒体|全媒體)?(?:记者|記者|通讯员|通訊員)|责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]?/gu;

function roleOf(word: string): AuthorRole | undefined {
  if (/记者|記者/u.test(word)) return "reporter";
  if (/通讯员|通訊員/u.test(word)) return "correspondent";
  if (/编|編/u.test(word)) return "editor";
  return undefined;
}

// A Chinese personal name: two to four characters, a middle dot in transcribed names.
const NAME = /^\p{Script=Han}{1,3}(?:[·・]\p{Script=Han}{1,4})?\p{Script=Han}$/u;
const SINGLE = /^\p{Script=Han}$/u;

/**
 * Names and roles in a byline such as `记者何祖谋 李柯`, `记者 张三 通讯员 李四` or `某 某 某某`
 * (a spaced two-character name and another); undefined when any part is not a name, so
 * `(扩大)`-like text is never taken for a byline. `certain`: the text is known to be a byline
 * (it follows 本报讯), so a single name without a role is accepted.
 */
export function parseByline(
  text: string,
  defaultRole: AuthorRole = "reporter",
  certain = false,
): Author[] | undefined {
  const authors: Author[] = [];
  let role = defaultRole;
  let sawRole = false;
  const parts = text.trim().split(ROLE);
  for (const [index, part] of parts.entries()) {
    // split() with a capture group puts the matched role words at odd indices.
    if (index % 2 === 1) {
      role = roleOf(part) ?? role;
      sawRole = true;
      continue;
    }
    const tokens = part.split(/[\s\u3000、/／]+/u).filter((token) => token !== "");
    const names: string[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] ?? "";
      const next = tokens[at + 1];
      // Two single characters in a row are one spaced two-character name: 王 伟.
      if (SINGLE.test(token) && next !== undefined && SINGLE.test(next)) {
        names.push(token + next);
        at++;
        continue;
      }
      names.push(token);
    }
    for (const name of names) {
      if (!NAME.test(name)) return undefined;
      authors.push({ role, name });
    }
  }
  if (authors.length === 0) return undefined;
  // Without a role word, one short word in parentheses is too likely to be text: (扩大).
  if (!sawRole && !certain && authors.length < 2) return undefined;
  return authors;
}

const TRAILING = /[(（]([^()（）]+)[)）]\s*$/u;
// 本报讯（…）, 本網訊（…）, 荣成讯（…）: a dateline ending in 讯, dropped with the byline.
const LEADING_XUN =
  /^\s*[\p{Script=Han}\d]{0,12}?[讯訊]\s*[(（]([^()（）]{1,60})[)）]\s*[:：]?\s*/u;
// 新华社北京4月23日电（记者 …）: the dateline says where and when, so only the byline goes.
const LEADING_DIAN = /^(\s*[\p{Script=Han}\d]{1,20}?[电電])\s*[(（]([^()（）]{1,60})[)）]\s*/u;
// 本报讯 记者张三 通讯员李四 报道：…
const LEADING_BAODAO =
  /^\s*[\p{Script=Han}\d]{0,12}?[讯訊]\s*[:：]?\s*((?:(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}\s\u3000、]{2,30}?)+)\s*(?:报道|報道)\s*[:：]?\s*/u;
const BYLINE_LINE = /^\s*(?:记者|記者|通讯员|通訊員|责任编辑|責任編輯)\s*[:：]?\s*\S/u;

export interface BylineResult {
  paragraphs: string[];
  authors: Author[];
  removed: string[];
}

// Paragraphs that are not text: images, headings, list items.
const NOT_TEXT = /^(?:!\[|#|[-*] |\d+\. )/u;

/**
 * Takes bylines out of the paragraphs: a line that is only a byline, `本报讯(记者…)` opening the
 * first paragraph of text, and a parenthesised list of names closing the last one.
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
  const leadIndex = kept.findIndex((paragraph) => !NOT_TEXT.test(paragraph));
  const lead = kept[leadIndex];
  if (lead !== undefined) {
    const xun = LEADING_XUN.exec(lead) ?? LEADING_BAODAO.exec(lead);
    const dian = xun ? null : LEADING_DIAN.exec(lead);
    const found = xun
      ? parseByline(xun[1] ?? "", "reporter", true)
      : dian
        ? parseByline(dian[2] ?? "", "reporter", true)
        : undefined;
    if (found && xun) {
      authors.push(...found);
      removed.push(xun[0].trim());
      kept[leadIndex] = lead.slice(xun[0].length);
    } else if (found && dian) {
      authors.push(...found);
      removed.push(dian[0].slice((dian[1] ?? "").length).trim());
      kept[leadIndex] = `${dian[1] ?? ""} ${lead.slice(dian[0].length)}`.trim();
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
