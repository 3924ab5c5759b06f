import { describe, expect, it } from "vitest";
import { cspSafeSvg } from "./svg.ts";

const ECHARTS_LIKE = `<svg width="400" height="200" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200">
<defs><clipPath id="zr0-c0"><path d="M0 0l10 0"></path></clipPath></defs>
<path d="M100.5 20L100.5 180" fill="none" pointer-events="visible" stroke="#dbdee4" class="zr0-cls-0" clip-path="url(#zr0-c0)"></path>
<text dominant-baseline="central" text-anchor="end" style="font-size:12px;font-family:sans-serif;font-weight:bold;" transform="translate(92 140)" fill="#54555a">标语 &amp; 横幅</text>
<path d="M100 112.4l234 0Z" fill="#5070dd" ecmeta_series_index="0" ecmeta_data_index="0" class="zr0-cls-1"></path>
<style ><![CDATA[
.zr0-cls-1:hover { cursor:pointer; }
]]>
</style>
</svg>`;

describe("CSP-safe chart SVG", () => {
  const out = cspSafeSvg(ECHARTS_LIKE, {
    idPrefix: "chart-a",
    rootAttributes: { role: "img", "aria-label": 'Totals "by kind"' },
  });

  it("turns inline styles into presentation attributes and drops the font family", () => {
    expect(out).not.toMatch(/style/);
    expect(out).toContain(
      '<text dominant-baseline="central" text-anchor="end" font-size="12px" font-weight="bold" transform="translate(92 140)" fill="#54555a">标语 &amp; 横幅</text>',
    );
    expect(out).not.toContain("font-family");
  });

  it("drops ECharts' classes and bookkeeping, keeps the drawing", () => {
    expect(out).not.toMatch(/class=|ecmeta_|pointer-events/);
    expect(out).toContain('<path d="M100 112.4l234 0Z" fill="#5070dd">');
  });

  it("prefixes ids and the references to them, and labels the root", () => {
    expect(out).toContain('<clipPath id="chart-a-zr0-c0">');
    expect(out).toContain('clip-path="url(#chart-a-zr0-c0)"');
    expect(out).toMatch(/^<svg [^>]*role="img" aria-label="Totals &quot;by kind&quot;">/);
  });

  it("refuses a style that has no attribute form", () => {
    expect(() =>
      cspSafeSvg('<svg><text style="white-space:pre">x</text></svg>', { idPrefix: "c" }),
    ).toThrow(/"white-space: pre".*Content Security Policy/);
  });
});
