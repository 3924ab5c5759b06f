/**
 * Data files whose top level is a list (slogans, channels, the ledger, laws) are shown to Decap,
 * which cannot edit such a file, as a map holding the list under one key, and written back as
 * the list. The files on disk, their schemas, `npm run check` and the docs stay as they are;
 * the comment lines at the top of a file are kept. (Comments between items are not: Decap
 * re-writes the whole file.)
 */
import { CORE_SCHEMA, load } from "js-yaml";
import { stringify } from "yaml";
import { sources } from "../content/sources.ts";
import { ITEMS } from "./decap-config.ts";

export const listFiles: ReadonlySet<string> = new Set(
  Object.values(sources).flatMap((source) =>
    "file" in source && source.shape === "list" ? [source.file] : [],
  ),
);

export const isListFile = (path: string): boolean => listFiles.has(path);

const leadingComments = (text: string): string => {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (!/^\s*#/u.test(line)) break;
    lines.push(line);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};

export const toYaml = (value: unknown): string =>
  stringify(value, { lineWidth: 0, version: "1.2", schema: "core" });

/** The file as Decap sees it: `list:` holding the items. Unreadable YAML is passed on as it is. */
export function wrapList(text: string): string {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return text;
  }
  return toYaml({ [ITEMS]: Array.isArray(value) ? value : [] });
}

/** Decap's `list:` map back to the list file, under the old file's leading comments. */
export function unwrapList(raw: string, previous: string | undefined): string {
  const value = load(raw, { schema: CORE_SCHEMA }) as Record<string, unknown> | null;
  const items = value && Array.isArray(value[ITEMS]) ? value[ITEMS] : [];
  return `${leadingComments(previous ?? "")}${toYaml(items)}`;
}
