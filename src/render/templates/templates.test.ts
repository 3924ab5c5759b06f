/**
 * Image snapshots of every template over the shared examples, rasterised with the packaged
 * fonts and no system fonts, so they are the same on every machine. A difference beyond a
 * small tolerance fails; `UPDATE_SNAPSHOTS=1` rewrites the reference images.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { textOf } from "../element.ts";
import { renderPng, templateFonts } from "../render.ts";
import { examples } from "./examples.ts";
import { templates, type TemplateId } from "./index.ts";

const SNAPSHOTS = join(import.meta.dirname, "../__snapshots__");
const UPDATE = process.env["UPDATE_SNAPSHOTS"] === "1";
/** Share of pixels allowed to differ: anti-aliasing may vary with the resvg build. */
const TOLERANCE = 0.002;

const cases: [TemplateId, string][] = [
  ...Object.keys(examples).map((name): [TemplateId, string] => ["og", name]),
  ...["zh", "en", "long", "punctuation"].flatMap((name): [TemplateId, string][] => [
    ["wechat", name],
    ["square", name],
  ]),
];

function compare(actual: Buffer, file: string): number {
  const got = PNG.sync.read(actual);
  const want = PNG.sync.read(readFileSync(file));
  expect([got.width, got.height]).toEqual([want.width, want.height]);
  const diff = new PNG({ width: got.width, height: got.height });
  const differing = pixelmatch(got.data, want.data, diff.data, got.width, got.height, {
    threshold: 0.1,
  });
  if (differing > 0) {
    // Outside the repository, so a failed run leaves nothing to commit by mistake.
    const out = join(tmpdir(), basename(file).replace(/\.png$/, ".diff.png"));
    writeFileSync(out, PNG.sync.write(diff));
    console.warn(`${basename(file)}: ${differing} pixels differ; see ${out}`);
  }
  return differing / (got.width * got.height);
}

describe("template snapshots", () => {
  it.each(cases)("%s / %s", async (id, name) => {
    const template = templates[id];
    const data = examples[name];
    if (!data) throw new Error(`no example ${name}`);
    const png = await renderPng(template, data, `${id}/${name}`);
    const file = join(SNAPSHOTS, `${id}-${name}.png`);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([template.width, template.height]);
    if (UPDATE || (!existsSync(file) && !process.env["CI"])) {
      mkdirSync(SNAPSHOTS, { recursive: true });
      writeFileSync(file, png);
      return;
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_SNAPSHOTS=1`).toBe(true);
    expect(compare(png, file)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("never cuts a title that fits, and cuts the extreme one with an ellipsis", () => {
    const fonts = templateFonts();
    for (const [name, data] of Object.entries(examples)) {
      const text = textOf(templates.og.render(data, fonts));
      if (name === "long") expect(text).toContain("……");
      else expect(text.replace(/ /g, "")).toContain(data.title.replace(/ /g, ""));
    }
  });
});
