/**
 * The one content configuration: every collection, where its files live and its schema.
 * Field schemas live in `src/schemas/`; queries (drafts, locales, translations) in
 * `src/collections/query.ts`.
 */
import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { localizedGlob } from "./collections/loader.ts";
import {
  bulletinSchema,
  explainerSchema,
  guideSchema,
  pageSchema,
  qaSchema,
} from "./schemas/entries.ts";
import {
  channelSchema,
  lawSchema,
  ledgerEntrySchema,
  siteSchema,
  sloganSchema,
} from "./schemas/data.ts";
import { materialSchema, rewardsSchema } from "./schemas/print.ts";

export const collections = {
  bulletins: defineCollection({ loader: localizedGlob("bulletins"), schema: bulletinSchema }),
  explainers: defineCollection({
    loader: localizedGlob("explainers", { keepBody: true }),
    schema: explainerSchema,
  }),
  guides: defineCollection({ loader: localizedGlob("guides"), schema: guideSchema }),
  qa: defineCollection({ loader: localizedGlob("qa"), schema: qaSchema }),
  pages: defineCollection({ loader: localizedGlob("pages"), schema: pageSchema }),
  site: defineCollection({ loader: file("content/data/site.yaml"), schema: siteSchema }),
  channels: defineCollection({ loader: file("content/data/channels.yaml"), schema: channelSchema }),
  slogans: defineCollection({ loader: file("content/data/slogans.yaml"), schema: sloganSchema }),
  ledger: defineCollection({ loader: file("content/data/ledger.yaml"), schema: ledgerEntrySchema }),
  laws: defineCollection({ loader: file("content/data/laws.yaml"), schema: lawSchema }),
  rewards: defineCollection({ loader: file("content/data/rewards.yaml"), schema: rewardsSchema }),
  /** Print materials: one YAML file per material in content/print/<locale>/. */
  materials: defineCollection({
    loader: localizedGlob("print", { files: "yaml" }),
    schema: materialSchema,
  }),
};
