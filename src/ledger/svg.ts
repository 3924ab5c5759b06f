/**
 * Makes an SVG drawn by ECharts fit to sit inside a page under the site's Content Security
 * Policy, which allows no inline styles: `style="…"` becomes presentation attributes (fill=,
 * font-size=, …), the hover `<style>` block and ECharts' bookkeeping attributes go, and ids
 * get a prefix so several charts on one page never share one.
 */
import { escapeHtml } from "../html/escape.ts";

/** CSS properties ECharts writes that SVG also accepts as presentation attributes. */
const PRESENTATION = new Set([
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
]);

/** Left to the page's style sheet, so chart text matches the text around it. */
const INHERITED = new Set(["font-family"]);

const DROPPED_ATTRIBUTES = /^(class|pointer-events|ecmeta_[a-z_]+)$/;

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([\w:-]+)="([^"]*)"/g;

function styleToAttributes(style: string, tag: string): [string, string][] {
  const out: [string, string][] = [];
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (INHERITED.has(name)) continue;
    if (!PRESENTATION.has(name)) {
      throw new Error(
        `A chart's <${tag}> has the style "${name}: ${value}", which has no SVG attribute form; the Content Security Policy forbids inline styles. Change the chart option that sets it (src/ledger/chart.ts).`,
      );
    }
    out.push([name, value]);
  }
  return out;
}

export interface SvgOptions {
  /** Prefixed to every id, unique on the page. */
  idPrefix: string;
  /** Attributes for the root `<svg>` (role, aria-label, class). */
  rootAttributes?: Record<string, string>;
}

export function cspSafeSvg(svg: string, options: SvgOptions): string {
  const withoutStyles = svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, "");
  const rewritten = withoutStyles.replace(
    TAG,
    (_whole, tag: string, attributes: string, selfClosing: string) => {
      const kept: [string, string][] = [];
      for (const [, name = "", value = ""] of attributes.matchAll(ATTRIBUTE)) {
        if (DROPPED_ATTRIBUTES.test(name)) continue;
        if (name === "style") kept.push(...styleToAttributes(value, tag));
        else if (name === "id") kept.push([name, `${options.idPrefix}-${value}`]);
        else if (name === "href" || name === "xlink:href")
          kept.push([name, value.replace(/^#/, `#${options.idPrefix}-`)]);
        else kept.push([name, value.replace(/url\(#/g, `url(#${options.idPrefix}-`)]);
      }
      if (tag === "svg") {
        for (const [name, value] of Object.entries(options.rootAttributes ?? {})) {
          kept.push([name, escapeHtml(value)]);
        }
      }
      const text = kept.map(([name, value]) => ` ${name}="${value}"`).join("");
      return `<${tag}${text}${selfClosing ? " /" : ""}>`;
    },
  );
  if (/\sstyle=|<style\b/.test(rewritten)) {
    throw new Error(
      "A chart still has an inline style after cleaning (src/ledger/svg.ts): its markup is not what ECharts usually writes.",
    );
  }
  return rewritten
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}
