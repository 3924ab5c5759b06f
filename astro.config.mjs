// @ts-check
// Wiring only: every build step lives in its own module under src/build/.
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { readDeploySettings } from "./src/build/deploy.ts";
import { contentGate } from "./src/build/integrations/content-gate.ts";
import { hosting } from "./src/build/integrations/hosting.ts";
import { makerFiles } from "./src/build/integrations/maker-files.ts";
import { onBundlerWarning } from "./src/build/known-warnings.ts";
import { printMaterials } from "./src/build/integrations/print-materials.ts";
import { searchIndex } from "./src/build/integrations/search-index.ts";
import { socialImages } from "./src/build/integrations/social-images.ts";
import { staffOutputs } from "./src/build/integrations/staff-outputs.ts";
import { withPageTap } from "./src/build/page-tap.ts";
import { localeCodes, localeOfPath } from "./src/i18n/locales.ts";
import { cjkAutolinks } from "./src/markdown/autolinks.ts";

const deploy = readDeploySettings(new URL("./", import.meta.url));

export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  trailingSlash: "always",
  build: {
    format: "directory",
    // Pages render a few at a time, so file writes overlap the next page's rendering; the page
    // tap hands them on in a fixed order all the same.
    concurrency: 4,
    // The CSP allows styles and scripts from our own files only: never inline them.
    inlineStylesheets: "never",
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: { onwarn: onBundlerWarning },
      // The banner and poster maker's drawing (Satori with HarfBuzz inside, 1.15 MB) and PDF
      // writer (0.57 MB) load on demand on that page only (docs/maker.md); every other chunk is
      // far smaller, so the limit still catches a page that grows.
      chunkSizeWarningLimit: 1_250,
    },
  },
  markdown: { processor: satteri({ mdastPlugins: [cjkAutolinks] }) },
  devToolbar: { enabled: false },
  integrations: [
    contentGate(),
    mdx(),
    makerFiles(),
    // Pages render one locale after another, so each locale's search index is written while
    // the next renders.
    ...withPageTap({ of: localeOfPath, order: localeCodes }, [
      hosting,
      staffOutputs,
      searchIndex,
      socialImages,
      printMaterials,
    ]),
  ],
});
