import { describe, expect, it } from "vitest";
import { entryIdFromPath } from "./loader.ts";

describe("entry ids from file paths", () => {
  it("takes the locale from the first folder and the slug from the rest", () => {
    expect(entryIdFromPath("bulletins", "zh-cn/gangxi-town-measures.md")).toBe(
      "zh-cn/gangxi-town-measures",
    );
    expect(entryIdFromPath("explainers", "en/soft-violence-debt-collection.mdx")).toBe(
      "en/soft-violence-debt-collection",
    );
  });

  it("rejects an unknown locale folder, naming the file and the fix", () => {
    expect(() => entryIdFromPath("bulletins", "fr/news.md")).toThrow(
      /content\/bulletins\/fr\/news\.md: unknown locale folder "fr"\. Expected one of zh-cn, en/,
    );
  });

  it("rejects a file outside any locale folder", () => {
    expect(() => entryIdFromPath("qa", "loose.md")).toThrow(/not inside a locale folder/);
  });

  it("rejects file names that cannot be page addresses", () => {
    expect(() => entryIdFromPath("bulletins", "zh-cn/港西镇.md")).toThrow(/Rename the file/);
    expect(() => entryIdFromPath("bulletins", "zh-cn/Gangxi Town.md")).toThrow(/lowercase/);
  });
});
