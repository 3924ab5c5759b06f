/**
 * Schemas for print materials: one YAML file per material under content/print/<locale>/, the
 * locale taken from the folder as for pages. `kind` decides the fields; everything else a
 * material shows (slogans, channels, reward rules, an explainer) is referenced by id, so a
 * changed phone number reaches every poster and leaflet at the next build.
 */
import { reference } from "astro:content";
import { z } from "astro/zod";
import { colourSchemes } from "../print/spec.ts";
import { day, nonEmpty, strictFields } from "./fields.ts";

const scheme = z
  .enum(colourSchemes, { error: `expected scheme: ${colourSchemes.join(", ")}` })
  .default("white-on-red");

/** Print options every kind shares. */
const printOptions = {
  name: nonEmpty("the material's name, as staff call it (e.g. 举报海报)"),
  description: nonEmpty("one sentence on what it is for and where it goes"),
  scheme,
  bleedMm: z
    .number({ error: "expected the bleed in millimetres, e.g. 3" })
    .min(0, { error: "expected 0 or more millimetres" })
    .max(10, { error: "expected at most 10 mm" })
    .default(3),
  cropMarks: z.boolean({ error: "expected true or false" }).default(false),
  /** Also make a CMYK PDF, for print shops that ask for one. */
  cmyk: z.boolean({ error: "expected true or false" }).default(false),
};

/** The QR code's target: a guide's slug (`report` is the reporting guide). */
const qr = nonEmpty("the slug of the guide the QR code opens, e.g. report").default("report");

const channels = z
  .array(reference("channels"), {
    error: "expected a list of channel ids from content/data/channels.yaml",
  })
  .min(1, { error: "expected at least one channel" });

const centimetres = (what: string, example: number, min: number, max: number) =>
  z
    .number({ error: `expected the ${what} in centimetres, e.g. ${example}` })
    .min(min, { error: `expected at least ${min} cm` })
    .max(max, { error: `expected at most ${max.toLocaleString("en")} cm` });

const sectionSchema = strictFields({
  heading: nonEmpty("the section heading"),
  paragraphs: z.array(nonEmpty("a paragraph")).default([]),
  items: z.array(nonEmpty("a list item")).default([]),
  show: z.enum(["channels", "rewards"], { error: "expected show: channels or rewards" }).optional(),
});

export const posterSchema = strictFields({
  kind: z.literal("poster"),
  ...printOptions,
  paper: z.enum(["A3", "A2"], { error: "expected paper: A3 or A2" }).default("A3"),
  slogan: reference("slogans"),
  text: nonEmpty("a short text under the slogan"),
  channels,
  qr,
});

export const leafletSchema = strictFields({
  kind: z.literal("leaflet"),
  ...printOptions,
  paper: z
    .literal("A4", { error: "expected paper: A4 (a leaflet is A4, printed on both sides)" })
    .default("A4"),
  pages: z
    .array(
      strictFields({
        heading: nonEmpty("the page heading"),
        sections: z.array(sectionSchema).min(1, { error: "expected at least one section" }),
      }),
    )
    .length(2, { error: "expected exactly two pages: the front and the back" }),
  channels,
  qr,
});

export const bannerSchema = strictFields({
  kind: z.literal("banner"),
  ...printOptions,
  slogan: reference("slogans"),
  widthCm: centimetres("banner's length", 600, 50, 5000),
  heightCm: centimetres("banner's height", 70, 20, 300),
});

export const boardSchema = strictFields({
  kind: z.literal("board"),
  ...printOptions,
  /** The explainer's slug in the same language (content/explainers/<locale>/<slug>.md). */
  explainer: nonEmpty("the slug of an explainer in the same language"),
  widthCm: centimetres("board's width", 120, 40, 600),
  heightCm: centimetres("board's height", 90, 30, 400),
  qr,
});

export const noticeSchema = strictFields({
  kind: z.literal("notice"),
  ...printOptions,
  paper: z.enum(["A4", "A3", "A2"], { error: "expected paper: A4, A3 or A2" }).default("A3"),
  channels,
  qr,
});

const kinds = ["poster", "leaflet", "banner", "board", "notice"];

export const materialSchema = z.discriminatedUnion(
  "kind",
  [posterSchema, leafletSchema, bannerSchema, boardSchema, noticeSchema],
  { error: `expected kind: ${kinds.join(", ")}` },
);

export type MaterialData = z.infer<typeof materialSchema>;

/** content/data/rewards.yaml: the local reward rules for reports, one entry per locale. */
export const rewardsSchema = strictFields({
  title: nonEmpty("the notice's title (e.g. 悬赏通告)"),
  preamble: nonEmpty("the opening paragraph"),
  rules: z.array(nonEmpty("a reward rule")).min(1, { error: "expected at least one rule" }),
  claim: nonEmpty("how a reporter claims a reward"),
  confidentiality: nonEmpty("the promise to keep reporters' identities secret"),
  issuer: nonEmpty("who issues the notice"),
  date: day,
  source: nonEmpty("the rules these amounts come from, with their date"),
  /** Sample rules shipped with the kit: printed with a warning until replaced. */
  sample: z.boolean().default(false),
});

export type RewardsData = z.infer<typeof rewardsSchema>;
