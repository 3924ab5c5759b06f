/**
 * A schema's complaint, put into words staff can act on: the field as a dotted path, the
 * message in every locale, and for the slips people make most a message that gives the fix
 * (`count: 450余` → `count: 450` with `atLeast: true`; `tags: 宣传发动` → `tags: [宣传发动]`).
 */
import type { z } from "astro/zod";
import type { Text } from "../i18n/messages.ts";
import { localeCodes } from "../i18n/locales.ts";

export interface FieldIssue {
  path: PropertyKey[];
  field: string;
  message: Text;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
    )
    .join("");
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

const typeNames: Record<string, [string, string]> = {
  string: ["文字", "text"],
  number: ["数字", "a number"],
  boolean: ["true 或 false", "true or false"],
  array: ["列表", "a list"],
  object: ["一组字段", "a group of fields"],
  date: ["日期", "a date"],
  undefined: ["空", "nothing"],
  null: ["空", "nothing"],
};

const typeOf = (value: unknown): [string, string] =>
  typeNames[Array.isArray(value) ? "array" : value === null ? "null" : typeof value] ?? [
    typeof value,
    typeof value,
  ];

/** The message in every locale: a known slip's fix, or the schema's own message. */
function messageOf(issue: z.core.$ZodIssue, raw: unknown): Text {
  const field = String(issue.path.at(-1) ?? "");
  const value = valueAt(raw, issue.path);

  if (issue.code === "invalid_type" && issue.expected === "number" && typeof value === "string") {
    const more = /^\s*(\d+(?:\.\d+)?)\s*(余|多|以上|\+)\s*\S*$/u.exec(value);
    if (more) {
      return {
        "zh-cn": `“${value}”不是数字：写成 ${field}: ${more[1]}，另起一行写 atLeast: true（表示“${more[2]}”）`,
        en: `"${value}" is not a number: write ${field}: ${more[1]} and, on a line of its own, atLeast: true (for "${more[2]}", more than)`,
      };
    }
    if (/^\s*\d+\s*$/u.test(value)) {
      return {
        "zh-cn": `数字不要加引号：写成 ${field}: ${value.trim()}`,
        en: `write the number without quotes: ${field}: ${value.trim()}`,
      };
    }
  }
  if (issue.code === "invalid_type" && issue.expected === "string" && typeof value === "number") {
    return {
      "zh-cn": `${field} 要写成文字：数字要加英文引号，写成 ${field}: "${value}"（否则开头的 0 会丢掉）`,
      en: `${field} must be text: put the number in quotes, ${field}: "${value}" (or leading zeros are lost)`,
    };
  }
  if (issue.code === "invalid_type" && issue.expected === "array" && typeof value === "string") {
    const items = value
      .split(/[,，、;；]\s*/u)
      .map((item) => item.trim())
      .filter((item) => item !== "");
    return {
      "zh-cn": `${field} 应当是列表：写成 ${field}: [${items.join(", ")}]（多项用英文逗号隔开）`,
      en: `${field} must be a list: write ${field}: [${items.join(", ")}] (items separated by commas)`,
    };
  }
  if (issue.code === "invalid_type" && issue.expected === "boolean" && typeof value === "string") {
    const yes = /^(是|对|真|yes|y|on|1)$/iu.test(value.trim());
    return {
      "zh-cn": `${field} 只能填 true 或 false：写成 ${field}: ${yes ? "true" : "false"}`,
      en: `${field} takes true or false: write ${field}: ${yes ? "true" : "false"}`,
    };
  }
  // Every message our schemas set is already in the language in force; the library's own
  // messages (a type the schema does not name) are put in words here.
  if (issue.code === "invalid_type" && /^Invalid input/u.test(issue.message)) {
    const [zhWant, enWant] = typeNames[issue.expected] ?? [issue.expected, issue.expected];
    if (value === undefined) {
      return { "zh-cn": `缺少：请填写${zhWant}`, en: `missing: add ${enWant}` };
    }
    const [zhGot, enGot] = typeOf(value);
    return {
      "zh-cn": `应当是${zhWant}，现在是${zhGot}`,
      en: `expected ${enWant}, got ${enGot}`,
    };
  }
  return Object.fromEntries(localeCodes.map((code) => [code, issue.message])) as Text;
}

/**
 * The issues of a failed parse. Messages set by our schemas were made in the language in force
 * when the schema ran; `say` picks the same language for the slips, so the two never mix.
 */
export function fieldIssues(error: z.ZodError, raw: unknown): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path,
    field: fieldPath(issue.path),
    message: messageOf(issue, raw),
  }));
}
