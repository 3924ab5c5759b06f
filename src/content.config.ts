/**
 * The one content configuration: every collection made from the source table
 * (src/content/sources.ts), which the file reader behind `npm run check`, `npm run print` and
 * the build's gate reads too. Field schemas live in `src/schemas/`; the rules for drafts,
 * locales, translations and references in the content model (`src/content/model.ts`), which
 * the pages reach through `src/collections/query.ts`.
 */
import { defineCollection } from "astro:content";
import { dataFile, localizedGlob } from "./collections/loader.ts";
import { sources } from "./content/sources.ts";

const { bulletins, explainers, guides, qa, pages, materials } = sources;
const { site, channels, slogans, ledger, laws, rewards, print } = sources;

export const collections = {
  bulletins: defineCollection({ loader: localizedGlob(bulletins), schema: bulletins.schema }),
  explainers: defineCollection({ loader: localizedGlob(explainers), schema: explainers.schema }),
  guides: defineCollection({ loader: localizedGlob(guides), schema: guides.schema }),
  qa: defineCollection({ loader: localizedGlob(qa), schema: qa.schema }),
  pages: defineCollection({ loader: localizedGlob(pages), schema: pages.schema }),
  materials: defineCollection({ loader: localizedGlob(materials), schema: materials.schema }),
  site: defineCollection({ loader: dataFile("site"), schema: site.schema }),
  channels: defineCollection({ loader: dataFile("channels"), schema: channels.schema }),
  slogans: defineCollection({ loader: dataFile("slogans"), schema: slogans.schema }),
  ledger: defineCollection({ loader: dataFile("ledger"), schema: ledger.schema }),
  laws: defineCollection({ loader: dataFile("laws"), schema: laws.schema }),
  rewards: defineCollection({ loader: dataFile("rewards"), schema: rewards.schema }),
  print: defineCollection({ loader: dataFile("print"), schema: print.schema }),
};
