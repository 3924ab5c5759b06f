// `npm run check` as staff run it: plain Node over a copy of the fixture content, in Chinese
// unless --lang en, exit 1 on errors and 0 on warnings alone.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureContent } from "../../../tests/support/project.ts";
import { runScript } from "../../../tests/support/script.ts";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "pingan-check-"));
  cpSync(fixtureContent, join(root, "content"), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = (...args: string[]) => runScript("check", ["--root", root, ...args]);

describe("npm run check", { timeout: 60_000 }, () => {
  it("passes the fixture content, in Chinese, without colour when NO_COLOR is set", () => {
    const { status, output } = check();
    expect(status, output).toBe(0);
    expect(output).toMatch(/✓ 字段：每个字段都符合要求/u);
    expect(output).toMatch(/✓ 正文安全：正文里没有脚本、外站资源或危险链接/u);
    expect(output).toMatch(/没有错误/u);
    expect(output).not.toContain("\u001b[");
  });

  it("lists every error by group, exits 1, and says it in English with --lang en", () => {
    const path = join(root, "content/data/ledger.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("count: 450", "count: 450余"));
    writeFileSync(join(root, "content/bulletins/zh-cn/x.ledger.yaml"), "[]\n");
    const zh = check();
    expect(zh.status).toBe(1);
    expect(zh.output).toMatch(/✗ 字段：1 个错误，0 个提醒/u);
    expect(zh.output).toMatch(
      /✗ content\/data\/ledger\.yaml:\d+: gangxi-2019-slogans\.count: “450余”不是数字/u,
    );
    expect(zh.output).toMatch(
      /! content\/bulletins\/zh-cn\/x\.ledger\.yaml: npm run import 提出的台账数字/u,
    );
    expect(zh.output).toMatch(/1 个错误，\d+ 个提醒：改好错误后才能生成网站。/u);
    const en = check("--lang", "en");
    expect(en.status).toBe(1);
    expect(en.output).toMatch(/✗ Fields: 1 error, 0 warnings/u);
    expect(en.output).toMatch(/"450余" is not a number: write count: 450/u);
    expect(en.output).toMatch(/1 error, \d+ warnings?: fix the errors before building\./u);
  });
});
