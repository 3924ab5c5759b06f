/**
 * Facts about the report that belong in frontmatter: labelled fields (信息来源, 发布时间,
 * 责任编辑), the headline, the date, the place and a summary.
 */
import { parseByline, type Author } from "./bylines.ts";

export type FieldName = "source" | "date" | "editor" | "author";

export interface Field {
  name: FieldName;
  value: string;
  raw: string;
}

const LABELS: Record<string, FieldName> = {
  信息来源: "source",
  来源: "source",
  发布时间: "date",
  发布日期: "date",
  时间: "date",
  日期: "date",
  责任编辑: "editor",
  编辑: "editor",
  作者: "author",
};
// Longest labels first, so 信息来源 is not read as 来源 with 信息 left behind.
const LABEL = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const FIELD = new RegExp(
  String.raw`(${LABEL})\s*[:：]\s*(.*?)\s*(?=(?:${LABEL})\s*[:：]|\s{2,}|\s[|｜]|$)`,
  "gu",
);

/** Labelled fields in one line, and the text left once they are taken out. */
export function extractFields(line: string): { fields: Field[]; rest: string } {
  const fields: Field[] = [];
  const rest = line.replace(FIELD, (raw, label: string, value: string) => {
    const name = LABELS[label];
    if (!name || value === "") return raw;
    fields.push({ name, value: value.trim(), raw: raw.trim() });
    return "";
  });
  // A date beside the source (来源：某某日报 2019-04-23) is the date, not part of the source.
  for (const field of [...fields]) {
    if (field.name !== "source") continue;
    const dated = DATE_AND_TIME.exec(field.value);
    if (!dated || parseDate(dated[0]) === undefined) continue;
    field.value = (
      field.value.slice(0, dated.index) + field.value.slice(dated.index + dated[0].length)
    )
      .replace(/\s+/gu, " ")
      .trim();
    fields.push({ name: "date", value: dated[0].trim(), raw: field.raw });
  }
  const left = rest.replace(/^[\s|｜]+|[\s|｜]+$/gu, "");
  // A date alone beside labelled fields (来源：某某日报　2019-04-23 10:20) is the date.
  if (fields.length > 0 && ONLY_DATE.test(left) && parseDate(left) !== undefined) {
    fields.push({ name: "date", value: left, raw: left });
    return { fields: fields.filter((field) => field.value !== ""), rest: "" };
  }
  return { fields: fields.filter((field) => field.value !== ""), rest: left };
}

const DATE_AND_TIME =
  /\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*/u;
const ONLY_DATE = new RegExp(`^${DATE_AND_TIME.source}$`, "u");

/** Field values that are people: 责任编辑 and 作者. */
export function authorsFromFields(fields: readonly Field[]): Author[] {
  return fields.flatMap((field) => {
    if (field.name === "editor")
      return parseByline(field.value, "editor") ?? [{ role: "editor", name: field.value }];
    if (field.name === "author") return parseByline(field.value, "reporter") ?? [];
    return [];
  });
}

const SENTENCE_END = /[。！？；，,.;!?]$/u;

/** A headline: a short first line that does not end like a sentence. */
export function isHeadline(line: string): boolean {
  const length = [...line].length;
  return length >= 4 && length <= 80 && !SENTENCE_END.test(line);
}

export interface DateFound {
  iso: string;
  /** Where it came from, for the command's report. */
  from: string;
}

const FULL_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u;
const MONTH_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})日/u;

/** `2019年6月30日`, `2019-06-30` or `2019/6/30` as an ISO day, if it is a real date. */
export function parseDate(text: string): string | undefined {
  const match = FULL_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const iso = `${y}-${(m ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

export function findDate(fields: readonly Field[], body: string): DateFound | undefined {
  for (const field of fields) {
    if (field.name !== "date") continue;
    const iso = parseDate(field.value);
    if (iso) return { iso, from: field.raw };
  }
  const iso = parseDate(body);
  return iso ? { iso, from: `the text (${FULL_DATE.exec(body)?.[0] ?? iso})` } : undefined;
}

/** A month and day without a year (8月29日), to hint at the real date when none was found. */
export function findMonthDay(body: string): string | undefined {
  return MONTH_DAY.exec(body)?.[0];
}

// Words ending in a place suffix that are not places.
const NOT_PLACES = new Set([
  "全省",
  "全市",
  "全县",
  "全区",
  "全镇",
  "本市",
  "我市",
  "本县",
  "我县",
  "各区",
  "城市",
  "市区",
  "社区",
  "园区",
  "辖区",
  "城区",
  "地区",
]);
const PLACE = /^(\p{Script=Han}{1,6}?(?:自治区|自治州|街道|省|市|县|区|镇|乡))/u;
const PLACE_BEFORE_COLON = /^(\p{Script=Han}{2,4})[:：]/u;

/** The place the headline names first (港西镇…, 福建：…), or undefined. */
export function guessPlace(title: string): string | undefined {
  const named = PLACE.exec(title)?.[1];
  if (named && !NOT_PLACES.has(named)) return named;
  return PLACE_BEFORE_COLON.exec(title)?.[1];
}

/** The first sentence, and the second too while the whole stays short. */
export function summarise(paragraphs: readonly string[], maxLength = 100): string | undefined {
  const sentences = (paragraphs[0] ?? "").match(/[^。！？]+[。！？]?/gu) ?? [];
  let summary = "";
  for (const sentence of sentences) {
    if (summary !== "" && [...(summary + sentence)].length > maxLength) break;
    summary += sentence;
  }
  return summary.trim() || undefined;
}
