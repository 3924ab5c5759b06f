/**
 * The import pipeline, pure: raw article text (Markdown lines once markup is gone) in, a clean
 * bulletin (frontmatter values, paragraphs, ledger figures) and notes for the person importing
 * it out. The order matters: annotations go before script conversion (OpenCC would otherwise
 * convert the character and leave the pinyin), and chrome goes before paragraphs are split.
 * Everything dropped is listed in a note; `droppedChars` against `keptChars` is what the
 * command weighs before it asks for --force.
 */
import { extractBylines } from "./bylines.ts";
import { toSimplified } from "./convert.ts";
import { extractFigures, type Figure } from "./ledger.ts";
import {
  authorsFromFields,
  extractFields,
  findDate,
  findMonthDay,
  guessPlace,
  isHeadline,
  parseDate,
  summarise,
  type Field,
} from "./meta.ts";
import { t, type Note } from "./notes.ts";
import { removePinyinAnnotations } from "./pinyin.ts";
import type { BulletinFrontmatter } from "./write.ts";
import { PLACEHOLDER } from "./placeholders.ts";
import {
  fullWidthPunctuation,
  removeChrome,
  removeStrayMarks,
  splitParagraphs,
  visibleText,
} from "./text.ts";

export type { Note } from "./notes.ts";

/** The frontmatter the bulletin gets, plus the text and what the import noticed. */
export interface CleanArticle extends Omit<BulletinFrontmatter, "draft"> {
  paragraphs: string[];
  figures: Figure[];
  notes: Note[];
  /** Every full date the text gives, in order: the ledger's period is read from them. */
  textDates: string[];
  /** Characters of text dropped as site chrome or stray marks, and kept. */
  droppedChars: number;
  keptChars: number;
  /** Related-articles boxes dropped, in full: the lines the 5 % rule weighs. */
  droppedItems: string[];
}

export interface CleanOptions {
  /** ISO day used when the text gives no full date. */
  today: string;
  /** Convert to Simplified Chinese (the zh-cn locale). */
  simplify: boolean;
}

// Longer lines are article text even when they contain a label and a colon.
const MAX_FIELD_LINE = 80;
// Dropped text longer than this is printed in full on lines of its own.
const ONE_LINE = 30;
// Paragraphs that are not prose: images, headings, list items.
const NOT_PROSE = /^(?:!\[|#|[-*] |\d+\. )/u;

const chars = (text: string) => [...text.replace(/\s/gu, "")].length;
const list = (items: readonly string[]) => items.map((item) => `“${item}”`).join(" ");

export function cleanArticle(raw: string, options: CleanOptions): CleanArticle {
  const notes: Note[] = [];
  const info = (zh: string, en: string) => notes.push({ level: "info", text: t(zh, en) });
  const warn = (zh: string, en: string) => notes.push({ level: "warning", text: t(zh, en) });

  const pinyin = removePinyinAnnotations(raw);
  if (pinyin.removed > 0)
    info(`去掉了 ${pinyin.removed} 处拼音注音`, `removed ${pinyin.removed} pinyin annotations`);
  for (const kept of new Set(pinyin.kept)) {
    warn(
      `保留了 ${kept}：括号里的拼音不是这个字的读音，请核对`,
      `kept ${kept}: the pinyin is not a reading of the character; check it`,
    );
  }
  const converted = options.simplify ? toSimplified(pinyin.text) : pinyin.text;
  const isField = (line: string) => {
    const found = extractFields(line.trim());
    return found.rest === "" && found.fields.length > 0;
  };
  const chrome = removeChrome(converted.split("\n"), isField);
  // Only what could be article text counts towards the 5 % rule: related-articles boxes.
  let droppedChars = chrome.blocks.reduce((sum, item) => sum + chars(visibleText(item)), 0);
  if (chrome.dropped.length > 0) {
    const all = chrome.dropped.reduce((sum, item) => sum + chars(item), 0);
    const short = chrome.dropped.filter((item) => [...item].length <= ONE_LINE);
    const long = chrome.dropped.filter((item) => [...item].length > ONE_LINE);
    notes.push({
      level: long.length > 0 ? "warning" : "info",
      text: t(
        `去掉了网站的页面元素（${chrome.dropped.length} 处，${all} 字）：${list(short)}${long.length > 0 ? " 以及下列整段：" : ""}`,
        `dropped site chrome (${chrome.dropped.length} items, ${all} characters): ${list(short)}${long.length > 0 ? " and these in full:" : ""}`,
      ),
      ...(long.length > 0 ? { dropped: long } : {}),
    });
  }

  const fields: Field[] = [];
  let title: string | undefined;
  const lines: string[] = [];
  for (const line of chrome.lines.map((l) => l.trim()).filter((l) => l !== "")) {
    const found = extractFields(line);
    const headline = found.rest.replace(/^#+\s*/u, "");
    if (title === undefined && lines.length === 0 && !line.startsWith("![")) {
      if (found.rest === "" && found.fields.length > 0) {
        fields.push(...found.fields);
        continue;
      }
      if (isHeadline(visibleText(headline))) {
        fields.push(...found.fields);
        title = visibleText(headline);
        continue;
      }
    }
    if ([...line].length <= MAX_FIELD_LINE && found.rest === "" && found.fields.length > 0) {
      fields.push(...found.fields);
      continue;
    }
    lines.push(line);
  }
  for (const raw of new Set(fields.map((field) => field.raw)))
    info(`移入文件头：${raw}`, `moved to frontmatter: ${raw}`);

  const bylines = extractBylines(splitParagraphs(lines));
  for (const removed of bylines.removed)
    info(`署名移入 authors：${removed}`, `byline moved to authors: ${removed}`);

  let strays = 0;
  const inWords: string[] = [];
  const paragraphs = bylines.paragraphs
    .map((paragraph) => {
      const stray = removeStrayMarks(paragraph);
      strays += stray.removed;
      inWords.push(...stray.inWords);
      return fullWidthPunctuation(stray.text);
    })
    .filter((paragraph) => paragraph !== "");
  if (strays > 0) {
    droppedChars += strays;
    info(
      `去掉了 ${strays} 个代替丢失文字的问号（在段首或句子之间）`,
      `removed ${strays} question marks standing for characters lost in copying (at a paragraph start or between sentences)`,
    );
  }
  if (inWords.length > 0) {
    warn(
      `词语中间的问号是复制时丢失的字，请补上：${list(inWords)}`,
      `a ? inside a word is a character lost in copying; restore it: ${list(inWords)}`,
    );
  }
  const prose = paragraphs.filter((paragraph) => !NOT_PROSE.test(paragraph));
  const body = paragraphs.join("\n");

  const placeholder = (field: string, zh: string, en: string): string => {
    warn(
      `${field}：${zh}；已写“${PLACEHOLDER}”，请填写`,
      `${field}: ${en}; wrote “${PLACEHOLDER}”, fill it in`,
    );
    return PLACEHOLDER;
  };

  const cleanTitle =
    title === undefined
      ? placeholder("title", "第一行不是标题", "no headline on the first line")
      : fullWidthPunctuation(title);
  const found = findDate(fields, body);
  let date: string;
  if (found) {
    date = found.iso;
    const fromText = /^the text \((.*)\)$/u.exec(found.from)?.[1];
    info(
      `日期 ${found.iso}，取自${fromText === undefined ? ` ${found.from}` : `正文（${fromText}）`}`,
      `date ${found.iso} from ${found.from}`,
    );
  } else {
    date = options.today;
    const hint = findMonthDay(body);
    warn(
      `date：文中没有完整日期；暂写今天（${options.today}）并标 dateUncertain: true` +
        (hint ? `。文中提到 ${hint}：请改为真实日期` : "。请改为真实日期"),
      `date: the text gives no full date; wrote today (${options.today}) with dateUncertain: true` +
        (hint ? `. The text mentions ${hint}: set the real date` : ". Set the real date"),
    );
  }
  const sourceField = fields.find((field) => field.name === "source" && field.value !== "");
  const guessedPlace = title === undefined ? undefined : guessPlace(cleanTitle);
  if (guessedPlace)
    warn(
      `地点“${guessedPlace}”是从标题推测的，请核对`,
      `place “${guessedPlace}” guessed from the title; check it`,
    );
  const summary = summarise(prose);
  if (summary)
    info(
      "summary：取了正文开头的句子；如果不能概括全文，请改写",
      "summary: the first sentences; rewrite it if they do not sum up the report",
    );

  return {
    title: cleanTitle,
    date,
    dateUncertain: found === undefined,
    place: guessedPlace ?? placeholder("place", "标题中没有地名", "no place in the headline"),
    source: sourceField
      ? fullWidthPunctuation(sourceField.value)
      : placeholder("source", "没有“信息来源/来源”一行", "no 信息来源/来源 line"),
    authors: [...bylines.authors, ...authorsFromFields(fields)],
    summary: summary ?? placeholder("summary", "没有可摘取的正文", "no body text to take it from"),
    paragraphs,
    figures: extractFigures(
      paragraphs
        .filter((p) => !p.startsWith("!["))
        .map(visibleText)
        .join("\n"),
    ),
    notes,
    textDates: textDates([...fields.filter((f) => f.name === "date").map((f) => f.value), body]),
    droppedChars,
    droppedItems: chrome.blocks,
    keptChars: chars(cleanTitle) + paragraphs.reduce((sum, p) => sum + chars(visibleText(p)), 0),
  };
}

const ANY_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/gu;

/** Every real full date in the texts, as ISO days. */
function textDates(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    [...text.matchAll(ANY_DATE)].flatMap((match) => parseDate(match[0]) ?? []),
  );
}
