/**
 * Totals of the publicity ledger (content/data/ledger.yaml): by kind, and by kind per period or
 * per place. A total is a lower bound when any figure in it was reported as "more than" (余).
 */
import { defaultLocale, locales, type Locale } from "../i18n/locales.ts";
import { ledgerKinds, type LedgerEntry, type LedgerKind } from "../schemas/data.ts";

export type LedgerRow = Pick<
  LedgerEntry,
  "id" | "periodStart" | "periodEnd" | "place" | "kind" | "count" | "atLeast"
>;

export interface Total {
  count: number;
  /** Some figure in the total was "more than" its count: so is the total. */
  atLeast: boolean;
}

export interface Period {
  key: string;
  start: Date;
  end: Date;
}

export interface Place {
  /** The place's name in the primary locale identifies it. */
  key: string;
  name: Record<Locale, string>;
}

/** One row per kind that has figures, in the schema's order; a cell per column. */
export interface CrossTable<Column> {
  columns: Column[];
  rows: { kind: LedgerKind; cells: (Total | undefined)[]; total: Total }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function periodKey(row: Pick<LedgerRow, "periodStart" | "periodEnd">): string {
  return `${day(row.periodStart)}/${day(row.periodEnd)}`;
}

export function placeKey(row: Pick<LedgerRow, "place">): string {
  return row.place[defaultLocale];
}

function add(total: Total | undefined, row: LedgerRow): Total {
  return {
    count: (total?.count ?? 0) + row.count,
    atLeast: (total?.atLeast ?? false) || row.atLeast,
  };
}

/** The total of each kind that has figures, in the schema's order of kinds. */
export function totalsByKind(rows: readonly LedgerRow[]): Map<LedgerKind, Total> {
  const totals = new Map<LedgerKind, Total>();
  for (const kind of ledgerKinds) {
    for (const row of rows) if (row.kind === kind) totals.set(kind, add(totals.get(kind), row));
  }
  return totals;
}

/** The distinct periods, earliest first (by start, then end). */
export function periodsOf(rows: readonly LedgerRow[]): Period[] {
  const byKey = new Map<string, Period>();
  for (const row of rows) {
    const key = periodKey(row);
    if (!byKey.has(key)) byKey.set(key, { key, start: row.periodStart, end: row.periodEnd });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Whether any two periods overlap. Places report over periods of their own, so the periods of
 * different places can; one place's periods of one kind cannot (the content model refuses it).
 */
export function periodsOverlap(periods: readonly Period[]): boolean {
  return periods.some((a, i) =>
    periods.slice(i + 1).some((b) => a.start <= b.end && b.start <= a.end),
  );
}

/** The distinct places, in the primary locale's alphabetical order (pinyin for Chinese). */
export function placesOf(rows: readonly LedgerRow[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const row of rows) {
    const key = placeKey(row);
    if (!byKey.has(key)) byKey.set(key, { key, name: row.place });
  }
  const collator = new Intl.Collator(locales[defaultLocale].intl);
  return [...byKey.values()].sort((a, b) => collator.compare(a.key, b.key));
}

function crossTable<Column extends { key: string }>(
  rows: readonly LedgerRow[],
  columns: Column[],
  keyOf: (row: LedgerRow) => string,
): CrossTable<Column> {
  const totals = totalsByKind(rows);
  return {
    columns,
    rows: [...totals].map(([kind, total]) => ({
      kind,
      total,
      cells: columns.map((column) =>
        rows
          .filter((row) => row.kind === kind && keyOf(row) === column.key)
          .reduce<Total | undefined>(add, undefined),
      ),
    })),
  };
}

export function byPeriod(rows: readonly LedgerRow[]): CrossTable<Period> {
  return crossTable(rows, periodsOf(rows), periodKey);
}

export function byPlace(rows: readonly LedgerRow[]): CrossTable<Place> {
  return crossTable(rows, placesOf(rows), placeKey);
}
