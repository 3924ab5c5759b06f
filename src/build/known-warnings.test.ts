import { describe, expect, it } from "vitest";
import { onBundlerWarning } from "./known-warnings.ts";

describe("onBundlerWarning", () => {
  const printed = (warning: { code?: string; message: string }) => {
    const out: string[] = [];
    onBundlerWarning(warning, (w) => out.push(w.message));
    return out;
  };

  it("leaves out Astro's own MDX directive, which the bundler warns about on every build", () => {
    expect(
      printed({
        code: "MODULE_LEVEL_DIRECTIVE",
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/explainers/zh-cn/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      }),
    ).toEqual([]);
  });

  it("leaves out Little CMS's Node-only import of `module`, which never runs in a browser", () => {
    expect(
      printed({
        message:
          'Module "module" has been externalized for browser compatibility, imported by "/p/node_modules/lcms-wasm/dist/lcms.js". See https://vite.dev/guide/troubleshooting.html for more details.',
      }),
    ).toEqual([]);
    const other = {
      message:
        'Module "fs" has been externalized for browser compatibility, imported by "/p/src/x.ts".',
    };
    expect(printed(other)).toEqual([other.message]);
  });

  it("prints every other warning, other directives included", () => {
    const other = {
      code: "MODULE_LEVEL_DIRECTIVE",
      message:
        'The semantics of the module level directive "use client" in "x.ts" may not be preserved.',
    };
    const unresolved = {
      code: "UNRESOLVED_IMPORT",
      message: '"x" is imported but could not be resolved',
    };
    expect(printed(other)).toEqual([other.message]);
    expect(printed(unresolved)).toEqual([unresolved.message]);
  });
});
