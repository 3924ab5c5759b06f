import { describe, expect, it } from "vitest";
import { bodyHasPlaceholder, findPlaceholders } from "./placeholders.ts";

describe("placeholders", () => {
  it("names every field still holding one", () => {
    expect(
      findPlaceholders({
        title: "标题",
        place: "待填写",
        authors: [{ name: "TODO: fill in" }],
        date: new Date(),
      }),
    ).toEqual(["place", "authors[0].name"]);
  });

  it("finds one in the text", () => {
    expect(bodyHasPlaceholder("\nTODO: translate the Chinese text.\n")).toBe(true);
    expect(bodyHasPlaceholder("正文。")).toBe(false);
  });
});
