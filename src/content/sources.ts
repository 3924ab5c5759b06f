/**
 * Where each collection's files are and which schema they follow: the one description that the
 * Astro collections (src/content.config.ts) and the file reader behind `npm run check`, `npm
 * run print` and the build's gate (./read.ts) are both made from, so they read the same files.
 *
 * - `pages`: Markdown/MDX under `content/<folder>/<locale>/<slug>.md`, frontmatter + body.
 * - `entries`: one YAML file per entry under `content/<folder>/<locale>/<slug>.yaml`.
 * - `list`: a data file holding a list of items, each with an `id`.
 * - `locales`: a data file with one item per locale code (`zh-cn:`, `en:`).
 * - `settings`: a data file holding one set of fields (its entry's id is `settings`).
 */
import type { z } from "astro/zod";
import {
  channelSchema,
  lawSchema,
  ledgerEntrySchema,
  siteSchema,
  sloganSchema,
} from "../schemas/data.ts";
import {
  bulletinSchema,
  explainerSchema,
  guideSchema,
  pageSchema,
  qaSchema,
  type SchemaContext,
} from "../schemas/entries.ts";
import { materialSchema, printSettingsSchema, rewardsSchema } from "../schemas/print.ts";

type Schema = z.ZodType | ((context: SchemaContext) => z.ZodType);

export interface PagesSource {
  shape: "pages";
  folder: string;
  schema: Schema;
  /**
   * Keep each entry's raw source in Astro's content store. Only collections whose source is
   * read again need it (explainers: print boards lay out their Markdown blocks); the store is
   * serialised and compiled before the first page, so a body nobody reads costs time.
   */
  keepBody: boolean;
}

export interface EntriesSource {
  shape: "entries";
  folder: string;
  schema: Schema;
}

export interface DataSource {
  shape: "list" | "locales" | "settings";
  file: string;
  schema: Schema;
  /** The site works without it (reward rules: only notices and some leaflets need them). */
  optional: boolean;
}

export type Source = PagesSource | EntriesSource | DataSource;

const data = (name: string) => `content/data/${name}.yaml`;

// Written out one by one so each collection keeps its own schema's type in Astro's typings.
export const sources = {
  bulletins: { shape: "pages", folder: "bulletins", schema: bulletinSchema, keepBody: false },
  explainers: { shape: "pages", folder: "explainers", schema: explainerSchema, keepBody: true },
  guides: { shape: "pages", folder: "guides", schema: guideSchema, keepBody: false },
  qa: { shape: "pages", folder: "qa", schema: qaSchema, keepBody: false },
  pages: { shape: "pages", folder: "pages", schema: pageSchema, keepBody: false },
  site: { shape: "locales", file: data("site"), schema: siteSchema, optional: false },
  channels: { shape: "list", file: data("channels"), schema: channelSchema, optional: false },
  slogans: { shape: "list", file: data("slogans"), schema: sloganSchema, optional: false },
  ledger: { shape: "list", file: data("ledger"), schema: ledgerEntrySchema, optional: false },
  laws: { shape: "list", file: data("laws"), schema: lawSchema, optional: false },
  rewards: { shape: "locales", file: data("rewards"), schema: rewardsSchema, optional: true },
  /** How CMYK files are made: the press profile, the ink limit, banners' hem and bleed. */
  print: { shape: "settings", file: data("print"), schema: printSettingsSchema, optional: true },
  /** Print materials: one YAML file per material in content/print/<locale>/. */
  materials: { shape: "entries", folder: "print", schema: materialSchema },
} as const satisfies Record<string, Source>;

export type CollectionName = keyof typeof sources;
export type PageCollection = {
  [K in CollectionName]: (typeof sources)[K] extends PagesSource ? K : never;
}[CollectionName];

export const collectionNames = Object.keys(sources) as CollectionName[];

/** Extensions each shape reads; anything else in its folder is refused by name. */
export const PAGE_EXTENSIONS = [".md", ".mdx"] as const;
export const ENTRY_EXTENSIONS = [".yaml", ".yml"] as const;

/** Another file's name in the address: lowercase letters, digits, hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A print shop's own ICC profiles, named in print.yaml (`profile: profiles/<file>.icc`). */
export const PROFILES_FOLDER = "content/data/profiles";

/**
 * The files `deploy.yaml` (read by the build's configuration, src/build/deploy.ts) and import
 * proposals (`*.ledger.yaml`, reviewed by hand) live beside the collections without being one.
 */
export const DEPLOY_FILE = "content/data/deploy.yaml";
