/**
 * Schemas for the data files under content/data/. Each file holds both languages side by side.
 */
import { z } from "astro/zod";
import { say } from "../i18n/messages.ts";
import {
  day,
  flag,
  localized,
  nonEmpty,
  partlyLocalized,
  reference,
  strictFields,
  text,
  webAddress,
} from "./fields.ts";

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/u, {
  error: () =>
    say(text('颜色的写法应当如 "#b71c1c"（带引号）', 'expected a colour like "#b71c1c"')),
});

const id = nonEmpty(text("id（小写字母、数字和连字符）", "an id"));

const whole = z
  .number({ error: () => say(text("应当是一个整数，如 10", "expected a whole number, e.g. 10")) })
  .int({ error: () => say(text("应当是一个整数，如 10", "expected a whole number, e.g. 10")) });

/** content/data/site.yaml: one entry per locale (the key is the locale code). */
export const siteSchema = strictFields({
  name: nonEmpty(text("网站名称", "the site name")),
  shortName: nonEmpty(text("窄屏上显示的简称", "a short name for narrow screens")),
  tagline: nonEmpty(text("宣传口号", "a tagline")),
  description: nonEmpty(
    text("一句话的网站介绍（给搜索引擎）", "a one-sentence description for search engines"),
  ),
  organiser: nonEmpty(text("主办单位", "the organiser (主办单位)")),
  address: nonEmpty(text("办公地址", "the office address")).optional(),
  footer: strictFields({
    siteCode: nonEmpty(text("网站标识码", "the government site code (网站标识码)")).optional(),
    icp: nonEmpty(text("ICP备案号", "the ICP filing number (ICP备案号)")).optional(),
    publicSecurity: nonEmpty(
      text("公安备案号", "the public-security filing number (公安备案号)"),
    ).optional(),
    note: nonEmpty(text("页脚说明", "a footer note")).optional(),
  }),
  colours: strictFields({
    primary: colour,
    onPrimary: colour,
    accent: colour,
  }),
  /** Where the quick-exit control sends the reader: a neutral, common site. */
  quickExitUrl: webAddress("https://www.weather.com.cn/"),
});

export const channelKinds = ["phone", "web", "mail", "letter", "visit", "qr"] as const;

/** content/data/channels.yaml: ways to report. */
export const channelSchema = strictFields({
  id,
  name: localized(text("渠道名称", "the channel name")),
  kind: z.enum(channelKinds, {
    error: () =>
      say(
        text(
          `kind 应当是其中之一：${channelKinds.join("、")}`,
          `expected kind: ${channelKinds.join(", ")}`,
        ),
      ),
  }),
  value: nonEmpty(text("号码、地址或网址", "the number, address or URL")),
  hours: localized(text("受理时间", "the opening hours")).optional(),
  scope: z.enum(["national", "local"], {
    error: () =>
      say(
        text("scope 应当是 national（全国）或 local（本地）", "expected scope: national or local"),
      ),
  }),
  /** Sample data shipped with the kit: shown with a visible "sample" marker until replaced. */
  sample: flag().default(false),
  note: localized(text("说明", "a note")).optional(),
  source: nonEmpty(text("这个渠道在哪里公布", "where this channel is published")),
  order: whole.default(100),
}).superRefine((channel, ctx) => {
  // Web and QR channels become links and QR codes: nothing but a web address may go there.
  if (channel.kind !== "web" && channel.kind !== "qr") return;
  const result = webAddress("https://www.12337.gov.cn/").safeParse(channel.value);
  if (!result.success) {
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message: result.error.issues[0]?.message ?? "",
    });
  }
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
  id,
  "zh-cn": nonEmpty(text("中文标语", "the Chinese text")),
  en: nonEmpty(text("英文标语", "the English text")),
  category: z.enum(sloganCategories, {
    error: () =>
      say(
        text(
          `category 应当是其中之一：${sloganCategories.join("、")}`,
          `expected category: ${sloganCategories.join(", ")}`,
        ),
      ),
  }),
  active: flag().default(true),
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
  id,
  periodStart: day,
  periodEnd: day,
  place: localized(text("地点", "the place")),
  kind: z.enum(ledgerKinds, {
    error: () =>
      say(
        text(
          `kind 应当是其中之一：${ledgerKinds.join("、")}`,
          `expected kind: ${ledgerKinds.join(", ")}`,
        ),
      ),
  }),
  count: z
    .number({
      error: () => say(text("count 应当是一个整数，如 450", "expected a whole number, e.g. 450")),
    })
    .int({
      error: () => say(text("count 应当是一个整数，如 450", "expected a whole number, e.g. 450")),
    })
    .nonnegative({
      error: () => say(text("count 应当是 0 或更大的整数", "expected a whole number, 0 or more")),
    }),
  /** The source said "more than" (余/多): the count is a lower bound. */
  atLeast: flag().default(false),
  source: nonEmpty(text("这个数字在哪里报道", "where the figure was reported")),
  bulletin: reference("bulletins").optional(),
  /** Illustrative figures shipped with the kit: the ledger page says so until they are replaced. */
  sample: flag().default(false),
  /**
   * Shown on the public ledger page. Left out, every kind is public except tip-offs received
   * (tipsReceived), which tell the public how many reports came in: the office decides.
   */
  public: flag().optional(),
}).refine((entry) => entry.periodEnd >= entry.periodStart, {
  error: () =>
    say(
      text(
        "periodEnd 早于 periodStart：结束日期不能在开始日期之前",
        "periodEnd is before periodStart",
      ),
    ),
  path: ["periodEnd"],
});

/** content/data/laws.yaml: laws that statutes cite. */
export const lawSchema = strictFields({
  id,
  name: localized(text("法律名称", "the law's name")),
  adopted: day.optional(),
  effective: day.optional(),
  note: partlyLocalized(text("说明", "a note")).optional(),
});

export type Site = z.infer<typeof siteSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Slogan = z.infer<typeof sloganSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** Whether a ledger figure is shown to the public (see `public` above). */
export const isPublicFigure = (entry: Pick<LedgerEntry, "kind" | "public">): boolean =>
  entry.public ?? entry.kind !== "tipsReceived";
export type Law = z.infer<typeof lawSchema>;
export type ChannelKind = (typeof channelKinds)[number];
export type SloganCategory = (typeof sloganCategories)[number];
export type LedgerKind = (typeof ledgerKinds)[number];
