import { describe, expect, it } from "vitest";
import { chartLayout, renderBarChart, type BarChartSpec } from "./chart.ts";

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
    expect(layout.labelWidth).toBe(50);
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
