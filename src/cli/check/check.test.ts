// The whole command, run as staff run it: plain Node, astro:content replaced by the stand-ins,
// over a copy of the real content that is then broken in known ways.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureContent } from "../../../tests/support/project.ts";
import { runScript } from "../../../tests/support/script.ts";

const check = (root: string) => runScript("check", ["--root", root]);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "pingan-check-"));
  cpSync(fixtureContent, join(root, "content"), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("npm run check", () => {
  it("passes the shipped content, without colour when NO_COLOR is set", () => {
    const { status, output } = check(root);
    expect(status).toBe(0);
    expect(output).toMatch(/✓ Fields: every field as its schema expects/u);
    expect(output).toMatch(/✓ Slogans on banners: every slogan fits its banner on one line/u);
    expect(output).toMatch(/✓ Print materials: every material's text fits its paper/u);
    expect(output).not.toContain("\u001b[");
  });

  it("reports broken files by group and exits 1", () => {
    const edit = (file: string, from: RegExp, to: string) => {
      const path = join(root, "content", file);
      writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
    };
    edit("bulletins/zh-cn/gangxi-town-measures.md", /^place: .*$/mu, 'place: ""');
    edit("bulletins/zh-cn/fujian-central-inspection.md", /^date: .*$/mu, "date: 2018-09-01");
    edit("qa/zh-cn/rewards.md", /^question:/mu, "topic2: x\nquestion:");
    edit("qa/zh-cn/what-is-12337.md", /^updated:/mu, "statutes:\n  - law: no-such-law\nupdated:");
    edit("data/ledger.yaml", /bulletin: zh-cn\/gangxi-town-measures/u, "bulletin: zh-cn/gone");
    edit("print/zh-cn/banner-peace-red-on-white.yaml", /widthCm: 800/u, "widthCm: 300");
    edit("print/en/poster-report.yaml", /^paper: A3$/mu, "paper: A5");
    edit("print/zh-cn/poster-report.yaml", /^text: (.*)$/mu, "text: $1$1$1$1");
    unlinkSync(join(root, "content/qa/en/emergencies.md"));
    writeFileSync(join(root, "content/bulletins/zh-cn/x.ledger.yaml"), "[]\n");

    const { status, output } = check(root);
    expect(status).toBe(1);
    expect(output).toContain(
      "content/bulletins/zh-cn/gangxi-town-measures.md: place: expected the place",
    );
    expect(output).toMatch(/qa\/zh-cn\/rewards\.md: unknown field "topic2"/u);
    expect(output).toMatch(/what-is-12337\.md: statutes\[0\]\.law cites the law "no-such-law"/u);
    expect(output).toMatch(
      /ledger\.yaml: gangxi-2019-slogans\.bulletin points at the bulletin "zh-cn\/gone"/u,
    );
    expect(output).toMatch(/x\.ledger\.yaml: ledger figures proposed/u);
    expect(output).toMatch(
      /banner-peace-red-on-white\.yaml: slogan "打击黑恶势力 保障人民安居乐业" does not fit a 300 × 70 cm banner/u,
    );
    expect(output).toMatch(/print\/en\/poster-report\.yaml: paper: expected paper: A3 or A2/u);
    expect(output).toMatch(
      /print\/zh-cn\/poster-report\.yaml: text is about \d+ characters too long for the text area of an A3 poster/u,
    );
    expect(output).toMatch(/qa\/zh-cn\/emergencies\.md: no en translation/u);
    expect(output).toMatch(
      /bulletins\/en\/fujian-central-inspection\.md: older than the original/u,
    );
  });
});
