import { describe, expect, it } from "vitest";
import { describeError } from "./errors.ts";

describe("build error text", () => {
  it("drops Markdown markers and empty paths, and gives the file relative to the project", () => {
    const error = Object.assign(
      new Error("**bulletins → zh-cn/a** data does not match.\n  **: unknown field"),
      {
        loc: { file: "/p/content/bulletins/zh-cn/a.md" },
        hint: "See https://docs.astro.build/en/guides/content-collections/",
      },
    );
    expect(describeError(error, "/p")).toBe(
      "bulletins → zh-cn/a data does not match.\n  unknown field\nFile: content/bulletins/zh-cn/a.md",
    );
  });

  it("explains a frontmatter YAML error in words staff can act on", () => {
    const error = Object.assign(new Error("can not read a block mapping entry"), {
      name: "YAMLException",
      loc: { file: "/p/content/qa/en/x.md", line: 3, column: 6 },
    });
    const text = describeError(error, "/p");
    expect(text).toMatch(/^The frontmatter of content\/qa\/en\/x\.md .* is not valid YAML/);
    expect(text).toContain("File: content/qa/en/x.md:3:6");
  });
});
