/**
 * Serialising an imported bulletin and its ledger proposal. Strings are written double-quoted
 * (JSON escaping is valid YAML) so a title with a colon or a leading symbol never changes type.
 */
import { stringify } from "yaml";
import type { LedgerKind } from "../schemas/data.ts";
import type { Author } from "./bylines.ts";

export interface BulletinFrontmatter {
  title: string;
  date: string;
  dateUncertain: boolean;
  place: string;
  source: string;
  authors: Author[];
  summary: string;
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
    ...(data.draft ? ["draft: true"] : []),
    "---",
    "",
  ];
  return `${lines.join("\n")}\n${paragraphs.join("\n\n")}\n`;
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
