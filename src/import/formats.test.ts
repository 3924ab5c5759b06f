/**
 * The importer end to end on what offices receive: a real .docx, GBK/UTF-16/Big5 text, a page
 * with markup; and its refusals (duplicates, size, drops over 5 %, an unusable --out), each of
 * which writes nothing.
 */
import iconv from "iconv-lite";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { setMessageLocale } from "../i18n/messages.ts";
import { makeDocx, PNG } from "./fixtures/docx.ts";
import { importArticle, type ImportOptions } from "./run.ts";

let out: string;
let root: string;
beforeAll(() => setMessageLocale("en"));
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "pingan-import-"));
  root = mkdtempSync(join(tmpdir(), "pingan-root-"));
});
afterEach(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

const options = (
  input: Uint8Array,
  inputName: string,
  extra: Partial<Omit<ImportOptions, "outDir">> & { outDir?: string | undefined } = {},
): ImportOptions => ({
  input,
  inputName,
  locale: "zh-cn",
  outDir: out,
  root,
  force: false,
  today: "2026-01-05",
  ...extra,
});

const REPORT = [
  "某县扫黑办召开宣传工作推进会",
  "来源：某某日报 2019-04-23",
  "本报讯（记者 张三 通讯员 李四）4月22日，某县扫黑办召开宣传工作推进会，要求各乡镇把宣传工作做实做细。",
  "截至目前，全县共张贴标语1200条，悬挂横幅300条，发放明白纸5万余份。",
  "会议强调，要畅通举报渠道，依法保护举报人。",
].join("\n");

function read(path: string): { data: Record<string, unknown>; body: string } {
  const [, head = "", body = ""] = readFileSync(path, "utf8").split(/^---$/mu);
  return { data: parse(head) as Record<string, unknown>, body: body.trim() };
}

describe("encodings", () => {
  const traditional = OpenCC.Converter({ from: "cn", to: "tw" })(REPORT);
  it.each([
    ["UTF-8", Buffer.from(REPORT), "UTF-8"],
    ["UTF-8 with BOM", Buffer.from(`\uFEFF${REPORT}`), "UTF-8 (BOM)"],
    ["UTF-16LE", iconv.encode(REPORT, "utf-16le", { addBOM: true }), "UTF-16LE"],
    ["UTF-16BE", iconv.encode(REPORT, "utf-16be", { addBOM: true }), "UTF-16BE"],
    ["GBK", iconv.encode(REPORT, "gbk"), "GB18030"],
    ["GB18030", iconv.encode(REPORT, "gb18030"), "GB18030"],
    ["Big5 (traditional)", iconv.encode(traditional, "big5"), "Big5"],
  ])("imports %s and says which encoding it read", async (_name, bytes, encoding) => {
    const outcome = await importArticle(options(bytes, "a.txt"));
    expect(outcome.readAs).toBe(encoding);
    expect(outcome.notes[0]?.text.en).toBe(`read as ${encoding}`);
    const { data, body } = read(outcome.bulletinPath);
    expect(data).toMatchObject({
      title: "某县扫黑办召开宣传工作推进会",
      source: "某某日报",
      date: "2019-04-23",
      authors: [
        { role: "reporter", name: "张三" },
        { role: "correspondent", name: "李四" },
      ],
    });
    expect(body.startsWith("4月22日，某县扫黑办")).toBe(true);
  });
});

describe("Word files", () => {
  it("imports a .docx with a heading, a list and images, saving the images beside it", async () => {
    const docx = makeDocx([
      { heading: 1, text: "港西镇召开扫黑除恶推进会" },
      { paragraph: "本网讯（王 伟）2019年6月28日，港西镇召开扫黑除恶专项斗争推进会。" },
      { heading: 2, text: "宣传情况" },
      { bullet: "张贴标语450条" },
      { bullet: "发放明白纸6800份" },
      { image: PNG },
      { caption: "图为推进会现场" },
      { paragraph: "会议要求各村把宣传工作做实做细。" },
      { image: PNG },
    ]);
    const outcome = await importArticle(options(docx, "report.docx"));
    expect(outcome.readAs).toBe("Word (.docx)");
    const slug = "2019-06-28-gang-xi-zhen-zhao-kai-sao";
    expect(readdirSync(out).sort()).toEqual([
      `${slug}-1.png`,
      `${slug}-2.png`,
      `${slug}.ledger.yaml`,
      `${slug}.md`,
    ]);
    expect(readFileSync(join(out, `${slug}-1.png`))).toEqual(PNG);
    const { data, body } = read(outcome.bulletinPath);
    expect(data).toMatchObject({
      title: "港西镇召开扫黑除恶推进会",
      date: "2019-06-28",
      authors: [{ role: "reporter", name: "王伟" }],
      cover: `./${slug}-1.png`,
      coverAlt: "图为推进会现场",
    });
    expect(body.split("\n\n")).toEqual([
      "2019年6月28日，港西镇召开扫黑除恶专项斗争推进会。",
      "## 宣传情况",
      "- 张贴标语450条",
      "- 发放明白纸6800份",
      "图为推进会现场",
      "会议要求各村把宣传工作做实做细。",
      `![待填写](./${slug}-2.png)`,
    ]);
    expect(outcome.article.figures.map((f) => [f.kind, f.count])).toEqual([
      ["slogans", 450],
      ["leaflets", 6800],
    ]);
    expect(
      outcome.notes.some(
        (n) => n.level === "warning" && n.text.en.includes("alt text is “待填写”"),
      ),
    ).toBe(true);
  });

  it("refuses a file that is not a Word file, and an old .doc, writing nothing", async () => {
    await expect(importArticle(options(Buffer.from("not a zip"), "a.docx"))).rejects.toThrow(
      /a\.docx is not a readable Word file.*Save as/su,
    );
    await expect(importArticle(options(Buffer.from("x"), "a.doc"))).rejects.toThrow(/\.docx/u);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("markup", () => {
  it("publishes no script, meta refresh, remote image or javascript: link from pasted text", async () => {
    const text = [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      "<script>alert(1)</script>",
      REPORT,
      '<img src="https://cdn.example.com/a.jpg" onerror="x()">',
      '<p>详情见<a href="javascript:alert(2)">这里</a>和<a href="https://www.12337.gov.cn">平台</a>。&lt;script&gt;</p>',
    ].join("\n");
    const outcome = await importArticle(options(Buffer.from(text), "paste.txt"));
    const written = readFileSync(outcome.bulletinPath, "utf8");
    expect(written).not.toMatch(/<script|<meta|<img|javascript:|cdn\.example|onerror/iu);
    expect(written).toContain("详情见这里和[平台](https://www.12337.gov.cn)。&lt;script>");
    const notes = outcome.notes.map((n) => n.text.en).join("\n");
    expect(notes).toMatch(/dropped markup: 1 scripts, 1 meta\/link tags, 1 event attributes/u);
    expect(notes).toContain("automatic redirect");
    expect(notes).toMatch(/1 links were not http\/https/u);
    expect(notes).toMatch(/1 images on other sites/u);
  });
});

describe("site chrome against text", () => {
  it("keeps a paragraph starting with 相关新闻 and everything after it", async () => {
    const text = `${REPORT}\n相关新闻发布会上，县扫黑办负责人介绍了举报奖励办法，共受理举报线索36条。\n第四段：全县发放明白纸2000份。`;
    const outcome = await importArticle(options(Buffer.from(text), "a.txt"));
    const { body } = read(outcome.bulletinPath);
    expect(body).toContain("相关新闻发布会上");
    expect(body).toContain("第四段");
    expect(outcome.article.droppedChars).toBe(0);
  });

  it("asks for --force when more than 5 % would be dropped, listing it, and writes nothing", async () => {
    const text = `${REPORT}\n相关阅读\n某县召开扫黑除恶专项斗争推进会\n某市开展扫黑除恶集中宣传月活动\n某镇发放扫黑除恶明白纸\n某村召开群众会`;
    await expect(importArticle(options(Buffer.from(text), "a.txt"))).rejects.toThrow(
      /would be dropped \(\d+\.\d% of the text, over 5%\).*“某县召开扫黑除恶专项斗争推进会”.*--force/su,
    );
    expect(readdirSync(out)).toEqual([]);
    const outcome = await importArticle(options(Buffer.from(text), "a.txt", { force: true }));
    expect(read(outcome.bulletinPath).body).not.toContain("某村召开群众会");
  });

  it("removes stray question marks and says so", async () => {
    const text = REPORT.replace("截至目前", "?截至目前").replace("会议强调", "?会议强调");
    const outcome = await importArticle(options(Buffer.from(text), "a.txt"));
    expect(read(outcome.bulletinPath).body).not.toContain("?");
    expect(outcome.notes.map((n) => n.text.en)).toContain(
      "removed 2 question marks standing for characters lost in copying (at a paragraph start or between sentences)",
    );
  });
});

describe("duplicates", () => {
  const publish = (name: string, title: string, body: string) => {
    mkdirSync(join(root, "content/bulletins/zh-cn"), { recursive: true });
    writeFileSync(
      join(root, "content/bulletins/zh-cn", name),
      `---\ntitle: "${title}"\n---\n\n${body}\n`,
    );
  };

  it("refuses a text whose title matches a published bulletin, naming it", async () => {
    publish("old.md", "某县扫黑办召开宣传工作推进会", "另一篇正文。");
    await expect(importArticle(options(Buffer.from(REPORT), "a.txt"))).rejects.toThrow(
      /already published: the same title as .*content\/bulletins\/zh-cn\/old\.md.*--force/su,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it("refuses a text 90 % the same as a published one, and imports it with --force", async () => {
    const body = REPORT.split("\n")
      .slice(2)
      .join("\n\n")
      .replace("本报讯（记者 张三 通讯员 李四）", "");
    publish("old.md", "另一个标题", body.replace("依法保护举报人", "保护举报人"));
    await expect(importArticle(options(Buffer.from(REPORT), "a.txt"))).rejects.toThrow(
      /already published: 9\d% of the text the same as .*old\.md/su,
    );
    await importArticle(options(Buffer.from(REPORT), "a.txt", { force: true }));
    expect(readdirSync(out)).toHaveLength(2);
  });

  it("imports a different report on the same subject", async () => {
    publish(
      "old.md",
      "某县召开推进会",
      "某县召开推进会，部署下一阶段扫黑除恶工作。会议由县委书记主持。",
    );
    await importArticle(options(Buffer.from(REPORT), "a.txt"));
    expect(readdirSync(out)).toHaveLength(2);
  });
});

describe("size", () => {
  it("asks for --force above 200 KB of text, saying why", async () => {
    const big = `${REPORT}\n${"扫黑除恶专项斗争宣传工作。".repeat(6000)}`;
    await expect(importArticle(options(Buffer.from(big), "big.txt"))).rejects.toThrow(
      /big\.txt holds 2\d\d KB of text, over the 200 KB.*645 s.*--force/su,
    );
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("ledger period", () => {
  it("is read from the text's dates, never today", async () => {
    const outcome = await importArticle(options(Buffer.from(REPORT), "a.txt"));
    const entries = parse(readFileSync(outcome.ledgerPath ?? "", "utf8")) as Record<
      string,
      unknown
    >[];
    expect(entries.map((e) => [e["periodStart"], e["periodEnd"]])[0]).toEqual([
      "2018-01-01",
      "2019-04-23",
    ]);
    const undated = REPORT.replace("来源：某某日报 2019-04-23", "来源：某某日报").replace(
      "截至目前，",
      "",
    );
    const second = await importArticle(
      options(Buffer.from(undated), "b.txt", { force: true, outDir: join(out, "b") }),
    );
    const text = readFileSync(second.ledgerPath ?? "", "utf8");
    expect(text).not.toMatch(/period(?:Start|End): 2026-01-05/u);
    expect((parse(text) as Record<string, unknown>[])[0]).toMatchObject({
      periodStart: "待填写",
      periodEnd: "待填写",
    });
  });
});

describe("other collections", () => {
  it.each([
    ["explainer", "explainers", /charges:\n  - "待填写"\nstatutes:\n  - law: criminal-law/u],
    ["qa", "qa", /question: "某县扫黑办召开宣传工作推进会"\ntopic: basics\nupdated: 2019-04-23/u],
    ["guide", "guides", /title: "某县扫黑办召开宣传工作推进会"\nsummary: .*\nupdated: 2019-04-23/u],
  ] as const)("--type %s writes into content/%s", async (kind, collection, frontmatter) => {
    const outcome = await importArticle(
      options(Buffer.from(REPORT), "a.txt", { kind, outDir: undefined }),
    );
    expect(outcome.bulletinPath.startsWith(join(root, "content", collection, "zh-cn"))).toBe(true);
    expect(readFileSync(outcome.bulletinPath, "utf8")).toMatch(frontmatter);
    expect(outcome.ledgerPath).toBeUndefined();
  });
});

describe("--out", () => {
  it.each([
    [
      "a file",
      () => {
        writeFileSync(join(out, "file"), "");
        return join(out, "file");
      },
      /--out .*file: it is a file, not a folder\. Nothing was written/u,
    ],
    [
      "under a file",
      () => {
        writeFileSync(join(out, "file"), "");
        return join(out, "file", "sub");
      },
      /part of the path is a file/u,
    ],
    [
      "under /proc",
      () => "/proc/pingan-import-test",
      /--out \/proc\/pingan-import-test.*no folder or file can be made there/u,
    ],
  ])("refuses %s in one line, quickly, writing nothing", async (_name, make, message) => {
    const dir = make();
    await expect(
      importArticle(options(Buffer.from(REPORT), "a.txt", { outDir: dir, force: true })),
    ).rejects.toThrow(message);
    expect(readdirSync(out).filter((name) => name !== "file")).toEqual([]);
  });

  // Root may write anywhere, so the permission check can only be seen as another user.
  it.skipIf(process.getuid?.() === 0)("refuses a folder it may not write to", async () => {
    const locked = join(out, "locked");
    mkdirSync(locked, { mode: 0o555 });
    await expect(
      importArticle(options(Buffer.from(REPORT), "a.txt", { outDir: join(locked, "x") })),
    ).rejects.toThrow(/--out .*locked: permission denied\. Nothing was written/u);
    expect(readdirSync(locked)).toEqual([]);
  });

  it("says it in Chinese by default", async () => {
    setMessageLocale("zh-cn");
    try {
      await expect(
        importArticle(options(Buffer.from(REPORT), "a.txt", { outDir: "/proc/x", force: true })),
      ).rejects.toThrow("--out /proc/x：不能在这里建立文件夹或文件。什么也没有写入");
    } finally {
      setMessageLocale("en");
    }
  });
});

describe("Markdown files", () => {
  it("reads a frontmatter's title, source and date, and lists the fields it does not carry over", async () => {
    const text = `---\ntitle: "某县扫黑办召开宣传工作推进会"\nsource: 某某日报\ndate: 2019-04-23\ntags: [宣传]\n---\n\n本报讯（记者 张三）4月22日，某县召开推进会。\n\n会议要求做实做细。\n`;
    const outcome = await importArticle(options(Buffer.from(text), "a.md"));
    expect(outcome.article).toMatchObject({
      title: "某县扫黑办召开宣传工作推进会",
      source: "某某日报",
      date: "2019-04-23",
      paragraphs: ["4月22日，某县召开推进会。", "会议要求做实做细。"],
    });
    expect(outcome.notes.map((n) => n.text.en)).toContain(
      "these frontmatter fields were not carried over; fill them in again if wanted: tags",
    );
  });
});
