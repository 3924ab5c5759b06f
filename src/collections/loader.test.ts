import { describe, expect, it } from "vitest";
import { entryIdFromPath } from "./loader.ts";

// Which files are read, and what is said of the others, is the content reader's (src/content/):
// Astro's glob reads one locale folder deep, as the reader does, and takes the same ids.
describe("entry ids from file paths", () => {
  it("take the locale from the folder and the slug from the file name", () => {
    expect(entryIdFromPath("zh-cn/gangxi-town-measures.md")).toBe("zh-cn/gangxi-town-measures");
    expect(entryIdFromPath("en/soft-violence-debt-collection.mdx")).toBe(
      "en/soft-violence-debt-collection",
    );
    expect(entryIdFromPath("en/poster-report.yaml")).toBe("en/poster-report");
  });
});
