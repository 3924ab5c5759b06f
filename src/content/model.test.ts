import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixtureContent } from "../../tests/support/project.ts";
import { runGate } from "./gate.ts";
import { materialContext } from "./materials.ts";
import { guideUrl } from "./model.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "pingan-model-"));
  cpSync(fixtureContent, join(root, "content"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (file: string, from: RegExp, to: string) => {
  const path = join(root, "content", file);
  writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
};

describe("the content model", () => {
  it("leaves a draft out of every reader, and a board that would print it", async () => {
    edit("explainers/en/four-features-mafia-style-group.md", /^title:/mu, "draft: true\ntitle:");
    const { content, problems } = await runGate(root);
    const group = content.pages.explainers.find(
      (g) => g.slug === "four-features-mafia-style-group",
    );
    expect([...(group?.byLocale.keys() ?? [])]).toEqual(["zh-cn"]);
    expect(content.explainer("en", "four-features-mafia-style-group")).toBeUndefined();
    expect(
      content.materials.filter((m) => m.id === "board-four-features").map((m) => m.locale),
    ).toEqual(["zh-cn"]);
    expect(problems.filter((p) => p.level === "error")).toEqual([]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        level: "warning",
        file: "content/print/en/board-four-features.yaml",
        field: "explainer",
      }),
    );
  });

  it("points QR codes at the guide under the release's own site and base", async () => {
    const { content } = await runGate(root, {
      deploy: { site: "https://www.example.gov.cn", base: "/county/" },
    });
    const context = materialContext(content, {
      site: "https://www.example.gov.cn",
      base: "/county/",
    });
    expect(context.guideUrl("en", "report")).toBe("https://www.example.gov.cn/county/en/report/");
    expect(context.guideUrl("zh-cn", "recognise-soft-violence")).toBe(
      "https://www.example.gov.cn/county/guides/recognise-soft-violence/",
    );
    expect(context.guideUrl("en", "no-such-guide")).toBeUndefined();
    expect(guideUrl({ site: "https://a.example", base: "/" }, "zh-cn", "report")).toBe(
      "https://a.example/report/",
    );
  });
});
