/**
 * Bar charts as static SVG, drawn at build time with Apache ECharts' server-side SVG renderer:
 * no JavaScript reaches the browser. One chart is a grid of panels (small multiples), each a
 * set of horizontal bars with its own scale, because the kinds of work are counted in
 * different units (6800 leaflets beside 6 WeChat posts).
 */
import { BarChart, type BarSeriesOption } from "echarts/charts";
import {
  GridComponent,
  TitleComponent,
  type GridComponentOption,
  type TitleComponentOption,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { textWidthEm } from "../draw/text-width.ts";
import { cspSafeSvg } from "./svg.ts";

echarts.use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

type Option = echarts.ComposeOption<BarSeriesOption | GridComponentOption | TitleComponentOption>;

export interface BarPanel {
  /** Shown above the panel; leave out for a chart of one panel titled by its figure. */
  title?: string | undefined;
  categories: string[];
  values: number[];
  /** The text at the end of each bar (`450`, `200+`). */
  labels: string[];
}

export interface BarChartSpec {
  panels: BarPanel[];
  /** Panels per row. */
  columns: number;
  width: number;
  /** Unique on the page: prefixes the SVG's ids. */
  id: string;
  /** The accessible name of the chart as an image. */
  label: string;
  barColour: string;
  textColour: string;
  /** The class of the `<svg>` element. */
  className?: string;
}

const FONT_SIZE = 14;
const TITLE_SIZE = 15;
const ROW_HEIGHT = 34;
const TITLE_HEIGHT = 30;
const PANEL_GAP = 16;
const VALUE_ROOM = 64;
const LINE_HEIGHT = FONT_SIZE + 2;
/**
 * The chart's text is drawn by the reader's browser in a font we do not know: digits and
 * dashes can run a tenth wider than `textWidthEm` says, and a label wider than its room is cut
 * off at the chart's left edge ("019年7月…"), so room is measured with this margin.
 */
const FONT_MARGIN = 1.15;

export interface ChartLayout {
  height: number;
  panelWidth: number;
  panelHeight: number;
  labelWidth: number;
  rowHeight: number;
  /** Each panel's categories as drawn: broken into lines that fit `labelWidth`. */
  categories: string[][];
}

function labelPx(text: string): number {
  return Math.ceil(textWidthEm(text) * FONT_SIZE * FONT_MARGIN);
}

/**
 * A category label in lines no wider than `room`: whole if it fits, else broken after a dash,
 * a space or before an opening bracket where that makes lines fit, else character by character.
 * ECharts' own breaking measures text without the browser's font, so it is not used.
 */
export function breakLabel(label: string, room: number): string {
  const lines: string[] = [];
  let rest = label;
  while (labelPx(rest) > room) {
    const chars = [...rest];
    let fit = 1;
    while (fit < chars.length && labelPx(chars.slice(0, fit + 1).join("")) <= room) fit++;
    const head = chars.slice(0, fit).join("");
    const soft = Math.max(
      ...["—", "–", "-", " ", "至"].map((mark) => {
        const at = head.lastIndexOf(mark);
        return at < 0 ? -1 : at + mark.length;
      }),
      head.lastIndexOf("（"),
    );
    const cut = soft > 0 ? soft : head.length;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return lines.join("\n");
}

export function chartLayout(spec: BarChartSpec): ChartLayout {
  const titled = spec.panels.some((panel) => panel.title !== undefined);
  const panelWidth = spec.width / spec.columns;
  const longest = Math.max(0, ...spec.panels.flatMap((panel) => panel.categories.map(labelPx)));
  const labelWidth = Math.min(longest, Math.floor(panelWidth * 0.45));
  const categories = spec.panels.map((panel) =>
    panel.categories.map((category) => breakLabel(category, labelWidth)),
  );
  const lines = Math.max(1, ...categories.flat().map((label) => label.split("\n").length));
  const rowHeight = Math.max(ROW_HEIGHT, lines * LINE_HEIGHT + 4);
  const rows = Math.max(1, ...spec.panels.map((panel) => panel.categories.length));
  const panelHeight = (titled ? TITLE_HEIGHT : 0) + rows * rowHeight + PANEL_GAP;
  const height = Math.ceil(spec.panels.length / spec.columns) * panelHeight;
  return { height, panelWidth, panelHeight, labelWidth, rowHeight, categories };
}

function chartOption(spec: BarChartSpec, layout: ChartLayout): Option {
  const titles: TitleComponentOption[] = [];
  const grids: GridComponentOption[] = [];
  const xAxes: NonNullable<Option["xAxis"]> = [];
  const yAxes: NonNullable<Option["yAxis"]> = [];
  const series: BarSeriesOption[] = [];
  spec.panels.forEach((panel, index) => {
    const left = (index % spec.columns) * layout.panelWidth;
    const top = Math.floor(index / spec.columns) * layout.panelHeight;
    const titleHeight = panel.title === undefined ? 0 : TITLE_HEIGHT;
    if (panel.title !== undefined) {
      titles.push({
        text: panel.title,
        left,
        top,
        padding: [4, 0],
        textStyle: { fontSize: TITLE_SIZE, fontWeight: "bold", color: spec.textColour },
      });
    }
    grids.push({
      left: left + layout.labelWidth + 8,
      top: top + titleHeight,
      width: layout.panelWidth - layout.labelWidth - VALUE_ROOM - 16,
      height: panel.categories.length * layout.rowHeight,
    });
    xAxes.push({ type: "value", gridIndex: index, show: false, min: 0 });
    yAxes.push({
      type: "category",
      gridIndex: index,
      data: layout.categories[index] ?? panel.categories,
      inverse: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: spec.textColour } },
      axisLabel: {
        interval: 0,
        fontSize: FONT_SIZE,
        color: spec.textColour,
        lineHeight: LINE_HEIGHT,
      },
    });
    series.push({
      type: "bar",
      xAxisIndex: index,
      yAxisIndex: index,
      data: panel.values,
      barMaxWidth: 22,
      silent: true,
      emphasis: { disabled: true },
      itemStyle: { color: spec.barColour },
      label: {
        show: true,
        position: "right",
        fontSize: FONT_SIZE,
        color: spec.textColour,
        formatter: ({ dataIndex }) => panel.labels[dataIndex] ?? "",
      },
    });
  });
  return {
    animation: false,
    aria: { enabled: false },
    title: titles,
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series,
  };
}

/** The chart as an `<svg>` element ready to place in a page. */
export function renderBarChart(spec: BarChartSpec): string {
  const layout = chartLayout(spec);
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: spec.width,
    height: layout.height,
  });
  try {
    chart.setOption(chartOption(spec, layout));
    return cspSafeSvg(chart.renderToSVGString(), {
      idPrefix: spec.id,
      rootAttributes: { role: "img", "aria-label": spec.label, class: spec.className ?? "chart" },
    });
  } finally {
    chart.dispose();
  }
}
