/**
 * Frontmatter schemas for the localized entry collections. All are strict: a misspelt field
 * fails the build instead of being silently ignored.
 */
import { reference, type SchemaContext } from "astro:content";
import { z } from "astro/zod";
import { day, nonEmpty, strictFields, tags } from "./fields.ts";

const draft = z.boolean({ error: "expected true or false" }).default(false);

/** A law article cited by an explainer or a Q&A item; `law` is an id from content/data/laws.yaml. */
export const statute = strictFields({
  law: reference("laws"),
  /** Left out when the whole document is cited (e.g. the 2019 opinions). */
  article: nonEmpty("the article, e.g. 294 or 23").optional(),
  note: nonEmpty("a note").optional(),
});

export const author = strictFields({
  role: z.enum(["reporter", "correspondent", "editor"], {
    error: "expected role: reporter (记者), correspondent (通讯员) or editor (责任编辑)",
  }),
  name: nonEmpty("the person's name"),
});

/**
 * 工作动态: a news bulletin from the office or a copied report. Astro calls the schema once per
 * entry (`image()` is bound to the entry's file), so the other fields are built once, here.
 */
const bulletinHead = {
  title: nonEmpty("a title"),
  date: day,
  /** The source gave no full date: `date` is an estimate and is shown as approximate. */
  dateUncertain: z.boolean().default(false),
  place: nonEmpty("the place the bulletin is about, e.g. 港西镇"),
  source: nonEmpty("the source (信息来源), e.g. 荣成市新闻中心"),
  authors: z.array(author).default([]),
  summary: nonEmpty("a one- or two-sentence summary"),
  tags,
};
const bulletinTail = {
  coverAlt: nonEmpty("a description of the cover image").optional(),
  /** Set on a translation: the original's date of change it was translated from. */
  translatedFrom: day.optional(),
  draft,
};

export const bulletinSchema = ({ image }: SchemaContext) =>
  strictFields({ ...bulletinHead, cover: image().optional(), ...bulletinTail }).refine(
    (data) => data.cover === undefined || data.coverAlt !== undefined,
    {
      error:
        "coverAlt is required when cover is set: describe the image for readers who cannot see it",
      path: ["coverAlt"],
    },
  );

/** 以案释法: a case explained in plain words; the body tells the case. */
export const explainerSchema = strictFields({
  title: nonEmpty("a title"),
  date: day,
  place: nonEmpty("the place").optional(),
  source: nonEmpty("the source of the case"),
  summary: nonEmpty("a one- or two-sentence summary"),
  charges: z.array(nonEmpty("a charge")).min(1, { error: "expected at least one charge" }),
  statutes: z.array(statute).min(1, { error: "expected at least one statute cited" }),
  outcome: nonEmpty("the outcome (judgment or decision)"),
  lesson: nonEmpty("what a resident should learn from the case"),
  featured: z.boolean().default(false),
  tags,
  translatedFrom: day.optional(),
  draft,
});

/** Guides: how to report (slug `report`, served at /report/) and others under /guides/. */
export const guideSchema = strictFields({
  title: nonEmpty("a title"),
  summary: nonEmpty("a one- or two-sentence summary"),
  updated: day,
  order: z.number().int().default(100),
  translatedFrom: day.optional(),
  draft,
});

export const qaTopics = ["basics", "reporting", "protection", "law", "umbrella"] as const;

/** 政策问答: one question; the body is the answer. */
export const qaSchema = strictFields({
  question: nonEmpty("the question"),
  topic: z.enum(qaTopics, { error: `expected topic: ${qaTopics.join(", ")}` }),
  statutes: z.array(statute).default([]),
  order: z.number().int().default(100),
  updated: day,
  translatedFrom: day.optional(),
  draft,
});

/** Standing pages: about, accessibility statement, privacy statement. */
export const pageSchema = strictFields({
  title: nonEmpty("a title"),
  summary: nonEmpty("a one-sentence summary"),
  updated: day,
  translatedFrom: day.optional(),
  draft,
});
