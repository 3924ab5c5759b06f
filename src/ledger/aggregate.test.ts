import { describe, expect, it } from "vitest";
import { GANGXI_FIGURES } from "../import/fixtures/gangxi-figures.ts";
import { ledgerKinds } from "../schemas/data.ts";
import {
  byPeriod,
  byPlace,
  periodsOf,
  placesOf,
  totalsByKind,
  type LedgerRow,
} from "./aggregate.ts";

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const gangxi = { "zh-cn": "港西镇（荣成市）", en: "Gangxi Town (Rongcheng)" };
const sample = { "zh-cn": "示例镇", en: "Sample Town" };

function row(partial: Partial<LedgerRow> & Pick<LedgerRow, "id" | "kind" | "count">): LedgerRow {
  return {
    periodStart: day("2018-01-01"),
    periodEnd: day("2019-06-30"),
    place: gangxi,
    atLeast: false,
    ...partial,
  };
}

const seed = GANGXI_FIGURES.map(([kind, count, atLeast]) =>
  row({ id: kind, kind, count, atLeast }),
);
const later = [
  row({
    id: "s1",
    kind: "slogans",
    count: 100,
    place: sample,
    periodStart: day("2019-07-01"),
    periodEnd: day("2019-12-31"),
  }),
  row({
    id: "s2",
    kind: "leaflets",
    count: 50,
    atLeast: true,
    place: sample,
    periodStart: day("2019-07-01"),
    periodEnd: day("2019-12-31"),
  }),
];

describe("ledger totals", () => {
  it("totals each kind in the schema's order, keeping 'more than'", () => {
    const totals = totalsByKind([...later, ...seed]);
    expect([...totals.keys()]).toEqual([...ledgerKinds]);
    expect(totals.get("slogans")).toEqual({ count: 550, atLeast: false });
    expect(totals.get("leaflets")).toEqual({ count: 6850, atLeast: true });
    expect(totals.get("vehicleTrips")).toEqual({ count: 200, atLeast: true });
  });

  it("splits the totals by period and by place, with no cell where nothing was counted", () => {
    const rows = [...seed, ...later];
    expect(periodsOf(rows).map((p) => p.key)).toEqual([
      "2018-01-01/2019-06-30",
      "2019-07-01/2019-12-31",
    ]);
    const periods = byPeriod(rows);
    const slogans = periods.rows.find((r) => r.kind === "slogans");
    expect(slogans?.cells).toEqual([
      { count: 450, atLeast: false },
      { count: 100, atLeast: false },
    ]);
    expect(slogans?.total).toEqual({ count: 550, atLeast: false });
    const banners = periods.rows.find((r) => r.kind === "banners");
    expect(banners?.cells).toEqual([{ count: 120, atLeast: false }, undefined]);

    // Pinyin order: 港 (gǎng) before 示 (shì).
    expect(placesOf(rows).map((p) => p.key)).toEqual(["港西镇（荣成市）", "示例镇"]);
    const places = byPlace(rows);
    expect(places.rows.find((r) => r.kind === "leaflets")?.cells).toEqual([
      { count: 6800, atLeast: false },
      { count: 50, atLeast: true },
    ]);
  });
});
