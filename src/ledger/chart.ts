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

export interface ChartLayout {
  height: number;
  panelWidth: number;
  panelHeight: number;
  labelWidth: number;
}

export function chartLayout(spec: BarChartSpec): ChartLayout {
  const rows = Math.max(1, ...spec.panels.map((panel) => panel.categories.length));
  const titled = spec.panels.some((panel) => panel.title !== undefined);
  const panelWidth = spec.width / spec.columns;
  const panelHeight = (titled ? TITLE_HEIGHT : 0) + rows * ROW_HEIGHT + PANEL_GAP;
  const longest = Math.max(
    0,
    ...spec.panels.flatMap((panel) => panel.categories.map((c) => textWidthEm(c) * FONT_SIZE)),
  );
  const labelWidth = Math.min(Math.ceil(longest) + 8, Math.floor(panelWidth * 0.45));
  const height = Math.ceil(spec.panels.length / spec.columns) * panelHeight;
  return { height, panelWidth, panelHeight, labelWidth };
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
      height: panel.categories.length * ROW_HEIGHT,
    });
    xAxes.push({ type: "value", gridIndex: index, show: false, min: 0 });
    yAxes.push({
      type: "category",
      gridIndex: index,
      data: panel.categories,
      inverse: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: spec.textColour } },
      axisLabel: {
        interval: 0,
        fontSize: FONT_SIZE,
        color: spec.textColour,
        width: layout.labelWidth,
        overflow: "break",
        lineHeight: FONT_SIZE + 2,
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
