import { describe, expect, it } from "vitest";
import { checkOutDir } from "./run.ts";

describe("the build's output folder", () => {
  it("may be any folder of its own, in the project or elsewhere", () => {
    for (const out of ["/p/dist", "/p/build/site", "/tmp/out", "/p-other"]) {
      expect(() => checkOutDir("/p", out, out)).not.toThrow();
    }
  });

  it("is never the project, a folder holding it, or one of its source folders", () => {
    for (const out of ["/p", "/", "/p/src", "/p/content/bulletins", "/p/node_modules", "/p/.git"]) {
      expect(() => checkOutDir("/p", out, out), out).toThrow(/--out .*生成时会把它整个替换掉/u);
    }
  });
});
