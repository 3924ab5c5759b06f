/**
 * Serialising an imported bulletin and its ledger proposal. Strings are written double-quoted
 * (JSON escaping is valid YAML) so a title with a colon or a leading symbol never changes type.
 */
import { stringify } from "yaml";
import type { LedgerKind } from "../schemas/data.ts";
import type { Author } from "./bylines.ts";
import { PLACEHOLDER } from "./placeholders.ts";

export interface BulletinFrontmatter {
  title: string;
  date: string;
  dateUncertain: boolean;
  place: string;
  source: string;
  authors: Author[];
  summary: string;
  cover?: string;
  coverAlt?: string;
  draft?: boolean;
}

const quote = (value: string) => JSON.stringify(value);

export function bulletinMarkdown(data: BulletinFrontmatter, paragraphs: readonly string[]): string {
  const lines = [
    "---",
    `title: ${quote(data.title)}`,
    `date: ${data.date}`,
    ...(data.dateUncertain ? ["dateUncertain: true"] : []),
    `place: ${quote(data.place)}`,
    `source: ${quote(data.source)}`,
    ...(data.authors.length > 0
      ? [
          "authors:",
          ...data.authors.flatMap((a) => [`  - role: ${a.role}`, `    name: ${quote(a.name)}`]),
        ]
      : []),
    `summary: ${quote(data.summary)}`,
    ...(data.cover
      ? [`cover: ${quote(data.cover)}`, `coverAlt: ${quote(data.coverAlt ?? PLACEHOLDER)}`]
      : []),
    ...(data.draft ? ["draft: true"] : []),
    "---",
    "",
  ];
  return `${lines.join("\n")}\n${markdownBody(paragraphs)}`;
}

/**
 * The body: paragraphs apart, and a `<` that is text written as `&lt;`, so nothing in the text
 * is read as HTML when the page is built.
 */
export function markdownBody(paragraphs: readonly string[]): string {
  return `${paragraphs.map((p) => p.replace(/</gu, "&lt;")).join("\n\n")}\n`;
}

export type EntryKind = "bulletin" | "explainer" | "qa" | "guide";

export const COLLECTIONS: Record<EntryKind, string> = {
  bulletin: "bulletins",
  explainer: "explainers",
  qa: "qa",
  guide: "guides",
};

/**
 * An explainer, Q&A item or guide from an imported text: what the text gives (title, date,
 * source, summary), and 待填写 for what only a person can say (charges, outcome, lesson, topic).
 */
export function otherEntryMarkdown(
  kind: Exclude<EntryKind, "bulletin">,
  data: BulletinFrontmatter,
  paragraphs: readonly string[],
  law: string,
): string {
  const fields: Record<Exclude<EntryKind, "bulletin">, string[]> = {
    explainer: [
      `title: ${quote(data.title)}`,
      `date: ${data.date}`,
      ...(data.place === PLACEHOLDER ? [] : [`place: ${quote(data.place)}`]),
      `source: ${quote(data.source)}`,
      `summary: ${quote(data.summary)}`,
      "charges:",
      `  - ${quote(PLACEHOLDER)}`,
      "statutes:",
      `  - law: ${law}`,
      `    note: ${quote(`${PLACEHOLDER}：所引条文`)}`,
      `outcome: ${quote(PLACEHOLDER)}`,
      `lesson: ${quote(PLACEHOLDER)}`,
    ],
    qa: [`question: ${quote(data.title)}`, "topic: basics", `updated: ${data.date}`],
    guide: [
      `title: ${quote(data.title)}`,
      `summary: ${quote(data.summary)}`,
      `updated: ${data.date}`,
    ],
  };
  return `${["---", ...fields[kind], "---", ""].join("\n")}\n${markdownBody(paragraphs)}`;
}

export interface LedgerProposal {
  id: string;
  periodStart: string;
  periodEnd: string;
  place: { "zh-cn": string; en: string };
  kind: LedgerKind;
  count: number;
  atLeast?: true;
  source: string;
  bulletin: string;
}

export function ledgerYaml(header: string[], entries: readonly LedgerProposal[]): string {
  const comment = header.map((line) => `# ${line}`.trimEnd()).join("\n");
  return `${comment}\n${stringify(entries, { lineWidth: 0 })}`;
}
