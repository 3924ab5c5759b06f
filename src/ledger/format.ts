/**
 * Ledger figures in words: totals with their "more than" mark, period labels, and the sentence
 * a bulletin uses to state them ("截至目前，累计张贴各类宣传标语450条、…").
 */
import { formatDate, formatNumber } from "../i18n/format.ts";
import { locales, type Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/ui.ts";
import type { LedgerKind } from "../schemas/data.ts";
import type { Period, Total } from "./aggregate.ts";

/** `450`, `6,800`, `200+` / `200余`: for tables and chart labels. */
export function formatTotal(locale: Locale, t: Translate, total: Total): string {
  const count = formatNumber(locale, total.count);
  return total.atLeast ? t("ledger.atLeastShort", { count }) : count;
}

/** `2018年1月1日至2019年6月30日` / `1 January 2018 to 30 June 2019`. */
export function periodLabel(locale: Locale, t: Translate, period: Period): string {
  return t("ledger.periodRange", {
    start: formatDate(locale, period.start),
    end: formatDate(locale, period.end),
  });
}

/** A short label for a chart axis, to the month: `2018年1月—2019年6月` / `Jan 2018 – Jun 2019`. */
export function shortPeriodLabel(locale: Locale, t: Translate, period: Period): string {
  const format = new Intl.DateTimeFormat(locales[locale].intl, {
    year: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const start = format.format(period.start);
  const end = format.format(period.end);
  return start === end ? start : t("ledger.periodShort", { start, end });
}

export type SentenceScope =
  | { kind: "all" }
  | { kind: "place"; place: string }
  | { kind: "period"; period: Period };

/**
 * The totals as a bulletin states them; kinds with nothing counted are left out. Chinese reports
 * write numbers without thousands separators (发放明白纸12300份).
 */
export function ledgerSentence(
  locale: Locale,
  t: Translate,
  totals: ReadonlyMap<LedgerKind, Total>,
  scope: SentenceScope,
): string {
  const { intl, lang } = locales[locale];
  const number = new Intl.NumberFormat(intl, { useGrouping: !lang.startsWith("zh") });
  const clauses = [...totals]
    .filter(([, total]) => total.count > 0)
    .map(([kind, total]) => {
      const digits = number.format(total.count);
      const count = total.atLeast ? t("ledger.atLeast", { count: digits }) : digits;
      // English says "more than one tip-off", singular, like "one tip-off".
      return t(total.count === 1 ? `ledger.clauseOne.${kind}` : `ledger.clause.${kind}`, { count });
    });
  const list = new Intl.ListFormat(intl, { type: "conjunction" }).format(clauses);
  switch (scope.kind) {
    case "all":
      return t("ledger.sentence.all", { clauses: list });
    case "place":
      return t("ledger.sentence.place", { place: scope.place, clauses: list });
    case "period":
      return t("ledger.sentence.period", {
        start: formatDate(locale, scope.period.start),
        end: formatDate(locale, scope.period.end),
        clauses: list,
      });
  }
}
