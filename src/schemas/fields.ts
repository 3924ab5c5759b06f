/**
 * Field schemas shared by content entries and data files. Messages say what was expected,
 * because publicity staff read them in a failed build, not programmers.
 */
import { z } from "astro/zod";
import { localeCodes, type Locale } from "../i18n/locales.ts";

export const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}; it is empty` });

/** A calendar date written as YAML `2019-08-29` (or a quoted ISO date). */
export const day = z.coerce.date({
  error: "expected a date written like 2019-08-29",
});

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
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "expected an id of lowercase letters, digits and hyphens, e.g. fuzhou-meeting",
  });

export const tags = z.array(nonEmpty("a tag")).default([]);
