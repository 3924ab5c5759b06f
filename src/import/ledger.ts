/**
 * Publicity figures stated in a report (张贴标语450条, 宣传车…200余次) as proposed ledger
 * entries. They are proposals: a person checks them against the text before merging them into
 * content/data/ledger.yaml, because a figure read into the wrong kind would be published as fact.
 */
import type { LedgerKind } from "../schemas/data.ts";

export interface Figure {
  kind: LedgerKind;
  count: number;
  /** The text said 余 or 多: more than `count`. */
  atLeast: boolean;
  /** The clause the figure was read from, for the reviewer. */
  quote: string;
}

interface KindRule {
  kind: LedgerKind;
  keywords: string[];
  units: string[];
}

// Order matters only for keywords shared between kinds: the nearest keyword before a number
// whose kind accepts the number's unit wins.
const RULES: KindRule[] = [
  { kind: "slogans", keywords: ["标语"], units: ["条", "幅", "张", "处", "份"] },
  { kind: "banners", keywords: ["横幅"], units: ["条", "幅", "面", "个"] },
  {
    kind: "boards",
    keywords: ["宣传板", "展板", "宣传栏", "展牌", "宣传牌", "版面"],
    units: ["张", "块", "个", "处", "期"],
  },
  { kind: "vehicleTrips", keywords: ["宣传车", "流动宣传"], units: ["次", "趟", "车次", "辆次"] },
  {
    kind: "leaflets",
    keywords: ["明白纸", "明白卡", "宣传单", "传单", "宣传册", "宣传资料", "一封信", "折页"],
    units: ["份", "张", "册", "本", "套"],
  },
  { kind: "wechatPosts", keywords: ["微信", "公众号", "推送"], units: ["期", "篇", "条", "次"] },
  {
    kind: "ledHours",
    keywords: ["LED", "电子屏", "显示屏", "电子显示", "滚动播放", "滚动播出"],
    units: ["小时"],
  },
  { kind: "tipsReceived", keywords: ["举报线索", "举报"], units: ["起", "条", "件", "个"] },
];

const NUMBER =
  /(\d+(?:\.\d+)?)(万)?(余|多)?(个)?(车次|辆次|小时|[条幅张处份面个块期次趟册本套篇起件])?/gu;

/** Figures in the text, one per number whose unit and nearest keyword name a ledger kind. */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const clause of text.split(/[，。；！？,;\n]/u)) {
    let windowStart = 0;
    for (const match of clause.matchAll(NUMBER)) {
      const [whole, digits, wan, more, ge, named] = match;
      // 个 is a measure word of its own (横幅20个) and a prefix of 个小时.
      const unit = named ?? (ge ? "个" : undefined);
      const window = clause.slice(windowStart, match.index);
      windowStart = match.index + whole.length;
      if (!unit || digits === undefined) continue;
      const rule = nearestRule(window, unit);
      if (!rule) continue;
      const count = Math.round(Number(digits) * (wan ? 10_000 : 1));
      figures.push({ kind: rule.kind, count, atLeast: more !== undefined, quote: clause.trim() });
    }
  }
  return figures;
}

function nearestRule(window: string, unit: string): KindRule | undefined {
  let best: { rule: KindRule; at: number } | undefined;
  for (const rule of RULES) {
    if (!rule.units.includes(unit)) continue;
    for (const keyword of rule.keywords) {
      const at = window.lastIndexOf(keyword);
      if (at >= 0 && (!best || at > best.at)) best = { rule, at };
    }
  }
  return best?.rule;
}
