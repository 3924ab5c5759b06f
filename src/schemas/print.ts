/**
 * Schemas for print materials: one YAML file per material under content/print/<locale>/, the
 * locale taken from the folder as for pages. `kind` decides the fields; everything else a
 * material shows (slogans, channels, reward rules, an explainer) is referenced by id, so a
 * changed phone number reaches every poster and leaflet at the next build.
 */
import { z } from "astro/zod";
import { say } from "../i18n/messages.ts";
import { colourSchemes } from "../print/spec.ts";
import { day, flag, nonEmpty, reference, strictFields, text } from "./fields.ts";

const scheme = z
  .enum(colourSchemes, {
    error: () =>
      say(
        text(
          `scheme 应当是 white-on-red（红底白字）或 red-on-white（白底红字）`,
          `expected scheme: ${colourSchemes.join(", ")}`,
        ),
      ),
  })
  .default("white-on-red");

/** Bleed in millimetres. */
const bleed = z
  .number({
    error: () => say(text("出血应当是毫米数，如 3", "expected the bleed in millimetres, e.g. 3")),
  })
  .min(0, { error: () => say(text("出血不能小于 0 毫米", "expected 0 or more millimetres")) })
  .max(10, { error: () => say(text("出血最多 10 毫米", "expected at most 10 mm")) });

/** Print options every kind shares. */
const printOptions = {
  name: nonEmpty(
    text(
      "物料名称（工作人员的叫法，如 举报海报）",
      "the material's name, as staff call it (e.g. 举报海报)",
    ),
  ),
  description: nonEmpty(
    text("一句话说明用途和张贴位置", "one sentence on what it is for and where it goes"),
  ),
  scheme,
  bleedMm: bleed.default(3),
  cropMarks: flag().default(false),
  /** Every material has a CMYK file now; still read, so files that say `cmyk: true` stay valid. */
  cmyk: flag().default(false),
};

/** The QR code's target: a guide's slug (`report` is the reporting guide). */
const qr = nonEmpty(
  text(
    "二维码打开的指南（文件名，如 report）",
    "the slug of the guide the QR code opens, e.g. report",
  ),
).default("report");

const channels = z
  .array(reference("channels"), {
    error: () =>
      say(
        text(
          "channels 应当是 content/data/channels.yaml 里渠道 id 的列表，如 [emergency-110]",
          "expected a list of channel ids from content/data/channels.yaml",
        ),
      ),
  })
  .min(1, { error: () => say(text("至少要有一个举报渠道", "expected at least one channel")) });

const centimetres = (what: { zh: string; en: string }, example: number, min: number, max: number) =>
  z
    .number({
      error: () =>
        say(
          text(
            `${what.zh}应当是厘米数，如 ${example}`,
            `expected the ${what.en} in centimetres, e.g. ${example}`,
          ),
        ),
    })
    .min(min, {
      error: () => say(text(`${what.zh}至少 ${min} 厘米`, `expected at least ${min} cm`)),
    })
    .max(max, {
      error: () =>
        say(text(`${what.zh}最多 ${max} 厘米`, `expected at most ${max.toLocaleString("en")} cm`)),
    });

const paper = <const P extends readonly [string, ...string[]]>(values: P, fallback: P[number]) =>
  z
    .enum(values, {
      error: () =>
        say(
          text(
            `paper 应当是其中之一：${values.join("、")}`,
            `expected paper: ${values.join(" or ")}`,
          ),
        ),
    })
    .default(fallback as never);

const sectionSchema = strictFields({
  heading: nonEmpty(text("小标题", "the section heading")),
  paragraphs: z.array(nonEmpty(text("一段文字", "a paragraph"))).default([]),
  items: z.array(nonEmpty(text("一个列表项", "a list item"))).default([]),
  show: z
    .enum(["channels", "rewards"], {
      error: () =>
        say(
          text(
            "show 应当是 channels（举报渠道）或 rewards（奖励办法）",
            "expected show: channels or rewards",
          ),
        ),
    })
    .optional(),
});

export const posterSchema = strictFields({
  kind: z.literal("poster"),
  ...printOptions,
  paper: paper(["A3", "A2"], "A3"),
  slogan: reference("slogans"),
  text: nonEmpty(text("标语下面的一小段文字", "a short text under the slogan")),
  channels,
  qr,
});

export const leafletSchema = strictFields({
  kind: z.literal("leaflet"),
  ...printOptions,
  paper: z
    .literal("A4", {
      error: () =>
        say(
          text(
            "明白纸只能是 A4（双面印刷）：paper: A4",
            "expected paper: A4 (a leaflet is A4, printed on both sides)",
          ),
        ),
    })
    .default("A4"),
  pages: z
    .array(
      strictFields({
        heading: nonEmpty(text("这一面的标题", "the page heading")),
        sections: z
          .array(sectionSchema)
          .min(1, { error: () => say(text("至少要有一节内容", "expected at least one section")) }),
      }),
    )
    .length(2, {
      error: () =>
        say(
          text("明白纸正好两面：正面和背面", "expected exactly two pages: the front and the back"),
        ),
    }),
  channels,
  qr,
});

export const bannerSchema = strictFields({
  kind: z.literal("banner"),
  ...printOptions,
  slogan: reference("slogans"),
  widthCm: centimetres({ zh: "横幅长度", en: "banner's length" }, 600, 50, 5000),
  heightCm: centimetres({ zh: "横幅高度", en: "banner's height" }, 70, 20, 300),
  /** Unset: the banner bleed of content/data/print.yaml (none, for inkjet 喷绘). */
  bleedMm: bleed.optional(),
});

export const boardSchema = strictFields({
  kind: z.literal("board"),
  ...printOptions,
  /** The explainer's slug in the same language (content/explainers/<locale>/<slug>.md). */
  explainer: nonEmpty(
    text("同一语言里一篇以案释法的文件名", "the slug of an explainer in the same language"),
  ),
  widthCm: centimetres({ zh: "展板宽度", en: "board's width" }, 120, 40, 600),
  heightCm: centimetres({ zh: "展板高度", en: "board's height" }, 90, 30, 400),
  qr,
});

export const noticeSchema = strictFields({
  kind: z.literal("notice"),
  ...printOptions,
  paper: paper(["A4", "A3", "A2"], "A3"),
  channels,
  qr,
});

const kinds = ["poster", "leaflet", "banner", "board", "notice"];

export const materialSchema = z.discriminatedUnion(
  "kind",
  [posterSchema, leafletSchema, bannerSchema, boardSchema, noticeSchema],
  {
    error: () =>
      say(
        text(
          `kind 应当是其中之一：poster（海报）、leaflet（明白纸）、banner（横幅）、board（展板）、notice（悬赏通告）`,
          `expected kind: ${kinds.join(", ")}`,
        ),
      ),
  },
);

export type MaterialData = z.infer<typeof materialSchema>;

/** content/data/rewards.yaml: the local reward rules for reports, one entry per locale. */
export const rewardsSchema = strictFields({
  title: nonEmpty(text("通告标题（如 悬赏通告）", "the notice's title (e.g. 悬赏通告)")),
  preamble: nonEmpty(text("开头一段", "the opening paragraph")),
  rules: z
    .array(nonEmpty(text("一条奖励规则", "a reward rule")))
    .min(1, { error: () => say(text("至少写一条奖励规则", "expected at least one rule")) }),
  claim: nonEmpty(text("举报人如何申领奖励", "how a reporter claims a reward")),
  confidentiality: nonEmpty(
    text("为举报人保密的承诺", "the promise to keep reporters' identities secret"),
  ),
  issuer: nonEmpty(text("发布单位", "who issues the notice")),
  date: day,
  source: nonEmpty(
    text("奖励金额依据的规定及其日期", "the rules these amounts come from, with their date"),
  ),
  /** Sample rules shipped with the kit: printed with a warning until replaced. */
  sample: flag().default(false),
});

export type RewardsData = z.infer<typeof rewardsSchema>;

/** The press profile shipped with the kit (src/print/profiles/), by its name in print.yaml. */
export const BUILTIN_PROFILE = "fogra39";

/**
 * content/data/print.yaml (optional): how the CMYK files are made for the office's print shops.
 * The press profile is the shipped FOGRA39 one, or a shop's own `.icc` put in
 * content/data/profiles/; banners for large-format inkjet (喷绘) get a hem margin and no bleed.
 */
export const printSettingsSchema = strictFields({
  profile: z
    .union(
      [
        z.literal(BUILTIN_PROFILE),
        z
          .string()
          .regex(/^profiles\/[A-Za-z0-9._-]+\.(?:icc|icm)$/u)
          .transform((value) => `content/data/${value}`),
      ],
      {
        error: () =>
          say(
            text(
              `profile 应当是 ${BUILTIN_PROFILE}（随工具提供的 FOGRA39 涂布纸特性文件），或放在 content/data/profiles/ 里的印厂特性文件，如 profiles/japan-color-2001-coated.icc`,
              `expected profile: ${BUILTIN_PROFILE} (the FOGRA39 coated-paper profile shipped with the kit), or a print shop's profile put in content/data/profiles/, e.g. profiles/japan-color-2001-coated.icc`,
            ),
          ),
      },
    )
    .default(BUILTIN_PROFILE),
  /**
   * The printing condition a shop's profile is made for, as registered at the ICC (JC200103 for
   * Japan Color 2001 Coated, CGATS TR 006 for GRACoL); Custom if it is none of them.
   */
  outputCondition: nonEmpty(
    text(
      "印厂特性文件对应的印刷条件代号（如 Japan Color 2001 Coated 是 JC200103），不知道就写 Custom",
      "the printing condition of the shop's profile as registered at the ICC (e.g. JC200103 for Japan Color 2001 Coated), or Custom",
    ),
  ).optional(),
  inkLimit: z
    .number({
      error: () =>
        say(
          text(
            "inkLimit 应当是总墨量百分数，如 300",
            "expected inkLimit as a percentage, e.g. 300",
          ),
        ),
    })
    .min(200, { error: () => say(text("总墨量至少 200%", "expected at least 200 (%)")) })
    .max(400, { error: () => say(text("总墨量最多 400%", "expected at most 400 (%)")) })
    .default(300),
  banner: strictFields({
    hemCm: z
      .number({
        error: () => say(text("hemCm 应当是厘米数，如 3", "expected hemCm in centimetres, e.g. 3")),
      })
      .min(0, { error: () => say(text("留边不能小于 0", "expected 0 or more centimetres")) })
      .max(20, { error: () => say(text("留边最多 20 厘米", "expected at most 20 cm")) })
      .default(3),
    bleedMm: bleed.default(0),
  }).default({ hemCm: 3, bleedMm: 0 }),
});

export type PrintSettings = z.infer<typeof printSettingsSchema>;
export const defaultPrintSettings: PrintSettings = printSettingsSchema.parse({});
