import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCommand } from "./build.ts";

describe("buildCommand", () => {
  it("times the build as npm run build runs it, Node's flags included", () => {
    const { scripts } = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as { scripts: Record<string, string> };
    const args = buildCommand(scripts);
    expect(`node ${args.join(" ")}`).toBe(scripts["build"]);
    expect(args.at(-1)).toBe("scripts/build.ts");
  });

  it("refuses a build script it cannot time as a Node script", () => {
    expect(() => buildCommand({ build: "astro build" })).toThrow(
      /should run node scripts\/build\.ts/,
    );
  });
});
