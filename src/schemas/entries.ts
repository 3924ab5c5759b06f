/**
 * Frontmatter schemas for the localized entry collections. All are strict: a misspelt field
 * fails the build instead of being silently ignored.
 */
import type { SchemaContext } from "astro:content";
import { z } from "astro/zod";
import { say } from "../i18n/messages.ts";
import { day, flag, nonEmpty, reference, strictFields, tags, text } from "./fields.ts";

export type { SchemaContext };

const draft = flag().default(false);

/** A law article cited by an explainer or a Q&A item; `law` is an id from content/data/laws.yaml. */
export const statute = strictFields({
  law: reference("laws"),
  /** Left out when the whole document is cited (e.g. the 2019 opinions). */
  article: nonEmpty(text("条文号，如 294 或 23", "the article, e.g. 294 or 23")).optional(),
  note: nonEmpty(text("说明", "a note")).optional(),
});

export const authorRoles = ["reporter", "correspondent", "editor"] as const;

export const author = strictFields({
  role: z.enum(authorRoles, {
    error: () =>
      say(
        text(
          "role 应当是 reporter（记者）、correspondent（通讯员）或 editor（责任编辑）",
          "expected role: reporter (记者), correspondent (通讯员) or editor (责任编辑)",
        ),
      ),
  }),
  name: nonEmpty(text("姓名", "the person's name")),
});

const order = z
  .number({
    error: () => say(text("order 应当是一个整数，如 10", "expected a whole number, e.g. 10")),
  })
  .int({
    error: () => say(text("order 应当是一个整数，如 10", "expected a whole number, e.g. 10")),
  })
  .default(100);

const title = nonEmpty(text("标题", "a title"));
const summary = nonEmpty(text("一两句话的摘要", "a one- or two-sentence summary"));

/**
 * 工作动态: a news bulletin from the office or a copied report. Astro calls the schema once per
 * entry (`image()` is bound to the entry's file), so the other fields are built once, here.
 */
const bulletinHead = {
  title,
  date: day,
  /** The source gave no full date: `date` is an estimate and is shown as approximate. */
  dateUncertain: flag().default(false),
  place: nonEmpty(
    text("这条动态所说的地点，如 港西镇", "the place the bulletin is about, e.g. 港西镇"),
  ),
  source: nonEmpty(
    text("信息来源，如 荣成市新闻中心", "the source (信息来源), e.g. 荣成市新闻中心"),
  ),
  authors: z.array(author).default([]),
  summary,
  tags,
};
const bulletinTail = {
  coverAlt: nonEmpty(text("封面图片的文字说明", "a description of the cover image")).optional(),
  /** Set on a translation: the original's date of change it was translated from. */
  translatedFrom: day.optional(),
  draft,
};

export const bulletinSchema = ({ image }: SchemaContext) =>
  strictFields({ ...bulletinHead, cover: image().optional(), ...bulletinTail }).refine(
    (data) => data.cover === undefined || data.coverAlt !== undefined,
    {
      error: () =>
        say(
          text(
            "设置了封面图片（cover）就要填写 coverAlt：为看不见图片的读者描述这张图",
            "coverAlt is required when cover is set: describe the image for readers who cannot see it",
          ),
        ),
      path: ["coverAlt"],
    },
  );

/** 以案释法: a case explained in plain words; the body tells the case. */
export const explainerSchema = strictFields({
  title,
  date: day,
  place: nonEmpty(text("地点", "the place")).optional(),
  source: nonEmpty(text("案例来源", "the source of the case")),
  summary,
  charges: z
    .array(nonEmpty(text("一项罪名", "a charge")))
    .min(1, { error: () => say(text("至少写一项罪名", "expected at least one charge")) }),
  statutes: z.array(statute).min(1, {
    error: () => say(text("至少引用一条法律条文", "expected at least one statute cited")),
  }),
  outcome: nonEmpty(text("处理结果（判决或决定）", "the outcome (judgment or decision)")),
  lesson: nonEmpty(text("群众能从案例中学到什么", "what a resident should learn from the case")),
  featured: flag().default(false),
  tags,
  translatedFrom: day.optional(),
  draft,
});

/** Guides: how to report (slug `report`, served at /report/) and others under /guides/. */
export const guideSchema = strictFields({
  title,
  summary,
  updated: day,
  order,
  translatedFrom: day.optional(),
  draft,
});

export const qaTopics = ["basics", "reporting", "protection", "law", "umbrella"] as const;

/** 政策问答: one question; the body is the answer. */
export const qaSchema = strictFields({
  question: nonEmpty(text("问题", "the question")),
  topic: z.enum(qaTopics, {
    error: () =>
      say(
        text(
          `topic 应当是其中之一：${qaTopics.join("、")}`,
          `expected topic: ${qaTopics.join(", ")}`,
        ),
      ),
  }),
  statutes: z.array(statute).default([]),
  order,
  updated: day,
  translatedFrom: day.optional(),
  draft,
});

/** Standing pages: about, accessibility statement, privacy statement. */
export const pageSchema = strictFields({
  title,
  summary: nonEmpty(text("一句话的摘要", "a one-sentence summary")),
  updated: day,
  translatedFrom: day.optional(),
  draft,
});
