import { describe, expect, it } from "vitest";
import { pageRoute, withoutScripts } from "./site-preview.ts";

describe("the page preview", () => {
  it("finds where each kind of entry is shown on the site, per language", () => {
    expect(pageRoute("content/bulletins/zh-cn/gangxi-town-measures.md")).toBe(
      "bulletins/gangxi-town-measures/",
    );
    expect(pageRoute("content/bulletins/en/gangxi-town-measures.md")).toBe(
      "en/bulletins/gangxi-town-measures/",
    );
    expect(pageRoute("content/explainers/zh-cn/soft-violence-debt-collection.mdx")).toBe(
      "explainers/soft-violence-debt-collection/",
    );
    expect(pageRoute("content/guides/zh-cn/report.md")).toBe("report/");
    expect(pageRoute("content/guides/en/recognise-soft-violence.md")).toBe(
      "en/guides/recognise-soft-violence/",
    );
    expect(pageRoute("content/qa/zh-cn/rewards.md")).toBe("qa/#rewards");
    expect(pageRoute("content/pages/en/about.md")).toBe("en/about/");
    expect(pageRoute("content/data/slogans.yaml")).toBeUndefined();
    expect(pageRoute("content/bulletins/fr/x.md")).toBeUndefined();
  });

  it("shows a page without its scripts or its own CSP meta, styles kept", () => {
    const page = [
      '<head><meta http-equiv="Content-Security-Policy" content="style-src \'self\'">',
      '<style data-vite-dev-id="/x/global.css">body{color:red}</style>',
      '<script type="module" src="/@vite/client"></script>',
      "<script>document.documentElement.classList.add('elder')</script></head>",
      '<body><h1>标题</h1><script type="module" src="/src/scripts/enhance.ts"></script></body>',
    ].join("");
    const shown = withoutScripts(page);
    expect(shown).not.toMatch(/<script|Content-Security-Policy/iu);
    expect(shown).toContain("<style data-vite-dev-id");
    expect(shown).toContain("<h1>标题</h1>");
  });
});
