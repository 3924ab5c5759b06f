/**
 * Schemas for the data files under content/data/. Each file holds both languages side by side.
 */
import { reference } from "astro:content";
import { z } from "astro/zod";
import { day, localized, nonEmpty, partlyLocalized, strictFields } from "./fields.ts";

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "expected a colour like #b71c1c" });

/** content/data/site.yaml: one entry per locale (the key is the locale code). */
export const siteSchema = strictFields({
  name: nonEmpty("the site name"),
  shortName: nonEmpty("a short name for narrow screens"),
  tagline: nonEmpty("a tagline"),
  description: nonEmpty("a one-sentence description for search engines"),
  organiser: nonEmpty("the organiser (主办单位)"),
  address: nonEmpty("the office address").optional(),
  footer: strictFields({
    siteCode: nonEmpty("the government site code (网站标识码)").optional(),
    icp: nonEmpty("the ICP filing number (ICP备案号)").optional(),
    publicSecurity: nonEmpty("the public-security filing number (公安备案号)").optional(),
    note: nonEmpty("a footer note").optional(),
  }),
  colours: strictFields({
    primary: colour,
    onPrimary: colour,
    accent: colour,
  }),
  /** Where the quick-exit control sends the reader: a neutral, common site. */
  quickExitUrl: z.url({ error: "expected a full address like https://www.weather.com.cn/" }),
});

export const channelKinds = ["phone", "web", "mail", "letter", "visit", "qr"] as const;

/** content/data/channels.yaml: ways to report. */
export const channelSchema = strictFields({
  id: nonEmpty("an id"),
  name: localized("the channel name"),
  kind: z.enum(channelKinds, { error: `expected kind: ${channelKinds.join(", ")}` }),
  value: nonEmpty("the number, address or URL"),
  hours: localized("the opening hours").optional(),
  scope: z.enum(["national", "local"], { error: "expected scope: national or local" }),
  /** Sample data shipped with the kit: shown with a visible "sample" marker until replaced. */
  sample: z.boolean().default(false),
  note: localized("a note").optional(),
  source: nonEmpty("where this channel is published"),
  order: z.number().int().default(100),
});

export const sloganCategories = [
  "general",
  "report",
  "law",
  "protection",
  "umbrella",
  "community",
] as const;

/** content/data/slogans.yaml: slogans for walls, banners, LED screens. */
export const sloganSchema = strictFields({
  id: nonEmpty("an id"),
  "zh-cn": nonEmpty("the Chinese text"),
  en: nonEmpty("the English text"),
  category: z.enum(sloganCategories, {
    error: `expected category: ${sloganCategories.join(", ")}`,
  }),
  active: z.boolean().default(true),
});

export const ledgerKinds = [
  "slogans",
  "banners",
  "boards",
  "vehicleTrips",
  "leaflets",
  "wechatPosts",
  "ledHours",
  "tipsReceived",
] as const;

/** content/data/ledger.yaml: counts of publicity work, per period and place. */
export const ledgerEntrySchema = strictFields({
  id: nonEmpty("an id"),
  periodStart: day,
  periodEnd: day,
  place: localized("the place"),
  kind: z.enum(ledgerKinds, { error: `expected kind: ${ledgerKinds.join(", ")}` }),
  count: z.number().int().nonnegative({ error: "expected a whole number, 0 or more" }),
  /** The source said "more than" (余/多): the count is a lower bound. */
  atLeast: z.boolean().default(false),
  source: nonEmpty("where the figure was reported"),
  bulletin: reference("bulletins").optional(),
  /** Illustrative figures shipped with the kit: the ledger page says so until they are replaced. */
  sample: z.boolean().default(false),
}).refine((entry) => entry.periodEnd >= entry.periodStart, {
  error: "periodEnd is before periodStart",
  path: ["periodEnd"],
});

/** content/data/laws.yaml: laws that statutes cite. */
export const lawSchema = strictFields({
  id: nonEmpty("an id"),
  name: localized("the law's name"),
  adopted: day.optional(),
  effective: day.optional(),
  note: partlyLocalized("a note").optional(),
});

export type Site = z.infer<typeof siteSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Slogan = z.infer<typeof sloganSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type ChannelKind = (typeof channelKinds)[number];
export type SloganCategory = (typeof sloganCategories)[number];
export type LedgerKind = (typeof ledgerKinds)[number];
