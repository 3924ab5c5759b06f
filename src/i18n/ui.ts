/**
 * UI strings: one JSON file per locale with identical keys. The primary locale's file defines
 * the key set; every other file is checked against it when this module loads, so a missing or
 * extra key, an empty string or a placeholder that does not match fails the build.
 */
import { z } from "astro/zod";
import { defaultLocale, localeCodes, type Locale } from "./locales.ts";
import en from "./ui/en.json" with { type: "json" };
import zhCn from "./ui/zh-cn.json" with { type: "json" };

export type UiKey = keyof typeof zhCn;
export type UiStrings = Record<UiKey, string>;

const files: Record<Locale, unknown> = { "zh-cn": zhCn, en };

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "").sort();
}

/** The schema every locale's file must match: the primary file's keys, each a non-empty string. */
export const uiSchema = z.strictObject(
  Object.fromEntries(
    Object.keys(zhCn).map((key) => [
      key,
      z
        .string({ error: "expected a string" })
        .min(1, { error: "expected a translation; it is empty" }),
    ]),
  ) as Record<UiKey, z.ZodString>,
);

export function parseUiStrings(locale: Locale, data: unknown): UiStrings {
  const file = `src/i18n/ui/${locale}.json`;
  const result = uiSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown key(s) ${issue.keys.join(", ")}: add them to src/i18n/ui/${defaultLocale}.json or remove them`
        : `"${issue.path.join(".")}": ${issue.message}`,
    );
    throw new Error(`${file} is not a valid UI string file:\n- ${problems.join("\n- ")}`);
  }
  const primary = zhCn as UiStrings;
  for (const key of Object.keys(primary) as UiKey[]) {
    const want = placeholders(primary[key]).join(",");
    const got = placeholders(result.data[key]).join(",");
    if (want !== got) {
      throw new Error(
        `${file}: "${key}" must use the placeholders {${want}} like src/i18n/ui/${defaultLocale}.json; it uses {${got}}`,
      );
    }
  }
  return result.data;
}

const strings = Object.fromEntries(
  localeCodes.map((code) => [code, parseUiStrings(code, files[code])]),
) as Record<Locale, UiStrings>;

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** `t` for one locale: `t("lang.switchTo", { language: "English" })`. */
export function useTranslations(locale: Locale): Translate {
  const table = strings[locale];
  return (key, vars) =>
    table[key].replace(PLACEHOLDER, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}
