/**
 * Print materials from the content model: the ResolveContext the material templates need
 * (src/print/materials.ts), made the same way for the build, `npm run print` and the check.
 * QR codes point at the published guide in the material's language under the release's own
 * site address and base path.
 */
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ResolveContext, MaterialSource } from "../print/materials.ts";
import { pressOf } from "../print/press.ts";
import { guideUrl, type Content } from "./model.ts";

export interface Deploy {
  site: string;
  base: string;
}

/**
 * `root` is the project, where a print shop's profile named in print.yaml is read from; the
 * profile is checked here, so a wrong one stops the check, the build and `npm run print` alike.
 */
export function materialContext<E>(
  content: Content<E>,
  deploy: Deploy,
  root: string = process.cwd(),
): ResolveContext {
  return {
    press: pressOf(content.print, root),
    slogans: new Map(content.slogans.map((slogan) => [slogan.id, slogan])),
    channels: new Map(content.channels.map((channel) => [channel.id, channel])),
    rewards: content.rewards,
    explainer(locale: Locale, slug: string) {
      const entry = content.explainer(locale, slug);
      if (!entry) return undefined;
      return {
        title: String(entry.data["title"] ?? ""),
        summary: String(entry.data["summary"] ?? ""),
        body: entry.body ?? "",
      };
    },
    site(locale: Locale) {
      const site = content.site[locale];
      return {
        name: site?.name ?? "",
        organiser: site?.organiser ?? "",
        red: site?.colours.primary ?? "",
      };
    },
    guideUrl: (locale, slug) =>
      content.hasGuide(locale, slug) ? guideUrl(deploy, locale, slug) : undefined,
    formatDate,
  };
}

export function materialSources<E>(content: Content<E>): MaterialSource[] {
  return content.materials.map((material) => ({ ...material }));
}
