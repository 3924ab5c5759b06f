/**
 * Colours from content/data/site.yaml as CSS custom properties. A file rather than an inline
 * style, because the Content Security Policy allows no inline styles.
 *
 * Elder mode promises text contrast of 7:1 (WCAG AAA, 适老化): its primary and accent are the
 * office's own colours, darkened just enough to reach 7:1 against their text colour and white.
 */
import type { APIRoute } from "astro";
import { getSite } from "../collections/query.ts";
import { localeCodes, locales } from "../i18n/locales.ts";

const ELDER_CONTRAST = 7.2;

function rgb(hex: string): [number, number, number] {
  const full = hex.replace(/^#/, "").replace(/^(.)(.)(.)$/, "$1$1$2$2$3$3");
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour, darkened in small steps until it has the contrast against every `against`. */
function darkenTo(hex: string, against: string[], ratio = ELDER_CONTRAST): string {
  if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return hex;
  let colour = rgb(hex);
  const others = against.filter((c) => /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(c)).map(rgb);
  for (let step = 0; step < 60 && others.some((o) => contrast(colour, o) < ratio); step++) {
    colour = colour.map((c) => Math.floor(c * 0.95)) as [number, number, number];
  }
  return `#${colour.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

export const GET: APIRoute = async () => {
  const rules = await Promise.all(
    localeCodes.map(async (code) => {
      const { colours } = await getSite(code);
      const lang = locales[code].lang;
      const primary = darkenTo(colours.primary, [colours.onPrimary, "#ffffff"]);
      const accent = darkenTo(colours.accent, ["#ffffff"]);
      return (
        `html:lang(${lang}) {\n  --primary: ${colours.primary};\n  --on-primary: ${colours.onPrimary};\n  --accent: ${colours.accent};\n}\n\n` +
        `html.elder:lang(${lang}) {\n  --primary: ${primary};\n  --accent: ${accent};\n}\n`
      );
    }),
  );
  return new Response(rules.join("\n"), { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
