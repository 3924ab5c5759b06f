import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { SHARE_ENTRIES } from "../share/render.ts";
import { moduleGraph, moduleGraphHash } from "./keys.ts";

const src = fileURLToPath(new URL("../", import.meta.url));
const under = (folder: string) => (path: string) => path.startsWith(join(src, folder, "/"));

describe("moduleGraph", () => {
  const dir = mkdtempSync(join(tmpdir(), "pingan-graph-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write("entry.ts", 'import { a } from "./a.ts";\nexport type { B } from "./b.ts";\n');
  write("a.ts", 'export const a = () => import("./c.ts");\n');
  write("b.ts", 'import type { X } from "./a.ts";\nexport type B = X;\n');
  write("c.ts", 'new URL("./worker.ts", import.meta.url);\n');
  write("worker.ts", "export {};\n");
  write("other.ts", "export const unused = 1;\n");
  const entry = pathToFileURL(join(dir, "entry.ts"));

  it("follows imports, re-exports, type imports, dynamic imports and worker URLs", () => {
    expect(moduleGraph([entry]).map((path) => path.slice(dir.length + 1))).toEqual([
      "a.ts",
      "b.ts",
      "c.ts",
      "entry.ts",
      "worker.ts",
    ]);
  });

  it("changes its hash with a module it loads, and only then", () => {
    const before = moduleGraphHash([entry]);
    write("other.ts", "export const unused = 2;\n");
    expect(moduleGraphHash([entry])).toBe(before);
    write("worker.ts", "export {}; // why\n");
    expect(moduleGraphHash([entry])).not.toBe(before);
  });
});

describe("each product's cache key", () => {
  it("covers no print module in a share image's key, so a print template redraws no image", () => {
    const graph = moduleGraph(SHARE_ENTRIES);
    const templates = readdirSync(join(src, "share/templates"))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .filter((name) => name !== "examples.ts")
      .map((name) => join(src, "share/templates", name));
    expect(graph).toEqual(expect.arrayContaining(templates));
    expect(graph.filter(under("print"))).toEqual([]);
  });

  it("covers no share module in a print material's key, so a share template redraws no material", () => {
    // The print key hashes the engine's folder and its own with what they load
    // (src/print/output.ts, `sourceHash`).
    const modules = (folder: string) =>
      readdirSync(join(src, folder), { recursive: true, encoding: "utf8" })
        .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
        .map((name) => pathToFileURL(join(src, folder, name)));
    const graph = moduleGraph([...modules("draw"), ...modules("print")]);
    expect(graph.some(under("print/templates"))).toBe(true);
    expect(graph.filter(under("share"))).toEqual([]);
  });
});
