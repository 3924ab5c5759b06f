import { describe, expect, it } from "vitest";
import { checkLocalFiles, entryIdFromPath } from "./loader.ts";

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

describe("files named in frontmatter", () => {
  const base = new URL("../../tests/fixtures/content/bulletins/", import.meta.url);

  it("accept a cover that exists and ignore fields that are not local paths", () => {
    expect(() =>
      checkLocalFiles(
        "bulletins",
        "zh-cn/gangxi-town-measures.md",
        { cover: "./gangxi-town-measures.md" },
        base,
      ),
    ).not.toThrow();
    expect(() =>
      checkLocalFiles("bulletins", "zh-cn/x.md", { title: "./nothing" }, base),
    ).not.toThrow();
  });

  it("name the entry, the field and the fix for a missing cover", () => {
    expect(() =>
      checkLocalFiles("bulletins", "zh-cn/x.md", { cover: "./img/none.jpg" }, base),
    ).toThrow('content/bulletins/zh-cn/x.md: cover "./img/none.jpg" does not exist');
  });
});
