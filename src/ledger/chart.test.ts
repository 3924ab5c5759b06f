import { describe, expect, it } from "vitest";
import { breakLabel, chartLayout, renderBarChart, type BarChartSpec } from "./chart.ts";

const spec: BarChartSpec = {
  panels: [
    {
      title: "宣传标语（条）",
      categories: ["港西镇", "示例镇"],
      values: [450, 0],
      labels: ["450", "—"],
    },
    {
      title: "明白纸（份）",
      categories: ["港西镇", "示例镇"],
      values: [6800, 2000],
      labels: ["6,800", "2,000余"],
    },
    {
      title: "宣传车出动（次）",
      categories: ["港西镇", "示例镇"],
      values: [200, 80],
      labels: ["200余", "80"],
    },
  ],
  columns: 2,
  width: 720,
  id: "chart-test",
  label: "分地点统计",
  barColour: "#b71c1c",
  textColour: "#1a1a1a",
};

const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("bar charts as SVG", () => {
  it("lays panels out in rows of `columns`, sized by the longest label", () => {
    const layout = chartLayout(spec);
    expect(layout.panelWidth).toBe(360);
    expect(layout.labelWidth).toBe(Math.ceil(3 * 14 * 1.15));
    expect(layout.height).toBe(2 * layout.panelHeight);
  });

  it("draws every title, category and bar label, with no inline style or script", () => {
    const svg = renderBarChart(spec);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 720 \d+"[^>]*role="img" aria-label="分地点统计"/);
    const shown = texts(svg);
    for (const panel of spec.panels) {
      expect(shown).toContain(panel.title);
      for (const label of panel.labels) expect(shown).toContain(label);
    }
    expect(shown.filter((text) => text === "港西镇")).toHaveLength(3);
    expect(svg).not.toMatch(/style|<script|class="zr/);
    expect(svg.match(/fill="#b71c1c"/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it("draws the same SVG every time", () => {
    expect(renderBarChart(spec)).toBe(renderBarChart(spec));
  });
});

describe("category labels", () => {
  it("keeps a label whole when it fits, else breaks it after the dash of a period", () => {
    expect(breakLabel("港西镇", 100)).toBe("港西镇");
    expect(breakLabel("2019年7月—2019年12月", 120)).toBe("2019年7月—\n2019年12月");
  });

  it("breaks a label with no mark character by character, every line within its room", () => {
    const lines = breakLabel("某某县某某镇某某村民委员会第三村民小组", 100).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("某某县某某镇某某村民委员会第三村民小组");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(6);
  });

  it("gives long period labels two lines in a two-column chart instead of cutting them off", () => {
    const periods = {
      ...spec,
      panels: spec.panels.map((panel) => ({
        ...panel,
        categories: ["2018年1月—2019年6月", "2019年7月—2019年12月"],
      })),
    };
    const layout = chartLayout(periods);
    expect(layout.labelWidth).toBeLessThanOrEqual(360 * 0.45);
    expect(layout.categories[0]).toEqual(["2018年1月—\n2019年6月", "2019年7月—\n2019年12月"]);
    expect(layout.rowHeight).toBeGreaterThanOrEqual(2 * 16);
    const svg = renderBarChart(periods);
    expect(texts(svg)).toContain("2019年12月");
  });
});
