/**
 * Colours from content/data/site.yaml as CSS custom properties. A file rather than an inline
 * style, because the Content Security Policy allows no inline styles.
 */
import type { APIRoute } from "astro";
import { getSite } from "../collections/query.ts";
import { localeCodes, locales } from "../i18n/locales.ts";

export const GET: APIRoute = async () => {
  const rules = await Promise.all(
    localeCodes.map(async (code) => {
      const { colours } = await getSite(code);
      return `html:lang(${locales[code].lang}) {\n  --primary: ${colours.primary};\n  --on-primary: ${colours.onPrimary};\n  --accent: ${colours.accent};\n}\n`;
    }),
  );
  return new Response(rules.join("\n"), { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
