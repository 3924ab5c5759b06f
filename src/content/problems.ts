/**
 * What the content gate finds: every problem names the file, the field (and line, where known),
 * what is wrong and the fix, in every locale. `npm run check`, the build, `npm run print` and
 * the studio print the same problems; only the language changes (`--lang`).
 */
import type { Locale } from "../i18n/locales.ts";
import { say, type Text } from "../i18n/messages.ts";

export type Level = "error" | "warning";

/** The kinds of check, in the order the report lists them. */
export const groups = [
  "files",
  "schemas",
  "images",
  "references",
  "safety",
  "banners",
  "print",
  "placeholders",
  "proposals",
  "release",
] as const;
export type Group = (typeof groups)[number];

export interface Problem {
  level: Level;
  group: Group;
  /** Project-relative path with forward slashes, e.g. content/data/channels.yaml. */
  file: string;
  /** The field, dotted (`authors[0].name`), or an item's id and field in a data file. */
  field?: string | undefined;
  line?: number | undefined;
  message: Text;
}

export const problem = (
  level: Level,
  group: Group,
  file: string,
  message: Text,
  where: { field?: string | undefined; line?: number | undefined } = {},
): Problem => ({ level, group, file, message, ...where });

/** `content/x.md:12 date: …` — one line, in the language in force or `locale`. */
export function formatProblem(p: Problem, locale?: Locale): string {
  const place = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? ` ${p.field}:` : "";
  return `${place}:${field} ${say(p.message, locale)}`;
}

export const errorsOf = (problems: readonly Problem[]) =>
  problems.filter((p) => p.level === "error");

/** Thrown where the content cannot be used (the build, print): carries every problem. */
export class ContentProblems extends Error {
  override name = "ContentProblems";
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => formatProblem(p)).join("\n"));
    this.problems = problems;
  }
}
