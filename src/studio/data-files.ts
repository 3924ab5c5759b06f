/**
 * Data files whose top level is a list (slogans, channels, the ledger, laws) are shown to Decap,
 * which cannot edit such a file, as a map holding the list under one key, and written back as
 * the list. The files on disk, their schemas, `npm run check` and the docs stay as they are;
 * the comment lines at the top of a file are kept. (Comments between items are not: Decap
 * re-writes the whole file.)
 */
import { CORE_SCHEMA, load } from "js-yaml";
import { stringify } from "yaml";
import { sources, type CollectionName } from "../content/sources.ts";
import { ITEMS, jsonSchemaOf, schemaOf } from "./decap-config.ts";

export const listFiles: ReadonlySet<string> = new Set(
  Object.values(sources).flatMap((source) =>
    "file" in source && source.shape === "list" ? [source.file] : [],
  ),
);

export const isListFile = (path: string): boolean => listFiles.has(path);

/**
 * Switches that are on unless a file says otherwise (a slogan is `active` unless `active:
 * false`). Decap shows a missing switch as off, so they are filled in for Decap and left out
 * again on the way back where the file did not have them.
 */
function onByDefault(path: string): string[] {
  const entry = Object.entries(sources).find(
    ([, source]) => "file" in source && source.file === path,
  );
  if (!entry) return [];
  const json = jsonSchemaOf(schemaOf(entry[0] as CollectionName)) as {
    properties?: Record<string, { type?: string; default?: unknown }>;
  };
  return Object.entries(json.properties ?? {})
    .filter(([, property]) => property.type === "boolean" && property.default === true)
    .map(([name]) => name);
}

type Item = Record<string, unknown>;
const itemsOf = (value: unknown): Item[] =>
  Array.isArray(value)
    ? value.filter((item): item is Item => !!item && typeof item === "object")
    : [];

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
export function wrapList(text: string, path = ""): string {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return text;
  }
  const on = onByDefault(path);
  const items = itemsOf(value).map((item) => ({
    ...item,
    ...Object.fromEntries(on.filter((key) => !(key in item)).map((key) => [key, true])),
  }));
  return toYaml({ [ITEMS]: items });
}

/** Decap's `list:` map back to the list file, under the old file's leading comments. */
export function unwrapList(raw: string, previous: string | undefined, path = ""): string {
  const value = load(raw, { schema: CORE_SCHEMA }) as Record<string, unknown> | null;
  let old: Item[] = [];
  try {
    old = itemsOf(load(previous ?? "", { schema: CORE_SCHEMA }));
  } catch {
    old = [];
  }
  const before = new Map(old.map((item) => [String(item["id"]), item]));
  const on = onByDefault(path);
  const items = itemsOf(value ? value[ITEMS] : []).map((item) => {
    const was = before.get(String(item["id"]));
    return Object.fromEntries(
      Object.entries(item).filter(
        ([key, field]) => !(on.includes(key) && field === true && !(was && key in was)),
      ),
    );
  });
  return `${leadingComments(previous ?? "")}${toYaml(items)}`;
}

/**
 * Decap writes a form's untouched optional fields as empty text (`translatedFrom: ""`), which
 * no schema here accepts: an empty field means "not given", so it is left out, and so is a
 * group whose fields were all left empty.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutEmpty).filter((item) => item !== undefined);
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (value === null || (typeof value === "string" && value.trim() === "")) return undefined;
  return value;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u;

/**
 * A file as Decap sent it, as it is written: a list file unwrapped, empty fields left out. Text
 * that does not parse is passed on unchanged, for the content gate to name the problem.
 */
export function fromDecap(path: string, raw: string, previous: string | undefined): string {
  try {
    if (isListFile(path)) {
      const value = load(raw, { schema: CORE_SCHEMA }) as Record<string, unknown> | null;
      const items = value && Array.isArray(value[ITEMS]) ? value[ITEMS] : [];
      return unwrapList(toYaml({ [ITEMS]: withoutEmpty(items) ?? [] }), previous, path);
    }
    if (/\.mdx?$/u.test(path)) {
      const match = FRONTMATTER.exec(raw);
      if (!match) return raw;
      const data = withoutEmpty(load(match[1] ?? "", { schema: CORE_SCHEMA })) ?? {};
      const body = (match[2] ?? "").replace(/^\n+/u, "");
      return `---\n${toYaml(data)}---\n\n${body.endsWith("\n") ? body : `${body}\n`}`;
    }
    return toYaml(withoutEmpty(load(raw, { schema: CORE_SCHEMA })) ?? {});
  } catch {
    return raw;
  }
}

const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, item]) => [key, sorted(item)]),
        )
      : value;

/** What a file says, as data: fields (in any order, quoted or not) and the body. */
function meaning(path: string, text: string): string | undefined {
  try {
    if (/\.mdx?$/u.test(path)) {
      const match = FRONTMATTER.exec(text);
      if (!match) return undefined;
      const data = withoutEmpty(load(match[1] ?? "", { schema: CORE_SCHEMA }));
      return JSON.stringify([sorted(data), (match[2] ?? "").trim()]);
    }
    return JSON.stringify(sorted(withoutEmpty(load(text, { schema: CORE_SCHEMA }))));
  } catch {
    return undefined;
  }
}

/**
 * Whether a save changes what the file says. Decap writes every language's file of an entry on
 * each save, reformatted; a file whose fields and text are the same is left as it is, so the
 * history shows only real changes.
 */
export function sameMeaning(path: string, before: string | undefined, after: string): boolean {
  if (before === undefined) return false;
  const a = meaning(path, before);
  return a !== undefined && a === meaning(path, after);
}
