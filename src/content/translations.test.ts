import { describe, expect, it } from "vitest";
import { translationStatus, type EntrySummary } from "./translations.ts";

const entry = (over: Partial<EntrySummary>): EntrySummary => ({
  collection: "bulletins",
  locale: "zh-cn",
  slug: "a",
  file: `content/bulletins/${over.locale ?? "zh-cn"}/${over.slug ?? "a"}.md`,
  draft: false,
  ...over,
});

describe("translation status", () => {
  it("finds pages without a translation", () => {
    const status = translationStatus([
      entry({ slug: "a" }),
      entry({ slug: "b" }),
      entry({ slug: "b", locale: "en" }),
    ]);
    expect(status.missing.map((m) => [m.original.slug, m.locale])).toEqual([["a", "en"]]);
  });

  it("finds translations made from an older version", () => {
    const status = translationStatus([
      entry({ slug: "a", changed: "2026-03-01" }),
      entry({ slug: "a", locale: "en", translatedFrom: "2026-02-01", changed: "2026-03-05" }),
      entry({ slug: "b", changed: "2026-03-01" }),
      entry({ slug: "b", locale: "en", translatedFrom: "2026-03-01" }),
    ]);
    expect(status.outdated.map((o) => o.translation.slug)).toEqual(["a"]);
  });

  it("compares a translation without translatedFrom by its own date, and lists it", () => {
    const status = translationStatus([
      entry({ slug: "a", changed: "2026-03-01" }),
      entry({ slug: "a", locale: "en", changed: "2026-01-01" }),
    ]);
    expect(status.outdated).toHaveLength(1);
    expect(status.undated.map((u) => u.slug)).toEqual(["a"]);
  });

  it("counts a draft stub as untranslated, and ignores draft originals", () => {
    const status = translationStatus([
      entry({ slug: "a" }),
      entry({ slug: "a", locale: "en", draft: true }),
      entry({ slug: "b", draft: true }),
    ]);
    expect(status.drafts.map((d) => d.translation.slug)).toEqual(["a"]);
    expect(status.missing).toEqual([]);
  });
});
