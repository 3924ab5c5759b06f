import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { asAnOffice } from "../../tests/support/office.ts";
import { fixtureContent } from "../../tests/support/project.ts";
import { runGate } from "./gate.ts";
import { formatProblem } from "./problems.ts";
import { unusableAddress } from "./release.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "pingan-release-"));
  cpSync(fixtureContent, join(root, "content"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const release = { enabled: true };
const blockers = async (
  options: { enabled: boolean; acceptUncertainDates?: boolean } = release,
  deploy?: { site: string; base: string },
) =>
  (await runGate(root, { release: options, deploy, print: false })).problems
    .filter((p) => p.level === "error")
    .map((p) => formatProblem(p));

describe("the release gate", () => {
  it("names every blocker in the sample data at once", async () => {
    const found = await blockers();
    const text = found.join("\n");
    expect(text).toMatch(
      /content\/data\/deploy\.yaml: site: “pingan\.example\.org”是示例或本机地址/u,
    );
    expect(text).toMatch(
      /content\/data\/channels\.yaml:\d+: local-office-phone\.sample: 举报渠道/u,
    );
    expect(text).toMatch(
      /content\/data\/rewards\.yaml:\d+: zh-cn\.sample: zh-cn 的奖励办法还是示例/u,
    );
    expect(text).toMatch(/content\/data\/ledger\.yaml:\d+: .*台账里还有 \d+ 条示例数字/u);
    expect(text).toMatch(/content\/data\/site\.yaml:\d+: zh-cn\.name: zh-cn 的网站信息还是示例/u);
    expect(text).toMatch(/gangxi-town-measures\.md:\d+: dateUncertain: 日期是估计的/u);
  });

  it("lists the same as warnings when not releasing, so the sample site builds", async () => {
    const { problems } = await runGate(root, { print: false });
    expect(problems.filter((p) => p.group === "release").length).toBeGreaterThan(5);
    expect(problems.filter((p) => p.level === "error")).toEqual([]);
  });

  it("passes content an office has made its own, and names --site when that is the problem", async () => {
    asAnOffice(join(root, "content"));
    expect(await blockers()).toEqual([]);
    expect(await blockers(release, { site: "http://192.168.1.10", base: "/" })).toEqual([
      expect.stringMatching(/^content\/data\/deploy\.yaml: site: “192\.168\.1\.10”是 IP 地址/u),
    ]);
  });

  it("refuses a printed address no reader can open, or one off the release's own base", async () => {
    asAnOffice(join(root, "content"));
    const poster = join(root, "content/print/zh-cn/poster-report.yaml");
    const text = readFileSync(poster, "utf8");
    writeFileSync(
      poster,
      text.replace(/^text: (.*)$/mu, "text: $1详见 https://pingan.example.org/report/"),
    );
    expect(await blockers()).toEqual([
      expect.stringMatching(/poster-report\.yaml: “pingan\.example\.org”是示例或本机地址/u),
    ]);
    writeFileSync(
      poster,
      text.replace(/^text: (.*)$/mu, "text: $1详见 https://www.rongcheng.gov.cn/report/"),
    );
    expect(await blockers()).toEqual([
      expect.stringMatching(
        /poster-report\.yaml: 印的本站网址 https:\/\/www\.rongcheng\.gov\.cn\/report\/ 不在发布的位置（\/saohei\/）下/u,
      ),
    ]);
    writeFileSync(
      poster,
      text.replace(/^text: (.*)$/mu, "text: $1详见 https://www.rongcheng.gov.cn/saohei/report/"),
    );
    expect(await blockers()).toEqual([]);
  });

  it("refuses a translation stub left as a draft beside a published page", async () => {
    asAnOffice(join(root, "content"));
    const stub = join(root, "content/qa/en/what-is-12337.md");
    writeFileSync(stub, readFileSync(stub, "utf8").replace(/^---\n/u, "---\ndraft: true\n"));
    expect(await blockers()).toEqual([
      expect.stringMatching(/qa\/en\/what-is-12337\.md:2: draft: 译文还是草稿/u),
    ]);
  });

  it("lets estimated dates through only when told to", async () => {
    asAnOffice(join(root, "content"));
    const path = join(root, "content/bulletins/zh-cn/gangxi-town-measures.md");
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(/^date:/mu, "dateUncertain: true\ndate:"),
    );
    expect(await blockers()).toHaveLength(1);
    expect(await blockers({ enabled: true, acceptUncertainDates: true })).toEqual([]);
  });

  it("refuses addresses no reader can open", () => {
    for (const site of [
      "https://pingan.example.org",
      "https://example.com",
      "http://localhost:4321",
      "https://127.0.0.1",
      "https://[::1]",
      "https://site.test",
      "http://www.rongcheng.gov.cn",
    ]) {
      expect(unusableAddress(site), site).toBeDefined();
    }
    expect(unusableAddress("https://www.rongcheng.gov.cn")).toBeUndefined();
    expect(unusableAddress("https://examples.gov.cn")).toBeUndefined();
  });
});
