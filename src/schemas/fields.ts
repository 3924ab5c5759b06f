/**
 * Field schemas shared by content entries and data files. Messages say what was expected,
 * because publicity staff read them in a failed build, not programmers; each exists in every
 * locale (src/i18n/messages.ts) and is put into words when a file is checked, in the language
 * of the command that checks it.
 */
import { z } from "astro/zod";
import { localeCodes, locales, type Locale } from "../i18n/locales.ts";
import { say, type Text } from "../i18n/messages.ts";

/** A message in Chinese and English, written side by side where the rule is. */
export const text = (zh: string, en: string): Text => ({ "zh-cn": zh, en });

export const nonEmpty = (what: Text) =>
  z
    .string({
      error: (issue) =>
        say(
          issue.input === undefined
            ? text(`缺少：请填写${what["zh-cn"]}`, `missing: add ${what.en}`)
            : text(`这里应当是文字：${what["zh-cn"]}`, `expected ${what.en} as text`),
        ),
    })
    .trim()
    .min(1, {
      error: () => say(text(`是空的：请填写${what["zh-cn"]}`, `expected ${what.en}; it is empty`)),
    });

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The calendar day `2019-08-29` names, or undefined when there is no such day (2019-02-30). */
export function calendarDay(value: string): Date | undefined {
  const match = ISO_DAY.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : undefined;
}

/**
 * A calendar date written as `2019-08-29`. The content reader keeps dates as the text written
 * (its YAML makes no dates), and the text is checked strictly: `2019-02-30` is an error, not
 * 2 March. A Date object (Astro's own frontmatter parser makes them) is taken as it is; the
 * content gate has checked the text before Astro reads it.
 */
export const day = z
  .union([z.date(), z.string()], {
    error: (issue) =>
      say(
        issue.input === undefined
          ? text(
              "缺少：请填写日期，写法如 2019-08-29",
              "missing: add a date written like 2019-08-29",
            )
          : text("日期的写法应当如 2019-08-29", "expected a date written like 2019-08-29"),
      ),
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
    } else {
      const date = calendarDay(value);
      if (date) return date;
    }
    ctx.issues.push({
      code: "custom",
      input: value,
      message: say(
        text(
          `“${String(value)}”不是日历上的日期：请写成如 2019-08-29 的真实日期`,
          `expected a real date written like 2019-08-29 (got "${String(value)}")`,
        ),
      ),
    });
    return z.NEVER;
  });

/**
 * An object that rejects unknown fields with a message listing the allowed ones, so a misspelt
 * field name (plase: for place:) is caught and the fix is obvious.
 */
export function strictFields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      const keys = issue.keys.map((k) => `"${k}"`).join(", ");
      return say(
        text(
          `未知字段 ${keys}：请检查拼写；可用的字段有 ${allowed}`,
          `unknown field ${keys}: check the spelling; the allowed fields are ${allowed}`,
        ),
      );
    },
  });
}

const languageName = (code: Locale) => text(locales[code].label, locales[code].label);

/** One text per locale, every locale required: data files carry both languages side by side. */
export const localized = (what: Text) =>
  z.strictObject(
    Object.fromEntries(
      localeCodes.map((code) => [
        code,
        nonEmpty(
          text(
            `${what["zh-cn"]}（${languageName(code)["zh-cn"]}，${code}）`,
            `${what.en} in ${code}`,
          ),
        ),
      ]),
    ) as Record<Locale, ReturnType<typeof nonEmpty>>,
    {
      error: () =>
        say(
          text(
            `${what["zh-cn"]}应当每种语言各写一条：${localeCodes.join("、")}`,
            `expected ${what.en} as one text per language: ${localeCodes.join(", ")}`,
          ),
        ),
    },
  );

/** Like `localized`, but a language may be left out (the other is shown with a notice). */
export const partlyLocalized = (what: Text) =>
  z.strictObject(
    Object.fromEntries(
      localeCodes.map((code) => [
        code,
        nonEmpty(text(`${what["zh-cn"]}（${code}）`, `${what.en} in ${code}`)).optional(),
      ]),
    ) as Record<Locale, z.ZodOptional<ReturnType<typeof nonEmpty>>>,
  );

/** true or false, said so when it is something else. */
export const flag = () =>
  z.boolean({ error: () => say(text("应当填 true 或 false", "expected true or false")) });

export const tags = z.array(nonEmpty(text("一个标签", "a tag"))).default([]);

/**
 * A web address for a link that leaves the site (quick exit, a reporting platform): only
 * http(s), so content cannot carry `javascript:` or `data:` addresses into a page.
 */
export const webAddress = (example: string) =>
  z.string().superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value.trim());
    } catch {
      url = undefined;
    }
    if (url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "") {
      return;
    }
    ctx.addIssue({
      code: "custom",
      message: say(
        text(
          `“${value}”不是可用的网址：只能用 https:// 或 http:// 开头的完整地址，如 ${example}`,
          `"${value}" is not a usable web address: only full https:// or http:// addresses, like ${example}`,
        ),
      ),
    });
  });

/**
 * A reference to another entry by id (`{ id, collection }` once parsed), as Astro's reference()
 * makes: the content model checks that the entry exists, and names the file and field if not.
 */
export const reference = (collection: string) =>
  z
    .union([z.string(), z.number().transform((num) => num.toString(10))], {
      error: () =>
        say(
          text(
            `应当填写 ${collection} 里某一条的 id`,
            `expected the id of an entry in ${collection}`,
          ),
        ),
    })
    .transform((id) => ({ id: id.trim(), collection }));

export type Ref = { id: string; collection: string };
