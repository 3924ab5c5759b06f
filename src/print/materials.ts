/**
 * Material content files → MaterialSpecs. The build (through Astro's collections) and
 * `npm run print` (through the CLI's own reader) gather the same data into a ResolveContext;
 * this module turns a material and that context into the spec the templates draw, so both
 * paths print the same thing. Missing references fail naming the file and the field.
 */
import { say, type Text } from "../i18n/messages.ts";
import { useTranslations } from "../i18n/ui.ts";
import { locales, type Locale } from "../i18n/locales.ts";
import type { MaterialData, RewardsData } from "../schemas/print.ts";
import { markdownBlocks } from "./markdown.ts";
import { paperSizes, type PaperName, type TrimSize } from "./paper.ts";
import type { Press } from "./press.ts";
import type { Channel, MaterialSpec, RewardRules } from "./spec.ts";

export interface MaterialSource {
  /** The file name without extension: the material's id in URLs, the CLI and the manifest. */
  id: string;
  locale: Locale;
  /** Project-relative path of the content file. */
  file: string;
  data: MaterialData;
}

export interface ChannelData {
  name: Record<Locale, string>;
  value: string;
  hours?: Record<Locale, string> | undefined;
  sample: boolean;
}

export interface ExplainerData {
  title: string;
  summary: string;
  body: string;
}

export interface ResolveContext {
  slogans: Map<string, Partial<Record<Locale, string>>>;
  channels: Map<string, ChannelData>;
  rewards: Partial<Record<Locale, RewardsData>>;
  explainer(locale: Locale, slug: string): ExplainerData | undefined;
  site(locale: Locale): { name: string; organiser: string; red: string };
  /** The absolute URL of a guide (`report` is the reporting guide), or undefined if none. */
  guideUrl(locale: Locale, slug: string): string | undefined;
  /** Formats a date as the locale's pages do. */
  formatDate(locale: Locale, date: Date): string;
  /** The press of content/data/print.yaml. */
  press: Press;
}

export class MaterialError extends Error {
  readonly file: string;
  readonly field: string;
  readonly detail: Text;
  constructor(file: string, field: string, detail: Text) {
    super(`${file}: ${field} ${say(detail)}`);
    this.name = "MaterialError";
    this.file = file;
    this.field = field;
    this.detail = detail;
  }
}

/** Options staff may set when printing: another paper size, a bleed, crop marks. */
export interface PrintOverrides {
  paper?: PaperName | undefined;
  bleedMm?: number | undefined;
  cropMarks?: boolean | undefined;
  cmyk?: boolean | undefined;
}

function trimOf(
  source: MaterialSource,
  overrides: PrintOverrides,
): { trim: TrimSize; paper?: PaperName } {
  const data = source.data;
  if (data.kind === "banner" || data.kind === "board") {
    if (overrides.paper) {
      throw new MaterialError(source.file, "--size", {
        "zh-cn": `不适用：${data.kind === "banner" ? "横幅" : "展板"}的尺寸用厘米写在 widthCm、heightCm 里，请改那两个字段`,
        en: `does not apply: a ${data.kind} has its size in centimetres (widthCm, heightCm); change those instead.`,
      });
    }
    return { trim: { widthMm: data.widthCm * 10, heightMm: data.heightCm * 10 } };
  }
  const paper = overrides.paper ?? data.paper;
  if (data.kind === "leaflet" && paper !== "A4") {
    throw new MaterialError(source.file, "--size", {
      "zh-cn": `明白纸只能是 A4（现在是 ${paper}）`,
      en: `must be A4 for a leaflet (got ${paper}).`,
    });
  }
  return { trim: { ...paperSizes[paper] }, paper };
}

export function resolveMaterial(
  source: MaterialSource,
  context: ResolveContext,
  overrides: PrintOverrides = {},
): MaterialSpec {
  const { data, locale, file } = source;
  const t = useTranslations(locale);
  const samples: string[] = [];
  const site = context.site(locale);

  const slogan = (id: string) => {
    const text = context.slogans.get(id)?.[locale];
    if (!text) {
      throw new MaterialError(file, "slogan", {
        "zh-cn": `标语“${id}”在 content/data/slogans.yaml 里没有 ${locale} 文字：改正 id 或补上标语`,
        en: `names "${id}", which has no ${locale} text in content/data/slogans.yaml. Fix the id or add the slogan.`,
      });
    }
    return text;
  };
  const channels = (ids: { id: string }[]): Channel[] =>
    ids.map(({ id }, i) => {
      const channel = context.channels.get(id);
      if (!channel) {
        throw new MaterialError(file, `channels[${i}]`, {
          "zh-cn": `举报渠道“${id}”不在 content/data/channels.yaml 里：改正 id 或把渠道加进去`,
          en: `names "${id}", which is not in content/data/channels.yaml. Fix the id or add the channel.`,
        });
      }
      // Named as staff know it, with where to change it.
      if (channel.sample) samples.push(`${channel.name[locale]} (channels.yaml: ${id})`);
      return {
        name: channel.name[locale],
        value: channel.value,
        hours: channel.hours?.[locale],
        sample: channel.sample,
      };
    });
  const rewards = (): RewardRules => {
    const rules = context.rewards[locale];
    if (!rules) {
      throw new MaterialError(file, "kind", {
        "zh-cn": `需要 ${locale} 的奖励办法：在 content/data/rewards.yaml 里加上“${locale}:”部分`,
        en: `needs the reward rules in ${locale}: add a ${locale} entry to content/data/rewards.yaml.`,
      });
    }
    if (rules.sample) samples.push(`${t("print.rewardRules")} (rewards.yaml)`);
    return { ...rules, date: context.formatDate(locale, rules.date) };
  };
  const qr = (slug: string) => {
    const url = context.guideUrl(locale, slug);
    if (!url) {
      throw new MaterialError(file, "qr", {
        "zh-cn": `二维码要打开的指南“${slug}”没有 ${locale} 版本（content/guides/${locale}/${slug}.md）；举报指南是 report`,
        en: `names the guide "${slug}", which has no ${locale} page (content/guides/${locale}/${slug}.md). Use report for the reporting guide.`,
      });
    }
    return { url, caption: t("print.qrCaption") };
  };

  const { trim, paper } = trimOf(source, overrides);
  const base = {
    id: source.id,
    locale,
    lang: locales[locale].lang,
    file,
    name: data.name,
    description: data.description,
    trim,
    paper,
    bleedMm: overrides.bleedMm ?? data.bleedMm ?? context.press.bannerBleedMm,
    cropMarks: overrides.cropMarks ?? data.cropMarks,
    cmyk: true,
    press: context.press,
    scheme: data.scheme,
    siteName: site.name,
    red: site.red,
    organiser: site.organiser,
    labels: {
      channels: t("print.channels"),
      sampleWarning: t("print.sampleWarning"),
      seal: t("print.seal"),
    },
    samples,
  };

  switch (data.kind) {
    case "poster":
      return {
        ...base,
        kind: "poster",
        slogan: slogan(data.slogan.id),
        text: data.text,
        channels: channels(data.channels),
        qr: qr(data.qr),
      };
    case "banner":
      return { ...base, kind: "banner", slogan: slogan(data.slogan.id) };
    case "leaflet": {
      const wantsRewards = data.pages.some((page) =>
        page.sections.some((s) => s.show === "rewards"),
      );
      return {
        ...base,
        kind: "leaflet",
        pages: data.pages,
        channels: channels(data.channels),
        rewards: wantsRewards ? rewards() : undefined,
        qr: qr(data.qr),
      };
    }
    case "board": {
      const explainer = context.explainer(locale, data.explainer);
      if (!explainer) {
        throw new MaterialError(file, "explainer", {
          "zh-cn": `以案释法“${data.explainer}”不在 content/explainers/${locale}/ 里（或还是草稿）：改正文件名（不带 .md）`,
          en: `names "${data.explainer}", which is not published in content/explainers/${locale}/. Fix the slug (the file name without .md).`,
        });
      }
      return {
        ...base,
        kind: "board",
        heading: explainer.title,
        lead: explainer.summary,
        blocks: markdownBlocks(explainer.body),
        qr: qr(data.qr),
      };
    }
    case "notice":
      return {
        ...base,
        kind: "notice",
        rewards: rewards(),
        channels: channels(data.channels),
        qr: qr(data.qr),
      };
  }
}
