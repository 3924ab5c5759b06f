/**
 * Field schemas shared by content entries and data files. Messages say what was expected,
 * because publicity staff read them in a failed build, not programmers.
 */
import { z } from "astro/zod";
import { localeCodes, type Locale } from "../i18n/locales.ts";

export const nonEmpty = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `missing: add ${what}` : `expected ${what} as text`,
    })
    .trim()
    .min(1, { error: `expected ${what}; it is empty` });

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written as YAML `2019-08-29` (YAML already makes it a Date) or as a quoted
 * string. Strings are checked strictly: `2019-02-30` is an error, not 2 March.
 */
export const day = z
  .union([z.date(), z.string()], {
    error: (issue) =>
      issue.input === undefined
        ? "missing: add a date written like 2019-08-29"
        : "expected a date written like 2019-08-29",
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
    } else {
      const match = ISO_DAY.exec(value.trim());
      if (match) {
        const date = new Date(`${match[0]}T00:00:00Z`);
        if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(match[0])) return date;
      }
    }
    ctx.issues.push({
      code: "custom",
      input: value,
      message: `expected a real date written like 2019-08-29 (got "${String(value)}")`,
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
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}: check the spelling; the allowed fields are ${allowed}`
        : undefined,
  });
}

/** One text per locale, every locale required: data files carry both languages side by side. */
export const localized = (what: string) =>
  z.strictObject(
    Object.fromEntries(localeCodes.map((code) => [code, nonEmpty(`${what} in ${code}`)])) as Record<
      Locale,
      ReturnType<typeof nonEmpty>
    >,
    { error: `expected ${what} as one text per language: ${localeCodes.join(", ")}` },
  );

/** Like `localized`, but a language may be left out (the other is shown with a notice). */
export const partlyLocalized = (what: string) =>
  z.strictObject(
    Object.fromEntries(
      localeCodes.map((code) => [code, nonEmpty(`${what} in ${code}`).optional()]),
    ) as Record<Locale, z.ZodOptional<ReturnType<typeof nonEmpty>>>,
  );

/** A stable identifier used in URLs and references: lowercase ASCII words joined by hyphens. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "expected an id of lowercase letters, digits and hyphens, e.g. fuzhou-meeting",
});

export const tags = z.array(nonEmpty("a tag")).default([]);
