/**
 * The staff studio in Debian's Chromium, on a copy of the fixture content: it starts with
 * --no-open and prints its address; the content areas are named in Chinese; history is started
 * from the page; a Chinese bulletin is made through the forms and a slogan is edited, each
 * becoming a file under content/ and a commit with a Chinese message; a slogan too long for
 * its banner is refused with the Chinese fit error and nothing is written; a poster's preview
 * changes after its text does; a bulletin's page preview (the site's own layout) shows a saved
 * title; a cover photo is uploaded (refused without alt text, then saved without its EXIF/GPS and
 * shown in the page preview); an .mdx explainer's Aside survives a save; a .docx file is imported
 * and its ledger proposal merged from the form; the studio switches to English and back;
 * publishing the sample content lists the blockers. No request leaves the machine, and the
 * console stays free of errors other than Decap's report of the refused saves.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import git from "isomorphic-git";
import sharp from "sharp";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";
import { copyProject, fixtureContent, projectRoot } from "./support/project.ts";

const ADDRESS = /^http:\/\/127\.0\.0\.1:\d+\/s\/[\w-]+\/$/mu;

describe("the staff studio in a real browser", () => {
  let root = "";
  let child: ChildProcess;
  let address = "";
  let startMs = 0;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cms: FrameLocator;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    root = await copyProject("studio-e2e");
    const started = performance.now();
    child = spawn(
      process.execPath,
      [join(root, "scripts/studio.ts"), "--port", "0", "--no-open", "--root", root],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    address = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`no address in 10 s: ${out}`)), 10_000);
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = ADDRESS.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
      child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    });
    startMs = performance.now() - started;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const origin = new URL(address).origin;
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith(`${origin}/`)) {
        return route.continue();
      }
      outside.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    // Leaving a form with a refused change: Decap asks whether to leave.
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(address);
    cms = page.frameLocator("#cms");
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT");
      await exited;
    }
    if (root) await rm(root, { recursive: true, force: true });
  });

  const cmsFrame = () => {
    const frame = page.frames().find((f) => f.url().includes("/cms/"));
    if (!frame) throw new Error("no Decap frame");
    return frame;
  };

  /**
   * Opens a Decap route in a freshly loaded Decap: moving from one entry straight to another by
   * the address alone can leave Decap showing an empty form.
   */
  const open = async (route: string, ready: string | RegExp) => {
    await cmsFrame().evaluate((hash) => {
      window.location.hash = hash;
      window.location.reload();
    }, route);
    await page.waitForTimeout(500);
    await cms.getByText(ready).first().waitFor({ timeout: 20_000 });
  };

  const publishNow = async () => {
    await cms.getByRole("button", { name: "发布" }).first().click();
    await cms.getByText("立即发布").click();
  };

  const messages = async () =>
    (await git.log({ fs, dir: root, depth: 20 })).map((entry) => entry.commit.message.trim());

  it("starts within 10 s and names the content areas in Chinese", async () => {
    expect(startMs).toBeLessThan(10_000);
    await cms.getByText("工作动态", { exact: true }).first().waitFor();
    const text = await cms.locator("body").innerText();
    for (const area of [
      "工作动态",
      "以案释法",
      "政策问答",
      "举报指南",
      "宣传标语",
      "举报渠道",
      "宣传台账",
      "宣传物料",
    ]) {
      expect(text).toContain(area);
    }
  });

  it("says the folder has no history and starts one", async () => {
    await page.getByText("这个文件夹还不是 Git 仓库").waitFor();
    await page.getByRole("button", { name: "开始记录修改历史" }).click();
    await page.locator("#repo-banner").waitFor({ state: "hidden" });
    expect(await messages()).toEqual(["工作台：开始记录内容的修改历史"]);
  });

  it("creates a Chinese bulletin through the forms: a file and a commit", async () => {
    await open("#/collections/bulletins/new", "正在集合“工作动态”中编写");
    await cms.getByLabel("标题").first().fill("示例镇召开扫黑除恶宣传工作会");
    await cms.locator('input[type="date"]').first().fill("2026-12-01");
    await cms.getByLabel("地点").first().fill("示例镇");
    await cms.getByLabel("来源").first().fill("示例镇扫黑办");
    await cms.getByLabel("摘要").first().fill("示例镇部署下一阶段的宣传工作。");
    await cms.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type("12月1日，示例镇召开会议，部署宣传工作。");
    await publishNow();
    await cms.getByText("内容已保存").waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await readdir(join(root, "content/bulletins/zh-cn"))).length, {
        timeout: 20_000,
      })
      .toBe(3);
    const [made] = (await readdir(join(root, "content/bulletins/zh-cn"))).filter((name) =>
      name.startsWith("2026-12-01"),
    );
    const text = await readFile(join(root, "content/bulletins/zh-cn", made ?? ""), "utf8");
    expect(text).toContain("title: 示例镇召开扫黑除恶宣传工作会");
    expect(text).toContain("12月1日，示例镇召开会议");
    expect(text).not.toMatch(/: ""/u);
    // No English file: nobody started the translation.
    expect(await readdir(join(root, "content/bulletins/en"))).toHaveLength(2);
    await expect
      .poll(async () => (await messages())[0], { timeout: 20_000 })
      .toBe(`新建 工作动态《示例镇召开扫黑除恶宣传工作会》（content/bulletins/zh-cn/${made}）`);
  });

  it("edits a slogan: only its line changes, and the commit says which", async () => {
    const file = join(root, "content/data/slogans.yaml");
    const before = await readFile(file, "utf8");
    await open("#/collections/slogans/entries/slogans", /^[1-9]\d* 标语$/u);
    await cms.getByTestId("expand-button").first().click();
    const slogan = cms.getByLabel("中文", { exact: true }).nth(2);
    expect(await slogan.inputValue()).toBe("扫黑除恶 守护平安");
    await slogan.fill("扫黑除恶 守护一方平安");
    await publishNow();
    await expect.poll(() => readFile(file, "utf8"), { timeout: 20_000 }).not.toBe(before);
    const after = await readFile(file, "utf8");
    expect(after).toBe(before.replace("zh-cn: 扫黑除恶 守护平安", "zh-cn: 扫黑除恶 守护一方平安"));
    await expect
      .poll(async () => (await messages())[0], { timeout: 20_000 })
      .toBe("宣传标语：修改 guard-our-peace（content/data/slogans.yaml）");
  });

  it("refuses a slogan too long for its banner with the Chinese fit error, writing nothing", async () => {
    const file = join(root, "content/data/slogans.yaml");
    const before = await readFile(file, "utf8");
    const commits = await messages();
    const slogan = cms.getByLabel("中文", { exact: true }).nth(0);
    await slogan.fill("扫黑除恶人人有责，打击黑恶势力，保障人民群众安居乐业，建设平安和谐美丽家园");
    await publishNow();
    const toast = cms.getByText(/没有保存，请先改正/u);
    await toast.waitFor({ timeout: 20_000 });
    expect(await toast.innerText()).toMatch(/标语太长：这条 600×70 厘米的横幅一行最多放 12 个字/u);
    // The reasons stay above the form after Decap's notice has gone.
    await expect
      .poll(() => page.locator("#save-error").innerText())
      .toMatch(/宣传物料 content\/print\/zh-cn\/banner-duty-white-on-red\.yaml 的“标语/u);
    await page.screenshot({ path: "/tmp/studio-shots/form-error.png" });
    expect(await readFile(file, "utf8")).toBe(before);
    expect(await messages()).toEqual(commits);
    // The refused save is the one error Decap reports in the console.
    const unexpected = errors.filter((e) => !/没有保存|422|API_ERROR|^Object$/u.test(e));
    expect(unexpected).toEqual([]);
    errors.length = 0;
  });

  it("lists a file's history and restores an earlier version, as a new commit", async () => {
    const file = join(root, "content/data/slogans.yaml");
    const original = await readFile(join(fixtureContent, "data/slogans.yaml"), "utf8");
    expect(await readFile(file, "utf8")).not.toBe(original);
    await page.getByRole("button", { name: "修改历史" }).click();
    await page.locator("#history-file").fill("content/data/slogans.yaml");
    await page.getByRole("button", { name: "查看这个文件的历史" }).click();
    const versions = page.locator("#history li");
    await expect.poll(() => versions.count()).toBe(2);
    expect(await versions.first().innerText()).toContain("宣传标语：修改 guard-our-peace");
    await versions.nth(1).getByRole("button", { name: "恢复这个版本" }).click();
    await expect.poll(() => readFile(file, "utf8"), { timeout: 20_000 }).toBe(original);
    await expect
      .poll(async () => (await messages())[0], { timeout: 20_000 })
      .toMatch(/^恢复 宣传标语（content\/data\/slogans\.yaml）到 .* 的版本（[0-9a-f]{7}）$/u);
    await page.getByRole("button", { name: "编辑内容" }).click();
  });

  it("redraws a poster's preview after its text changes", async () => {
    await open("#/collections/materials-poster/entries/poster-report", "标语下的一段文字");
    // Translated collections show the other language beside the form; the preview takes its place.
    await cms.locator('button[title="打开/关闭国际化"]').click();
    await cms.locator('button[title="打开/关闭预览"]').click();
    const preview = cms.frameLocator("iframe").first();
    const image = preview.locator("img").first();
    await image.waitFor({ timeout: 30_000 });
    const first = await image.getAttribute("src");
    await page.screenshot({ path: "/tmp/studio-shots/poster-preview.png" });
    const started = performance.now();
    await cms.getByLabel("标语下的一段文字").first().fill("发现黑恶线索，请拨打举报电话。");
    await expect
      .poll(() => image.getAttribute("src"), { timeout: 30_000, interval: 100 })
      .not.toBe(first);
    // The preview waits 0.25 s after the last key, then draws.
    console.log(
      `poster preview redrawn ${Math.round(performance.now() - started)} ms after the change`,
    );
  });

  /** Decap's preview pane beside the form (translations hidden), whatever it showed before. */
  const showPreview = async () => {
    await cms.getByText("标题").first().waitFor({ timeout: 20_000 });
    if (await cms.getByText("正在使用EN撰写").isVisible()) {
      await cms.locator('button[title="打开/关闭国际化"]').click();
    }
    if ((await cms.locator("iframe").count()) === 0) {
      await cms.locator('button[title="打开/关闭预览"]').click();
    }
  };
  const sitePage = () => cms.frameLocator("iframe").first().frameLocator("iframe").first();

  it("shows a bulletin's page as the site does, and again after a save", async () => {
    await open("#/collections/bulletins/entries/gangxi-town-measures", "摘要");
    await showPreview();
    const heading = sitePage().locator("main h1");

    await expect
      .poll(() => heading.innerText().catch(() => ""), { timeout: 60_000 })
      .toBe("港西镇多措并举扎实推进扫黑除恶专项斗争");
    // The site's own header and navigation: the real layout, not Decap's generic preview.
    expect(await sitePage().locator("header").first().innerText()).toContain("工作动态");
    await page.screenshot({ path: "/tmp/studio-shots/page-preview.png" });
    await cms.getByLabel("标题").first().fill("港西镇多措并举推进扫黑除恶专项斗争");
    const started = performance.now();
    await publishNow();
    await expect
      .poll(() => heading.innerText().catch(() => ""), { timeout: 30_000, interval: 100 })
      .toBe("港西镇多措并举推进扫黑除恶专项斗争");
    console.log(
      `page preview shows the saved title ${Math.round(performance.now() - started)} ms after 立即发布`,
    );
    await sitePage().locator("main h1").waitFor();
  });

  it("uploads a cover photo: alt text required, EXIF/GPS gone, shown on the page", async () => {
    const photo = join(root, "photo-from-phone.jpg");
    await writeFile(
      photo,
      await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#1565c0" } })
        .withExif({ IFD0: { Artist: "某摄影者" }, IFD3: { GPSLatitudeRef: "N" } })
        .jpeg()
        .toBuffer(),
    );
    const stored = join(root, "content/bulletins/zh-cn/photo-from-phone.jpg");
    const bulletin = join(root, "content/bulletins/zh-cn/gangxi-town-measures.md");
    const before = await readFile(bulletin, "utf8");
    await cms.getByText("选择图片").first().click();
    await cms.locator('input[type="file"]').first().setInputFiles(photo);
    await cms.getByText("选用已选中项目").click();
    await publishNow();
    await expect
      .poll(() => page.locator("#save-error").innerText(), { timeout: 20_000 })
      .toMatch(/“封面图片的文字说明”（coverAlt）：设置了封面图片（cover）就要填写 coverAlt/u);
    expect(existsSync(stored)).toBe(false);
    expect(await readFile(bulletin, "utf8")).toBe(before);
    await cms.getByLabel("封面图片的文字说明").first().fill("港西镇扫黑除恶宣传工作会现场");
    await publishNow();
    await expect.poll(() => existsSync(stored), { timeout: 20_000 }).toBe(true);
    const metadata = await sharp(await readFile(stored)).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.width).toBe(1600);
    const text = await readFile(bulletin, "utf8");
    expect(text).toContain("cover: ./photo-from-phone.jpg");
    expect(text).toContain("coverAlt: 港西镇扫黑除恶宣传工作会现场");
    await expect
      .poll(async () => (await messages())[0], { timeout: 20_000 })
      .toMatch(
        /^修改 工作动态《港西镇多措并举推进扫黑除恶专项斗争》（content\/bulletins\/zh-cn\/gangxi-town-measures\.md） 等 2 处/u,
      );
    const cover = sitePage().locator('main img[alt="港西镇扫黑除恶宣传工作会现场"]');
    await cover.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 20_000 })
      .toBe(1600);
    // The refused save is the one error Decap reports in the console.
    expect(errors.filter((e) => !/没有保存|422|API_ERROR|^Object$/u.test(e))).toEqual([]);
    errors.length = 0;
  });

  it("keeps an .mdx explainer's Aside exactly as the gate allows it through a save", async () => {
    const file = join(root, "content/explainers/zh-cn/soft-violence-debt-collection.mdx");
    const before = await readFile(file, "utf8");
    await open(
      "#/collections/explainers-mdx/entries/soft-violence-debt-collection",
      "以案释法（带提示框，.mdx）",
    );
    await cms.getByText("摘要").first().waitFor();
    const summary = cms.getByLabel("摘要").first();
    await summary.fill(`${await summary.inputValue()}（已核对）`);
    await publishNow();
    await expect.poll(() => readFile(file, "utf8"), { timeout: 20_000 }).not.toBe(before);
    const body = (text: string) => text.slice(text.indexOf("\n---\n", 4));
    expect(body(await readFile(file, "utf8"))).toBe(body(before));
    expect(await readFile(file, "utf8")).toContain('<Aside title="什么是软暴力">');
  });

  it("imports a pasted news text as a bulletin, through the gate, as a commit", async () => {
    const text = await readFile(join(projectRoot, "tests/fixtures/import/simplified.txt"), "utf8");
    await page.getByRole("button", { name: "导入新闻" }).click();
    await page.locator("#import-text").fill(text);
    await page.getByRole("button", { name: "导入为工作动态" }).click();
    await page.getByText("去编辑这篇工作动态").waitFor({ timeout: 60_000 });
    const state = await page.locator("#import-state").innerText();
    const path = /已导入为 (content\/bulletins\/zh-cn\/[\w-]+\.md)/u.exec(state)?.[1] ?? "";
    expect(existsSync(join(root, path))).toBe(true);
    await expect
      .poll(async () => (await messages())[0], { timeout: 20_000 })
      .toMatch(new RegExp(`^导入 工作动态《.+》（${path}）`, "u"));
    await page.getByText("去编辑这篇工作动态").click();
    await cms.getByText("正在集合“工作动态”中编写").waitFor({ timeout: 20_000 });
  });

  it("imports a dropped .docx file and merges its ledger proposal from the form", async () => {
    await page.getByRole("button", { name: "导入新闻" }).click();
    await page
      .locator("#import-file")
      .setInputFiles(join(projectRoot, "tests/fixtures/import/report.docx"));
    await page.getByText("去编辑这篇工作动态").waitFor({ timeout: 60_000 });
    const state = await page.locator("#import-state").innerText();
    const path = /已导入为 (content\/bulletins\/zh-cn\/[\w-]+\.md)/u.exec(state)?.[1] ?? "";
    expect(await readFile(join(root, path), "utf8")).toMatch(/^draft: true$/mu);
    expect(await page.locator("#import-notes").innerText()).toContain("读取为 Word (.docx)");
    const proposal = path.replace(/\.md$/u, ".ledger.yaml");
    const form = page.locator(`form[data-proposal="${proposal}"]`);
    await form.waitFor({ timeout: 20_000 });
    const rows = form.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await rows.count()); i++) {
      await rows.nth(i).getByLabel("地点（英文）").fill("Hongxing Community");
      await rows.nth(i).getByLabel("来源").fill("红星社区工作动态");
    }
    const ids = await rows
      .getByLabel("编号", { exact: true })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    await page
      .locator("#ledger-review")
      .screenshot({ path: "/tmp/studio-shots/ledger-proposal.png" });
    await form.getByRole("button", { name: "合并到宣传台账" }).click();
    await expect
      .poll(() => page.locator("#merge-state").innerText(), { timeout: 30_000 })
      .toBe(`已合并 ${ids.length} 项到宣传台账。`);
    const ledger = await readFile(join(root, "content/data/ledger.yaml"), "utf8");
    for (const id of ids) expect(ledger).toContain(`- id: ${id}`);
    expect(existsSync(join(root, proposal))).toBe(false);
    expect((await messages())[0]).toMatch(/^宣传台账：合并导入的数字 /u);
  });

  it("switches to English and back", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Edit content" }).waitFor({ timeout: 20_000 });
    await cms.getByText("News", { exact: true }).first().waitFor({ timeout: 30_000 });
    const text = await cms.locator("body").innerText();
    for (const area of ["News", "Cases explained", "Q&A", "Slogans", "Publicity ledger"]) {
      expect(text).toContain(area);
    }
    await page.screenshot({ path: "/tmp/studio-shots/english-ui.png" });
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("button", { name: "编辑内容" }).waitFor({ timeout: 20_000 });
    await cms.getByText("工作动态", { exact: true }).first().waitFor({ timeout: 30_000 });
  });

  it("draws a material's PDF with the options chosen, marked as a proof while it holds sample data", async () => {
    await page.getByRole("button", { name: "物料预览" }).click();
    await page.locator("#material").selectOption("content/print/zh-cn/poster-report.yaml");
    await page.locator("#paper").selectOption("A2");
    await page.locator("#crop").check();
    await page.getByRole("button", { name: "生成 PDF" }).click();
    const link = page.locator("#pdf-links a").first();
    await link.waitFor({ timeout: 60_000 });
    expect(await link.innerText()).toContain("poster-report-zh-cn-A2.pdf");
    expect(await page.locator("#pdf-links").innerText()).toContain("样稿");
    const href = (await link.getAttribute("href")) ?? "";
    const pdf = Buffer.from(await (await fetch(new URL(href, address))).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("lists the release blockers of the sample content as a checklist", async () => {
    await page.getByRole("button", { name: "发布", exact: true }).first().click();
    await page.getByRole("button", { name: "检查并发布" }).click();
    const items = page.locator("#blockers li");
    await items.first().waitFor({ timeout: 60_000 });
    expect(await items.count()).toBeGreaterThan(0);
    expect(await page.locator("#publish-state").innerText()).toMatch(/还有 \d+ 处要先改好/u);
    expect(await items.first().getByRole("link").innerText()).toContain("去修改");
    // The bulletin made through the forms has no English yet: listed, with its form.
    const translations = page.locator("#translations li", { hasText: "还没有英文译文" });
    await translations.first().waitFor({ timeout: 60_000 });
    expect(await translations.first().getByRole("link", { name: "去翻译" }).count()).toBe(1);
    await page.screenshot({ path: "/tmp/studio-shots/publish-checklist.png" });
    await page.locator("#translations").screenshot({ path: "/tmp/studio-shots/translations.png" });
  });

  it("asked for nothing beyond this machine, with no console error", () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("stops cleanly on Ctrl-C", async () => {
    let said = "";
    child.stdout?.on("data", (chunk: Buffer) => (said += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(said).toContain("工作台已停止");
    await expect(fetch(address)).rejects.toThrow();
    console.log(`studio answered ${Math.round(startMs)} ms after it was started`);
  });
});
