/**
 * The studio's words for what the schemas name: content areas, fields and choices, in Chinese
 * (the studio's language; Decap's own buttons come from its zh_Hans strings). A field is
 * looked up by its full path (`materials.text`) and then by its last name (`title`), so one
 * word serves every collection unless a collection needs its own. The schema→config test
 * fails when a field has no label here.
 */
import type { CollectionName } from "../content/sources.ts";
import { messageLocale } from "../i18n/messages.ts";

/** The studio runs in English (`--lang en`, or switched in its page). */
const english = () => messageLocale() === "en";

/** A word in the studio's language. */
export const word = (zh: string, en: string): string => (english() ? en : zh);

export interface Area {
  label: string;
  singular: string;
  description: string;
  /** How an item of a list file is shown in its collapsed row. */
  summary?: string;
}

export const areas: Record<CollectionName, Area> = {
  bulletins: {
    label: "工作动态",
    singular: "工作动态",
    description: "本单位和各地的工作报道。左边写中文，右边写英文译文（可以以后再写）。",
  },
  explainers: {
    label: "以案释法",
    singular: "以案释法",
    description: "用身边的案例讲法律。带提示框（Aside）的案例在“以案释法（带提示框，.mdx）”里。",
  },
  qa: { label: "政策问答", singular: "问答", description: "群众常问的问题和解答。" },
  guides: { label: "举报指南", singular: "指南", description: "怎样举报、怎样识别黑恶势力。" },
  pages: { label: "固定页面", singular: "页面", description: "关于本站、无障碍声明、隐私声明。" },
  slogans: {
    label: "宣传标语",
    singular: "标语",
    description: "墙体、横幅、LED 屏用的标语，中英文并列。",
    summary: "{{fields.zh-cn}}",
  },
  channels: {
    label: "举报渠道",
    singular: "渠道",
    description: "电话、网址、信箱、来访地址等举报方式。",
    summary: "{{fields.name.zh-cn}}：{{fields.value}}",
  },
  ledger: {
    label: "宣传台账",
    singular: "台账条目",
    description: "每个时期、每个地方做了多少宣传工作。",
    summary: "{{fields.periodStart}} {{fields.place.zh-cn}} {{fields.kind}} {{fields.count}}",
  },
  laws: {
    label: "法律法规",
    singular: "法律",
    description: "以案释法和问答引用的法律。",
    summary: "{{fields.name.zh-cn}}",
  },
  materials: {
    label: "宣传物料",
    singular: "物料",
    description: "海报、明白纸、横幅、展板、悬赏通告。保存后在“物料预览”里看印出来的样子。",
  },
  rewards: { label: "举报奖励办法", singular: "奖励办法", description: "悬赏通告里的奖励规则。" },
  print: {
    label: "印刷设置",
    singular: "印刷设置",
    description: "印厂用的色彩特性文件、总墨量上限，横幅的留边和出血。不清楚就问印厂，或保持默认。",
  },
  site: {
    label: "网站设置",
    singular: "网站设置",
    description: "网站名称、主办单位、备案号、颜色。",
  },
};

/** By last name; a full path (`materials.text`) overrides. */
const labels: Record<string, string> = {
  title: "标题",
  date: "日期",
  dateUncertain: "日期是估计的",
  place: "地点",
  source: "来源",
  authors: "作者",
  role: "身份",
  name: "名称",
  "bulletins.authors[].name": "姓名",
  summary: "摘要",
  tags: "标签",
  cover: "封面图片",
  coverAlt: "封面图片的文字说明",
  translatedFrom: "译自原文的日期",
  draft: "草稿（不发布）",
  charges: "罪名",
  statutes: "引用的法律条文",
  law: "法律（法律法规里的 id）",
  article: "条",
  note: "说明",
  outcome: "处理结果",
  lesson: "群众能学到什么",
  featured: "首页推荐",
  updated: "更新日期",
  order: "排序（小的在前）",
  question: "问题",
  topic: "主题",
  shortName: "简称",
  tagline: "宣传口号",
  description: "说明",
  "site.description": "网站介绍（给搜索引擎）",
  organiser: "主办单位",
  address: "办公地址",
  footer: "页脚",
  siteCode: "网站标识码",
  icp: "ICP备案号",
  publicSecurity: "公安备案号",
  colours: "颜色",
  primary: "主色",
  onPrimary: "主色上的文字颜色",
  accent: "强调色",
  quickExitUrl: "“快速离开”跳转的网址",
  id: "编号（id，小写字母、数字和连字符）",
  "zh-cn": "中文",
  en: "英文",
  kind: "类型",
  value: "号码、地址或网址",
  hours: "受理时间",
  scope: "范围",
  sample: "示例数据（换成本地信息后取消勾选）",
  category: "类别",
  active: "在用",
  periodStart: "开始日期",
  periodEnd: "结束日期",
  count: "数量",
  atLeast: "“余/多”（数量是下限）",
  bulletin: "出自哪篇工作动态（文件名）",
  public: "在公开台账页显示",
  adopted: "通过日期",
  effective: "施行日期",
  preamble: "开头一段",
  rules: "奖励规则",
  claim: "怎样申领奖励",
  confidentiality: "保密承诺",
  issuer: "发布单位",
  scheme: "配色",
  bleedMm: "出血（毫米）",
  "print.profile": "印刷色彩特性文件（fogra39，或 profiles/印厂文件名.icc）",
  "print.outputCondition": "印刷条件代号（印厂特性文件用，不知道就写 Custom）",
  "print.inkLimit": "总墨量上限（%）",
  "print.banner": "横幅",
  "print.banner.hemCm": "横幅留边（厘米，缝边和打孔用）",
  "print.banner.bleedMm": "横幅出血（毫米，喷绘一般为 0）",
  cropMarks: "裁切线",
  cmyk: "另出 CMYK 版 PDF",
  paper: "纸张大小",
  slogan: "标语（宣传标语里的 id）",
  text: "标语下的一段文字",
  channels: "举报渠道（举报渠道里的 id）",
  qr: "二维码打开的指南（文件名）",
  pages: "页面（正面、背面）",
  heading: "标题",
  sections: "小节",
  paragraphs: "段落",
  items: "列表项",
  show: "插入",
  widthCm: "宽度（厘米）",
  heightCm: "高度（厘米）",
  explainer: "展示的以案释法（文件名）",
  "deploy.site": "网站的正式地址",
  "deploy.base": "网站在主机上的文件夹",
};

const hints: Record<string, string> = {
  date: "写法如 2019-08-29",
  tags: "每个标签一项",
  "materials.slogan": "如 report-and-be-rewarded：见“宣传标语”里每条的编号",
  "materials.channels": "如 emergency-110：见“举报渠道”里每条的编号",
  translatedFrom: "译文才填：原文最后修改的日期",
};

const options: Record<string, Record<string, string>> = {
  role: { reporter: "记者", correspondent: "通讯员", editor: "责任编辑" },
  topic: {
    basics: "基本知识",
    reporting: "举报",
    protection: "保护举报人",
    law: "法律",
    umbrella: "保护伞",
  },
  "channels.kind": {
    phone: "电话",
    web: "网站",
    mail: "电子邮箱",
    letter: "信件",
    visit: "来访",
    qr: "二维码",
  },
  scope: { national: "全国", local: "本地" },
  category: {
    general: "综合",
    report: "举报",
    law: "法律",
    protection: "保护",
    umbrella: "保护伞",
    community: "社区",
  },
  "ledger.kind": {
    slogans: "标语（条）",
    banners: "横幅（条）",
    boards: "展板（块）",
    vehicleTrips: "宣传车（车次）",
    leaflets: "明白纸（份）",
    wechatPosts: "公众号文章（篇）",
    ledHours: "LED 滚动（小时）",
    tipsReceived: "收到线索（条）",
  },
  "materials.kind": {
    poster: "海报",
    leaflet: "明白纸",
    banner: "横幅",
    board: "展板",
    notice: "悬赏通告",
  },
  scheme: { "white-on-red": "红底白字", "red-on-white": "白底红字" },
  paper: { A4: "A4", A3: "A3", A2: "A2" },
  show: { channels: "举报渠道", rewards: "奖励办法" },
};

/** The areas in English: the studio's English UI (labels of fields are their names in words). */
const englishAreas: Record<CollectionName, Area> = {
  bulletins: { label: "News", singular: "News item", description: "Reports of the office's work." },
  explainers: {
    label: "Cases explained",
    singular: "Case",
    description:
      "The law explained through real cases. Cases with asides are under “(with asides, .mdx)”.",
  },
  qa: { label: "Q&A", singular: "Question", description: "Questions residents ask, answered." },
  guides: { label: "Reporting guides", singular: "Guide", description: "How to report." },
  pages: {
    label: "Standing pages",
    singular: "Page",
    description: "About, accessibility, privacy.",
  },
  slogans: {
    label: "Slogans",
    singular: "Slogan",
    description: "Slogans for walls, banners and LED screens.",
    summary: "{{fields.en}}",
  },
  channels: {
    label: "Reporting channels",
    singular: "Channel",
    description: "Phone numbers, addresses and sites for reports.",
    summary: "{{fields.name.en}}: {{fields.value}}",
  },
  ledger: {
    label: "Publicity ledger",
    singular: "Ledger entry",
    description: "How much publicity work was done, per period and place.",
    summary: "{{fields.periodStart}} {{fields.place.en}} {{fields.kind}} {{fields.count}}",
  },
  laws: {
    label: "Laws",
    singular: "Law",
    description: "Laws that cases and answers cite.",
    summary: "{{fields.name.en}}",
  },
  materials: {
    label: "Print materials",
    singular: "Material",
    description: "Posters, leaflets, banners, boards, reward notices.",
  },
  rewards: {
    label: "Reward rules",
    singular: "Reward rules",
    description: "The rules printed on reward notices.",
  },
  print: {
    label: "Print settings",
    singular: "Print settings",
    description: "The press profile, ink limit, banner hem and bleed.",
  },
  site: {
    label: "Site settings",
    singular: "Site settings",
    description: "Site name, organiser, filing numbers, colours.",
  },
};

/** An area's words in the studio's language. */
export const areaWords = (name: CollectionName): Area =>
  english() ? englishAreas[name] : areas[name];

/** `coverAlt` → "Cover alt", `periodStart` → "Period start". */
const inWords = (name: string) => {
  const spaced = name.replace(/([a-z0-9])([A-Z])/gu, "$1 $2").replace(/[-_]/gu, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
};

const lastName = (path: string) => path.replace(/\[\]/gu, "").split(".").at(-1) ?? path;
/** `bulletins.authors[].name` → also tried as `authors[].name`, then `name`. */
const candidates = (path: string) => {
  const parts = path.split(".");
  return [...parts.map((_, i) => parts.slice(i).join(".")), lastName(path)];
};

function lookup<T>(table: Record<string, T>, path: string): T | undefined {
  for (const key of candidates(path)) if (table[key] !== undefined) return table[key];
  return undefined;
}

export const hasLabel = (path: string): boolean => lookup(labels, path) !== undefined;

export const fieldLabel = (path: string): string =>
  english() ? inWords(lastName(path)) : (lookup(labels, path) ?? lastName(path));

export const fieldHint = (path: string): string | undefined =>
  english() ? undefined : lookup(hints, path);

export function optionLabel(path: string, value: string): string {
  if (english()) return value;
  const table = lookup(options, path);
  const word = table?.[value];
  return word ? `${word}（${value}）` : value;
}

/** The word alone (海报), for names. */
export const optionWord = (path: string, value: string): string =>
  english() ? inWords(value) : (lookup(options, path)?.[value] ?? value);

export const hasOptionLabel = (path: string, value: string): boolean =>
  lookup(options, path)?.[value] !== undefined;
