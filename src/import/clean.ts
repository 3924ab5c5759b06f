/**
 * The import pipeline, pure: raw article text in, a clean bulletin (frontmatter values,
 * paragraphs, ledger figures) and notes for the person importing it out. The order matters:
 * annotations go before script conversion (OpenCC would otherwise convert the character and
 * leave the pinyin), and chrome goes before paragraphs are split.
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
  summarise,
  type Field,
} from "./meta.ts";
import { removePinyinAnnotations } from "./pinyin.ts";
import type { BulletinFrontmatter } from "./write.ts";
import { PLACEHOLDER } from "./placeholders.ts";
import { fullWidthPunctuation, removeChrome, splitParagraphs } from "./text.ts";

export interface Note {
  level: "info" | "warning";
  text: string;
}

/** The frontmatter the bulletin gets, plus the text and what the import noticed. */
export interface CleanArticle extends Omit<BulletinFrontmatter, "draft"> {
  paragraphs: string[];
  figures: Figure[];
  notes: Note[];
}

export interface CleanOptions {
  /** ISO day used when the text gives no full date. */
  today: string;
  /** Convert to Simplified Chinese (the zh-cn locale). */
  simplify: boolean;
}

// Longer lines are article text even when they contain a label and a colon.
const MAX_FIELD_LINE = 80;

export function cleanArticle(raw: string, options: CleanOptions): CleanArticle {
  const notes: Note[] = [];
  const pinyin = removePinyinAnnotations(raw);
  if (pinyin.removed > 0)
    notes.push({ level: "info", text: `removed ${pinyin.removed} pinyin annotations` });
  for (const kept of new Set(pinyin.kept)) {
    notes.push({
      level: "warning",
      text: `kept ${kept}: the pinyin is not a reading of the character; check it`,
    });
  }
  const converted = options.simplify ? toSimplified(pinyin.text) : pinyin.text;
  const chrome = removeChrome(converted.split("\n"));
  if (chrome.dropped.length > 0) {
    notes.push({
      level: "info",
      text: `dropped site chrome: ${chrome.dropped.map((d) => `“${d}”`).join(" ")}`,
    });
  }

  const fields: Field[] = [];
  let title: string | undefined;
  const lines: string[] = [];
  for (const line of chrome.lines.map((l) => l.trim()).filter((l) => l !== "")) {
    const found = extractFields(line);
    if (title === undefined && lines.length === 0) {
      if (found.rest === "" && found.fields.length > 0) {
        fields.push(...found.fields);
        continue;
      }
      if (isHeadline(found.rest)) {
        fields.push(...found.fields);
        title = found.rest;
        continue;
      }
    }
    if ([...line].length <= MAX_FIELD_LINE && found.rest === "" && found.fields.length > 0) {
      fields.push(...found.fields);
      continue;
    }
    lines.push(line);
  }
  for (const field of fields)
    notes.push({ level: "info", text: `moved to frontmatter: ${field.raw}` });

  const bylines = extractBylines(splitParagraphs(lines));
  for (const removed of bylines.removed)
    notes.push({ level: "info", text: `byline moved to authors: ${removed}` });
  const paragraphs = bylines.paragraphs.map(fullWidthPunctuation);
  const body = paragraphs.join("\n");

  const placeholder = (field: string, why: string): string => {
    notes.push({ level: "warning", text: `${field}: ${why}; wrote “${PLACEHOLDER}”, fill it in` });
    return PLACEHOLDER;
  };

  const cleanTitle =
    title === undefined
      ? placeholder("title", "no headline on the first line")
      : fullWidthPunctuation(title);
  const found = findDate(fields, body);
  let date: string;
  if (found) {
    date = found.iso;
    notes.push({ level: "info", text: `date ${found.iso} from ${found.from}` });
  } else {
    date = options.today;
    const hint = findMonthDay(body);
    notes.push({
      level: "warning",
      text:
        `date: the text gives no full date; wrote today (${options.today}) with dateUncertain: true` +
        (hint ? `. The text mentions ${hint}: set the real date` : ". Set the real date"),
    });
  }
  const sourceField = fields.find((field) => field.name === "source");
  const guessedPlace = title === undefined ? undefined : guessPlace(cleanTitle);
  if (guessedPlace)
    notes.push({
      level: "warning",
      text: `place “${guessedPlace}” guessed from the title; check it`,
    });
  const summary = summarise(paragraphs);
  if (summary)
    notes.push({
      level: "info",
      text: "summary: the first sentences; rewrite it if they do not sum up the report",
    });

  return {
    title: cleanTitle,
    date,
    dateUncertain: found === undefined,
    place: guessedPlace ?? placeholder("place", "no place in the headline"),
    source: sourceField
      ? fullWidthPunctuation(sourceField.value)
      : placeholder("source", "no 信息来源/来源 line"),
    authors: [...bylines.authors, ...authorsFromFields(fields)],
    summary: summary ?? placeholder("summary", "no body text to take it from"),
    paragraphs,
    figures: extractFigures(body),
    notes,
  };
}
