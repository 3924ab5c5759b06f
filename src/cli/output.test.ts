import { describe, expect, it } from "vitest";
import { paint, wantsColour } from "./output.ts";

describe("colour", () => {
  it("is used on a terminal only, and never with NO_COLOR", () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
  });

  it("paints nothing when off", () => {
    expect(paint(false).red("x")).toBe("x");
    expect(paint(true).red("x")).toBe("\u001b[31mx\u001b[39m");
  });
});
