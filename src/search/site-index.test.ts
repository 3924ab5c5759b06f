import { describe, expect, it } from "vitest";
import { mergeEntries } from "./site-index.ts";

const entry = (languages: Record<string, unknown>) =>
  JSON.stringify({ version: "1.6.0", languages, include_characters: ["_"] });

describe("mergeEntries", () => {
  it("lists every section's languages in Pagefind's order, as one index over the site would", () => {
    const zh = { hash: "zh-cn_1", wasm: null, page_count: 2 };
    const en = { hash: "en_2", wasm: "en", page_count: 3 };
    const merged = mergeEntries([
      { section: "zh-cn", json: entry({ "zh-cn": zh }) },
      { section: "en", json: entry({ en }) },
      { section: "fr", json: entry({}) },
    ]);
    expect(merged).toBe(entry({ en, "zh-cn": zh }));
  });

  it("refuses a language that two sections both wrote, naming both", () => {
    expect(() =>
      mergeEntries([
        { section: "zh-cn", json: entry({ "zh-cn": {} }) },
        { section: "en", json: entry({ "zh-cn": {} }) },
      ]),
    ).toThrow(/"zh-cn" and "en" have <html lang> "zh-cn"/);
  });
});
