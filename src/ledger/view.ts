/**
 * What the ledger page shows, from the ledger rows: each figure as a chart and the table of
 * the same numbers, and the sentences for reports. The page only lays these out.
 */
import type { Locale } from "../i18n/locales.ts";
import type { Translate, UiKey } from "../i18n/ui.ts";
import {
  byPeriod,
  byPlace,
  periodKey,
  periodsOf,
  periodsOverlap,
  placeKey,
  placesOf,
  totalsByKind,
  type CrossTable,
  type LedgerRow,
} from "./aggregate.ts";
import { renderBarChart, type BarPanel } from "./chart.ts";
import { formatTotal, ledgerSentence, periodLabel, shortPeriodLabel } from "./format.ts";

export interface LedgerTable {
  caption: string;
  /** Header of the first column (the kinds), then one per column of figures. */
  headers: string[];
  rows: { header: string; cells: string[] }[];
}

export interface LedgerFigure {
  id: "by-kind" | "by-period" | "by-place";
  title: string;
  /** The chart for wide screens, and the same chart one panel a row for phones. */
  svg: { wide: string; narrow: string };
  table: LedgerTable;
  /** Said under the chart: why its columns must not be added up, when they overlap. */
  note?: string | undefined;
}

export interface ChartColours {
  bar: string;
  text: string;
}

/** Drawn at these widths, a chart's text is about the size of the page's small print. */
const WIDE = 720;
const NARROW = 400;

/** A period or place with no figure of a kind: not the same as a count of 0. */
export const NONE = "—";

function figure(
  id: LedgerFigure["id"],
  titleKey: UiKey,
  t: Translate,
  panels: BarPanel[],
  columns: number,
  table: Omit<LedgerTable, "caption">,
  colours: ChartColours,
): LedgerFigure {
  const title = t(titleKey);
  const draw = (width: number, perRow: number, variant: "wide" | "narrow") =>
    renderBarChart({
      panels,
      columns: perRow,
      width,
      id: `chart-${id}-${variant}`,
      label: t("ledger.chartLabel", { title }),
      barColour: colours.bar,
      textColour: colours.text,
      className: `chart__svg chart__svg--${variant}`,
    });
  return {
    id,
    title,
    svg: { wide: draw(WIDE, columns, "wide"), narrow: draw(NARROW, 1, "narrow") },
    table: { caption: t("ledger.tableCaption", { title }), ...table },
  };
}

function crossFigure<Column>(
  id: "by-period" | "by-place",
  titleKey: UiKey,
  locale: Locale,
  t: Translate,
  table: CrossTable<Column>,
  columnLabel: (column: Column, short: boolean) => string,
  colours: ChartColours,
): LedgerFigure {
  const categories = table.columns.map((column) => columnLabel(column, true));
  const panels = table.rows.map((row) => ({
    title: t(`ledger.kind.${row.kind}`),
    categories,
    values: row.cells.map((cell) => cell?.count ?? 0),
    labels: row.cells.map((cell) => (cell ? formatTotal(locale, t, cell) : NONE)),
  }));
  return figure(
    id,
    titleKey,
    t,
    panels,
    2,
    {
      headers: [
        t("ledger.kindHeader"),
        ...table.columns.map((column) => columnLabel(column, false)),
        t("ledger.totalHeader"),
      ],
      rows: table.rows.map((row) => ({
        header: t(`ledger.kind.${row.kind}`),
        cells: [
          ...row.cells.map((cell) => (cell ? formatTotal(locale, t, cell) : NONE)),
          formatTotal(locale, t, row.total),
        ],
      })),
    },
    colours,
  );
}

export function ledgerFigures(
  rows: readonly LedgerRow[],
  locale: Locale,
  t: Translate,
  colours: ChartColours,
): LedgerFigure[] {
  const totals = [...totalsByKind(rows)];
  const kindLabels = totals.map(([kind]) => t(`ledger.kind.${kind}`));
  const totalLabels = totals.map(([, total]) => formatTotal(locale, t, total));
  return [
    figure(
      "by-kind",
      "ledger.byKind",
      t,
      [
        {
          categories: kindLabels,
          values: totals.map(([, total]) => total.count),
          labels: totalLabels,
        },
      ],
      1,
      {
        headers: [t("ledger.kindHeader"), t("ledger.totalHeader")],
        rows: kindLabels.map((header, index) => ({ header, cells: [totalLabels[index] ?? ""] })),
      },
      colours,
    ),
    {
      ...crossFigure(
        "by-period",
        "ledger.byPeriod",
        locale,
        t,
        byPeriod(rows),
        (period, short) =>
          short ? shortPeriodLabel(locale, t, period) : periodLabel(locale, t, period),
        colours,
      ),
      note: periodsOverlap(periodsOf(rows)) ? t("ledger.periodsOverlap") : undefined,
    },
    crossFigure(
      "by-place",
      "ledger.byPlace",
      locale,
      t,
      byPlace(rows),
      (place) => place.name[locale],
      colours,
    ),
  ];
}

export interface LedgerSentence {
  id: string;
  label: string;
  text: string;
}

/** The totals as sentences: everything, then each place, then each period. */
export function ledgerSentences(
  rows: readonly LedgerRow[],
  locale: Locale,
  t: Translate,
): LedgerSentence[] {
  const all = {
    id: "sentence-all",
    label: t("ledger.scopeAll"),
    text: ledgerSentence(locale, t, totalsByKind(rows), { kind: "all" }),
  };
  const places = placesOf(rows).map((place, index) => ({
    id: `sentence-place-${index + 1}`,
    label: place.name[locale],
    text: ledgerSentence(
      locale,
      t,
      totalsByKind(rows.filter((row) => placeKey(row) === place.key)),
      { kind: "place", place: place.name[locale] },
    ),
  }));
  const periods = periodsOf(rows).map((period, index) => ({
    id: `sentence-period-${index + 1}`,
    label: periodLabel(locale, t, period),
    text: ledgerSentence(
      locale,
      t,
      totalsByKind(rows.filter((row) => periodKey(row) === period.key)),
      { kind: "period", period },
    ),
  }));
  return [all, ...places, ...periods];
}
