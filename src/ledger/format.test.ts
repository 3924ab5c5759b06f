import { describe, expect, it } from "vitest";
import { GANGXI_FIGURES } from "../import/fixtures/gangxi-figures.ts";
import { useTranslations } from "../i18n/ui.ts";
import { totalsByKind, type LedgerRow } from "./aggregate.ts";
import { formatTotal, ledgerSentence, periodLabel, shortPeriodLabel } from "./format.ts";

const zh = useTranslations("zh-cn");
const en = useTranslations("en");
const period = {
  key: "2018-01-01/2019-06-30",
  start: new Date("2018-01-01T00:00:00Z"),
  end: new Date("2019-06-30T00:00:00Z"),
};
const rows: LedgerRow[] = GANGXI_FIGURES.map(([kind, count, atLeast]) => ({
  id: kind,
  kind,
  count,
  atLeast,
  periodStart: period.start,
  periodEnd: period.end,
  place: { "zh-cn": "港西镇（荣成市）", en: "Gangxi Town (Rongcheng)" },
}));
const totals = totalsByKind(rows);

describe("ledger figures in words", () => {
  it("marks 'more than' the way each language writes it", () => {
    expect(formatTotal("zh-cn", zh, { count: 200, atLeast: true })).toBe("200余");
    expect(formatTotal("en", en, { count: 6800, atLeast: true })).toBe("6,800+");
    expect(formatTotal("en", en, { count: 6800, atLeast: false })).toBe("6,800");
  });

  it("labels periods in full and to the month", () => {
    expect(periodLabel("zh-cn", zh, period)).toBe("2018年1月1日至2019年6月30日");
    expect(periodLabel("en", en, period)).toBe("1 January 2018 to 30 June 2019");
    expect(shortPeriodLabel("zh-cn", zh, period)).toBe("2018年1月—2019年6月");
    expect(shortPeriodLabel("en", en, period)).toBe("Jan 2018 – Jun 2019");
  });

  it("states seed 004's totals the way the bulletin does", () => {
    expect(ledgerSentence("zh-cn", zh, totals, { kind: "all" })).toBe(
      "截至目前，累计张贴各类宣传标语450条、悬挂宣传横幅120条、制作宣传板180张、出动宣传车200余次、" +
        "发放宣传明白纸6800份、发布微信公众号推送文章6期、LED屏滚动播放宣传标语1800余小时和收到群众举报线索1条。",
    );
    expect(ledgerSentence("en", en, totals, { kind: "place", place: "Gangxi Town" })).toBe(
      "So far, Gangxi Town has put up 450 slogans, hung 120 banners, set up 180 display boards, " +
        "made more than 200 publicity-vehicle trips, handed out 6,800 leaflets, published 6 WeChat posts, " +
        "kept slogans scrolling on LED screens for more than 1,800 hours and received 1 tip-off from the public.",
    );
  });

  it("opens with the period or the place, and leaves out kinds with nothing counted", () => {
    const two = new Map([
      ["slogans", { count: 12000, atLeast: false }],
      ["banners", { count: 0, atLeast: false }],
      ["tipsReceived", { count: 1, atLeast: true }],
    ] as const);
    expect(ledgerSentence("zh-cn", zh, two, { kind: "period", period })).toBe(
      "2018年1月1日至2019年6月30日，累计张贴各类宣传标语12000条和收到群众举报线索1余条。",
    );
    expect(ledgerSentence("en", en, two, { kind: "period", period })).toBe(
      "From 1 January 2018 to 30 June 2019, we put up 12,000 slogans and received more than 1 tip-off from the public.",
    );
    expect(ledgerSentence("zh-cn", zh, two, { kind: "place", place: "示例镇" })).toMatch(
      /^截至目前，示例镇累计张贴/,
    );
  });
});
