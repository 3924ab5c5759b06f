/**
 * Image snapshots of every template over the shared examples, rasterised with the packaged
 * fonts and no system fonts, so they are the same on every machine (see
 * tests/support/snapshot.ts; `UPDATE_SNAPSHOTS=1` rewrites the reference images).
 */
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { textOf } from "../../draw/element.ts";
import { templateFonts } from "../../draw/render.ts";
import { renderPng } from "../render.ts";
import { expectSnapshot } from "../../../tests/support/snapshot.ts";
import { examples } from "./examples.ts";
import { templates, type TemplateId } from "./index.ts";

const SNAPSHOTS = join(import.meta.dirname, "../__snapshots__");

const cases: [TemplateId, string][] = [
  ...Object.keys(examples).map((name): [TemplateId, string] => ["og", name]),
  ...["zh", "en", "long", "punctuation"].flatMap((name): [TemplateId, string][] => [
    ["wechat", name],
    ["square", name],
  ]),
];

describe("template snapshots", () => {
  it.each(cases)("%s / %s", async (id, name) => {
    const template = templates[id];
    const data = examples[name];
    if (!data) throw new Error(`no example ${name}`);
    const png = await renderPng(template, data, `${id}/${name}`);
    const file = join(SNAPSHOTS, `${id}-${name}.png`);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([template.width, template.height]);
    expectSnapshot(png, file);
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
