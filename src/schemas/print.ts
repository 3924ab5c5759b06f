/**
 * Schemas for print materials under content/print/. Banners come first: their slogans must fit.
 */
import { reference } from "astro:content";
import { z } from "astro/zod";
import { localeCodes } from "../i18n/locales.ts";
import { nonEmpty, strictFields } from "./fields.ts";

export const bannerSchemes = ["white-on-red", "red-on-white"] as const;

/** content/print/banners.yaml: one slogan on one line, e.g. 600 × 70 cm, white on red. */
export const bannerSchema = strictFields({
  id: nonEmpty("an id"),
  slogan: reference("slogans"),
  locale: z.enum(localeCodes as [string, ...string[]], {
    error: `expected locale: ${localeCodes.join(", ")}`,
  }),
  widthCm: z
    .number({ error: "expected the banner's length in centimetres, e.g. 600" })
    .min(50, { error: "expected at least 50 cm" })
    .max(5000, { error: "expected at most 5,000 cm" }),
  heightCm: z
    .number({ error: "expected the banner's height in centimetres, e.g. 70" })
    .min(20, { error: "expected at least 20 cm" })
    .max(300, { error: "expected at most 300 cm" }),
  scheme: z.enum(bannerSchemes, { error: `expected scheme: ${bannerSchemes.join(", ")}` }),
});

export type Banner = z.infer<typeof bannerSchema>;
