/**
 * Flows: columns end level, list items and a channel's number stay whole in one column, a
 * heading is never the last line of a column.
 */
import { describe, expect, it } from "vitest";
import { font } from "../draw/fonts.ts";
import { exampleSpecs } from "./examples.ts";
import { flowAt, flowFit, type Flow, type FlowBlock, type FlowOptions } from "./layout.ts";
import { channelBlocks } from "./templates/common.ts";
import { sectionBlocks } from "./templates/leaflet.ts";

const options: FlowOptions = {
  file: "tests/leaflet.yaml",
  field: "sections",
  where: "a test flow",
  width: 500,
  height: 700,
  columns: 2,
  columnGap: 20,
  minSize: 10,
  maxSize: 12,
  headingScale: 1.25,
  lineHeight: 1.5,
  regular: font(400).metrics,
  bold: font(700).metrics,
};

const leaflet = exampleSpecs.leaflet;
const blocks: FlowBlock[] = leaflet.pages.flatMap((page) =>
  page.sections.flatMap((section) =>
    sectionBlocks(section, {
      channels: channelBlocks(leaflet.channels, leaflet.lang),
      rewards: leaflet.rewards.rules,
    }),
  ),
);

const used = (column: Flow["columns"][number]) =>
  column.reduce((sum, line, i) => sum + (i === 0 ? 0 : line.gap) + line.height, 0);

describe("flows", () => {
  it("balances the columns: they end within a block of each other", () => {
    const flow = flowAt(blocks, 12, options);
    if (!flow) throw new Error("the example does not fit");
    expect(flow.columns).toHaveLength(2);
    const [left, right] = flow.columns.map(used) as [number, number];
    // Without balancing the first column would be full (700) and the second short.
    expect(left).toBeLessThan(options.height - 50);
    expect(Math.abs(left - right)).toBeLessThan(12 * 1.5 * 4);
  });

  it("keeps items and numbers whole, and a heading with what follows", () => {
    let checked = 0;
    for (const size of [10, 11, 12]) {
      const flow = flowAt(blocks, size, { ...options, height: 360, columns: 3, width: 760 });
      if (!flow) continue;
      checked++;
      const starts = flow.columns.map((column) => column[0]);
      const ends = flow.columns.map((column) => column.at(-1));
      for (const [i, first] of starts.entries()) {
        if (i === 0 || !first) continue;
        const last = ends[i - 1];
        // A column starts a new block, or continues a paragraph with two lines on each side.
        if (first.block === last?.block) expect(first.kind).toBe("paragraph");
        expect(first.kind).not.toBe("number");
        expect(last?.kind).not.toBe("heading");
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("sets a channel's number large under its name, in the same column", () => {
    const flow = flowFit(blocks, options);
    const lines = flow.columns.flat();
    const number = lines.find((line) => line.kind === "number" && line.text === "110");
    expect(number?.size).toBeCloseTo(flow.size * 1.6, 6);
    const column = flow.columns.find((c) => c.includes(number as (typeof lines)[number]));
    const index = column?.indexOf(number as (typeof lines)[number]) ?? -1;
    expect(column?.[index - 1]?.text).toBe("110 报警电话（全天 24 小时）");
  });
});
