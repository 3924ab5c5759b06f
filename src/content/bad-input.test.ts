/**
 * The bad-input suite: content broken the ways staff break it, each run through `npm run check`'s
 * gate and through the build (which runs the same gate before Astro starts). Each case says
 * what the message must name; both must refuse with the same messages, and the build must leave
 * the previous dist/ exactly as it was. Cases copy the fixture content (tests/fixtures/content),
 * never the shipped samples.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureContent, projectRoot } from "../../tests/support/project.ts";
import { buildSite } from "../build/run.ts";
import { setMessageLocale } from "../i18n/messages.ts";
import { runGate } from "./gate.ts";
import { ContentProblems, formatProblem, type Problem } from "./problems.ts";

interface Case {
  name: string;
  /** Breaks the copy of the content under `content`. */
  breakIt(content: string): void;
  /** Each must match one error line (in Chinese, the default), in this order of finding. */
  expect: RegExp[];
  /** These are all the errors: nothing else is said of the same mistake. */
  only?: boolean;
}

const edit = (path: string, from: RegExp | string, to: string) => {
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the case's edit changed nothing in ${path}`);
  writeFileSync(path, after);
};

const BULLETIN = "bulletins/zh-cn/gangxi-town-measures.md";
const EXPLAINER = "explainers/zh-cn/reporter-protected.md";
const MDX = "explainers/zh-cn/soft-violence-debt-collection.mdx";

export const cases: Case[] = [
  {
    name: "a print shop's profile that is an RGB display profile, not a CMYK press profile",
    breakIt: (c) => {
      mkdirSync(join(c, "data/profiles"));
      copyFileSync(
        join(projectRoot, "src/print/profiles/srgb.icc"),
        join(c, "data/profiles/shop.icc"),
      );
      writeFileSync(join(c, "data/print.yaml"), "profile: profiles/shop.icc\n");
    },
    expect: [
      /content\/data\/print\.yaml: profile: content\/data\/profiles\/shop\.icc不是 CMYK 印刷（输出）特性文件：它是 RGB 的“mntr”类文件/u,
    ],
  },
  {
    name: "the English reporting guide deleted (QR codes would open the Chinese page)",
    breakIt: (c) => unlinkSync(join(c, "guides/en/report.md")),
    expect: [
      /content\/print\/en\/poster-report\.yaml:\d+: qr: 二维码要打开的指南“report”没有 en 版本/u,
    ],
  },
  {
    name: "a YAML syntax error in a data file",
    breakIt: (c) => edit(join(c, "data/channels.yaml"), "kind: web", 'kind: "web'),
    expect: [
      /content\/data\/channels\.yaml:\d+: .*引号没有成对|content\/data\/channels\.yaml:\d+: 不是有效的 YAML/u,
    ],
  },
  {
    name: "a duplicate id in channels.yaml",
    breakIt: (c) =>
      edit(join(c, "data/channels.yaml"), "- id: national-12337-qr", "- id: national-12337-web"),
    expect: [
      /channels\.yaml:\d+: national-12337-web\.id: id“national-12337-web”用了两次（第 3 行和第 \d+ 行）/u,
    ],
  },
  {
    name: "a duplicate id in ledger.yaml",
    breakIt: (c) =>
      edit(join(c, "data/ledger.yaml"), "- id: gangxi-2019-banners", "- id: gangxi-2019-slogans"),
    expect: [/ledger\.yaml:\d+: gangxi-2019-slogans\.id: id“gangxi-2019-slogans”用了两次/u],
  },
  {
    name: "a duplicate id in slogans.yaml (blamed on the slogan file, not a banner)",
    breakIt: (c) => {
      const path = join(c, "data/slogans.yaml");
      const first = /- id: ([a-z0-9-]+)/u.exec(readFileSync(path, "utf8"))?.[1] ?? "";
      const second = [...readFileSync(path, "utf8").matchAll(/- id: ([a-z0-9-]+)/gu)][1]?.[1] ?? "";
      edit(path, `- id: ${second}`, `- id: ${first}`);
    },
    expect: [/slogans\.yaml:\d+: [a-z0-9-]+\.id: id“[a-z0-9-]+”用了两次/u],
  },
  {
    name: "an impossible date, unquoted",
    breakIt: (c) => edit(join(c, BULLETIN), /^date: .*$/mu, "date: 2019-02-30"),
    expect: [/gangxi-town-measures\.md:3: date: “2019-02-30”不是日历上的日期/u],
  },
  {
    name: "an impossible time of day",
    breakIt: (c) => edit(join(c, BULLETIN), /^date: .*$/mu, "date: 2019-06-30T25:00:00"),
    expect: [/gangxi-town-measures\.md:3: date: “2019-06-30T25:00:00”不是日历上的日期/u],
  },
  {
    name: "an impossible ledger period end",
    breakIt: (c) =>
      edit(join(c, "data/ledger.yaml"), "periodEnd: 2019-06-30", "periodEnd: 2019-02-30"),
    expect: [/ledger\.yaml:\d+: gangxi-2019-slogans\.periodEnd: “2019-02-30”不是日历上的日期/u],
  },
  {
    name: "a GBK-encoded Markdown file",
    breakIt: (c) =>
      writeFileSync(
        join(c, "bulletins/zh-cn/gbk-news.md"),
        iconv.encode(
          "---\ntitle: 港西镇召开扫黑除恶推进会\n---\n\n港西镇召开扫黑除恶专项斗争推进会议，部署下一阶段工作。\n",
          "gbk",
        ),
      ),
    expect: [/gbk-news\.md: 文件是 GB18030\/GBK 编码，不是 UTF-8/u],
  },
  {
    name: "a UTF-16 text file",
    breakIt: (c) =>
      writeFileSync(
        join(c, "bulletins/zh-cn/utf16-news.md"),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\ntitle: x\n---\n", "utf16le")]),
      ),
    expect: [/utf16-news\.md: 文件是 UTF-16LE 编码/u],
  },
  {
    name: "a PNG renamed .md",
    breakIt: (c) =>
      writeFileSync(
        join(c, "bulletins/zh-cn/photo.md"),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      ),
    expect: [/photo\.md: 不是文本文件（看起来是PNG 图片）/u],
  },
  {
    name: "an upper-case extension",
    breakIt: (c) => writeFileSync(join(c, "bulletins/zh-cn/news.MD"), "---\ntitle: x\n---\n"),
    expect: [/news\.MD: 扩展名要用小写：改名为 news\.md/u],
  },
  {
    name: "a .markdown file",
    breakIt: (c) => writeFileSync(join(c, "bulletins/zh-cn/news.markdown"), "x"),
    expect: [/news\.markdown: 扩展名要改成 \.md/u],
  },
  {
    name: "a .txt and a .docx dropped into a locale folder",
    breakIt: (c) => {
      writeFileSync(join(c, "bulletins/zh-cn/news.txt"), "港西镇");
      writeFileSync(join(c, "bulletins/zh-cn/report.docx"), Buffer.from([0x50, 0x4b, 3, 4, 0]));
    },
    expect: [
      /news\.txt: 这种文件网站不会读取：新闻稿请用 npm run import 导入/u,
      /report\.docx: 这种文件网站不会读取/u,
    ],
  },
  {
    name: "a subfolder inside a locale folder",
    breakIt: (c) => {
      mkdirSync(join(c, "bulletins/zh-cn/2019"));
      cpSync(join(c, BULLETIN), join(c, "bulletins/zh-cn/2019/again.md"));
    },
    expect: [/bulletins\/zh-cn\/2019\/again\.md: 语言文件夹里不能再建子文件夹/u],
  },
  {
    name: "an extra data file",
    breakIt: (c) => writeFileSync(join(c, "data/phones.yaml"), "- id: x\n"),
    expect: [/content\/data\/phones\.yaml: 网站不会读取这个文件/u],
  },
  {
    name: "a file in an unknown folder and one loose in content/",
    breakIt: (c) => {
      mkdirSync(join(c, "news"));
      writeFileSync(join(c, "news/a.md"), "x");
      writeFileSync(join(c, "notes.md"), "x");
    },
    expect: [
      /content\/news\/a\.md: 网站不会读取这里的文件/u,
      /content\/notes\.md: 网站不会读取这里的文件/u,
    ],
  },
  {
    name: "an unknown locale folder",
    breakIt: (c) => {
      mkdirSync(join(c, "bulletins/fr"));
      cpSync(join(c, BULLETIN), join(c, "bulletins/fr/gangxi-town-measures.md"));
    },
    expect: [/bulletins\/fr\/gangxi-town-measures\.md: “fr”不是语言文件夹/u],
  },
  {
    name: "a file name that cannot be an address",
    breakIt: (c) => cpSync(join(c, BULLETIN), join(c, "bulletins/zh-cn/港西镇.md")),
    expect: [/港西镇\.md: 文件名“港西镇”会成为网址/u],
  },
  {
    name: "news.md and news.mdx with one address",
    breakIt: (c) => cpSync(join(c, BULLETIN), join(c, "bulletins/zh-cn/gangxi-town-measures.mdx")),
    expect: [
      /gangxi-town-measures\.mdx: 和 content\/bulletins\/zh-cn\/gangxi-town-measures\.md 的网址相同/u,
    ],
  },
  {
    name: "a count written 450余",
    breakIt: (c) => edit(join(c, "data/ledger.yaml"), "count: 450", "count: 450余"),
    expect: [
      /ledger\.yaml:\d+: gangxi-2019-slogans\.count: “450余”不是数字：写成 count: 450，另起一行写 atLeast: true/u,
    ],
  },
  {
    name: "tags written as one word",
    breakIt: (c) => edit(join(c, BULLETIN), /^tags:\n(?: {2}- .*\n)+/mu, "tags: 宣传发动\n"),
    expect: [/gangxi-town-measures\.md:\d+: tags: tags 应当是列表：写成 tags: \[宣传发动\]/u],
  },
  {
    name: "a full-width colon after a field name",
    breakIt: (c) => edit(join(c, BULLETIN), /^place: /mu, "place："),
    expect: [
      /gangxi-town-measures\.md:5: 字段 place 后面用了中文冒号“：”：请改成英文冒号加一个空格，写成 place: /u,
    ],
  },
  {
    name: "a tab for indentation",
    breakIt: (c) => edit(join(c, BULLETIN), "  - 组织领导", "\t- 组织领导"),
    expect: [/gangxi-town-measures\.md:\d+: 这一行用 Tab 键缩进/u],
  },
  {
    name: "a misspelt field",
    breakIt: (c) => edit(join(c, BULLETIN), /^place:/mu, "plase:"),
    expect: [
      /gangxi-town-measures\.md:\d+: 未知字段 "plase"/u,
      /gangxi-town-measures\.md:\d+: place: 缺少：请填写这条动态所说的地点/u,
    ],
  },
  {
    name: "a file without frontmatter",
    breakIt: (c) => writeFileSync(join(c, "bulletins/zh-cn/bare.md"), "港西镇召开会议。\n"),
    expect: [/bare\.md:1: 没有文件头/u],
  },
  {
    name: "a javascript: quick-exit address",
    breakIt: (c) =>
      edit(
        join(c, "data/site.yaml"),
        "quickExitUrl: https://www.weather.com.cn/",
        'quickExitUrl: "javascript:alert(1)"',
      ),
    expect: [/site\.yaml:\d+: zh-cn\.quickExitUrl: “javascript:alert\(1\)”不是可用的网址/u],
  },
  {
    name: "a javascript: address for a web channel",
    breakIt: (c) =>
      edit(
        join(c, "data/channels.yaml"),
        "value: https://www.12337.gov.cn/",
        'value: "JaVaScRiPt:alert(1)"',
      ),
    expect: [
      /channels\.yaml:\d+: national-12337-web\.value: “JaVaScRiPt:alert\(1\)”不是可用的网址/u,
    ],
  },
  {
    name: "a meta refresh in a bulletin",
    breakIt: (c) =>
      edit(
        join(c, BULLETIN),
        "自扫黑除恶",
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n自扫黑除恶',
      ),
    expect: [/gangxi-town-measures\.md:\d+: 正文里不能用 HTML 标签 <meta>/u],
  },
  {
    name: "a meta referrer and a preconnect link",
    breakIt: (c) =>
      edit(
        join(c, BULLETIN),
        "自扫黑除恶",
        '<meta name="referrer" content="unsafe-url"><link rel="preconnect" href="https://evil.example">\n\n自扫黑除恶',
      ),
    expect: [/正文里不能用 HTML 标签 <meta>/u, /正文里不能用 HTML 标签 <link>/u],
  },
  {
    name: "a script, an event attribute and an iframe",
    breakIt: (c) =>
      edit(
        join(c, BULLETIN),
        "自扫黑除恶",
        '<script>alert(1)</script>\n\n<sup onclick="x()">1</sup> <iframe src="https://evil.example"></iframe>\n\n自扫黑除恶',
      ),
    expect: [/<script>/u, /<sup> 不能带属性 onclick/u, /<iframe>/u],
  },
  {
    name: "javascript: and data: links, in any case",
    breakIt: (c) =>
      edit(
        join(c, BULLETIN),
        "自扫黑除恶",
        "[点这里](javascript:alert(1)) [又一个]( JaVaScRiPt:alert(1)) [图](data:text/html,x)\n\n自扫黑除恶",
      ),
    expect: [
      /不允许的链接“javascript:alert\(1\)”/u,
      /不允许的链接“JaVaScRiPt:alert\(1\)”/u,
      /不允许的链接“data:text\/html,x”/u,
    ],
  },
  {
    name: "an outside image",
    breakIt: (c) =>
      edit(join(c, BULLETIN), "自扫黑除恶", "![x](https://evil.example/pixel.png)\n\n自扫黑除恶"),
    expect: [/图片“https:\/\/evil\.example\/pixel\.png”来自本站以外/u],
  },
  {
    name: "an MDX explainer that imports node:fs and prints the host name",
    breakIt: (c) =>
      edit(
        join(c, MDX),
        /\n---\n/u,
        '\n---\n\nimport os from "node:os";\n\n本机：{os.hostname()}\n',
      ),
    expect: [
      /soft-violence-debt-collection\.mdx:\d+: MDX 文件里不能写 import 或 export/u,
      /MDX 里不能写 \{…\} 表达式/u,
    ],
  },
  {
    name: "an MDX component with an expression prop and an unknown component",
    breakIt: (c) =>
      edit(join(c, MDX), /\n---\n/u, '\n---\n\n<Aside title={"x"}>注意</Aside>\n\n<Script />\n'),
    expect: [/<Aside> 的 title 只能写成带引号的文字/u, /不能用 <Script>/u],
  },
  {
    name: "an MDX syntax error",
    breakIt: (c) => edit(join(c, MDX), /\n---\n/u, '\n---\n\n<Aside title="x">{oops</Aside>\n'),
    expect: [/soft-violence-debt-collection\.mdx:\d+: MDX 写法有错/u],
  },
  {
    name: "a statute citing a law that does not exist",
    breakIt: (c) => edit(join(c, EXPLAINER), /law: [a-z-]+/u, "law: no-such-law"),
    expect: [
      /reporter-protected\.md:\d+: statutes\[0\]\.law: 引用的法律“no-such-law”不在 content\/data\/laws\.yaml 里/u,
    ],
  },
  {
    name: "a ledger entry pointing at a bulletin that does not exist",
    breakIt: (c) =>
      edit(
        join(c, "data/ledger.yaml"),
        "bulletin: zh-cn/gangxi-town-measures",
        "bulletin: zh-cn/gone",
      ),
    expect: [/ledger\.yaml:\d+: gangxi-2019-slogans\.bulletin: 指向的工作动态“zh-cn\/gone”不存在/u],
  },
  {
    name: "a ledger entry pointing at a draft",
    breakIt: (c) => edit(join(c, BULLETIN), /^date:/mu, "draft: true\ndate:"),
    expect: [
      /ledger\.yaml:\d+: gangxi-2019-slogans\.bulletin: 指向的工作动态“zh-cn\/gangxi-town-measures”还是草稿/u,
    ],
  },
  {
    name: "overlapping ledger periods for one place and kind",
    breakIt: (c) =>
      edit(
        join(c, "data/ledger.yaml"),
        "- id: gangxi-2019-banners\n  periodStart: 2018-01-01\n  periodEnd: 2019-06-30\n  place:\n    zh-cn: 港西镇（荣成市）\n    en: Gangxi Town (Rongcheng)\n  kind: banners",
        "- id: gangxi-2019-banners\n  periodStart: 2018-01-01\n  periodEnd: 2019-06-30\n  place:\n    zh-cn: 港西镇（荣成市）\n    en: Gangxi Town (Rongcheng)\n  kind: slogans",
      ),
    expect: [
      /ledger\.yaml:\d+: gangxi-2019-banners\.periodStart: 时间段 2018-01-01\/2019-06-30 和 gangxi-2019-slogans/u,
    ],
  },
  {
    name: "a material naming a slogan and a channel that do not exist",
    breakIt: (c) => {
      edit(join(c, "print/zh-cn/poster-report.yaml"), /^slogan: .*$/mu, "slogan: no-such-slogan");
      edit(
        join(c, "print/zh-cn/poster-report.yaml"),
        "channels:\n",
        "channels:\n  - no-such-channel\n",
      );
    },
    expect: [
      /poster-report\.yaml:\d+: slogan: 标语“no-such-slogan”不在/u,
      /poster-report\.yaml:\d+: channels\[0\]: 举报渠道“no-such-channel”不在/u,
    ],
  },
  {
    name: "a board naming an explainer that does not exist",
    breakIt: (c) =>
      edit(join(c, "print/zh-cn/board-four-features.yaml"), /^explainer: .*$/mu, "explainer: gone"),
    expect: [
      /board-four-features\.yaml:\d+: explainer: 以案释法“gone”不在 content\/explainers\/zh-cn\/ 里/u,
    ],
  },
  {
    name: "a slogan too long for its banner",
    breakIt: (c) =>
      edit(join(c, "print/zh-cn/banner-duty-white-on-red.yaml"), "widthCm: 600", "widthCm: 300"),
    expect: [
      /banner-duty-white-on-red\.yaml: slogan: 标语太长：这条 300×70 厘米的横幅一行最多放 6 个字，现在多了 \d+ 个/u,
    ],
  },
  {
    name: "a poster text too long for its paper",
    breakIt: (c) =>
      edit(join(c, "print/zh-cn/poster-report.yaml"), /^text: (.*)$/mu, "text: $1$1$1$1$1"),
    expect: [/poster-report\.yaml: text: 大约多了 \d+ 个字，放不下/u],
  },
  {
    name: "a placeholder left in a published bulletin",
    breakIt: (c) => edit(join(c, BULLETIN), /^place: .*$/mu, "place: 待填写"),
    expect: [/gangxi-town-measures\.md: 还有待填写的内容：place/u],
  },
  {
    name: "site.yaml without its English section",
    breakIt: (c) => {
      const path = join(c, "data/site.yaml");
      writeFileSync(path, readFileSync(path, "utf8").replace(/^en:[\s\S]*$/mu, ""));
    },
    expect: [/site\.yaml: 缺少 en 部分/u],
  },
  {
    name: "a channel with a wrong field, named by materials: said once, where it is",
    breakIt: (c) => edit(join(c, "data/channels.yaml"), "kind: phone", "kind: fax"),
    expect: [/channels\.yaml:\d+: emergency-110\.kind: kind 应当是其中之一/u],
    only: true,
  },
  {
    name: "a bulletin that does not parse, named by the ledger: said once, where it is",
    breakIt: (c) => edit(join(c, BULLETIN), /^title: .*$/mu, 'title: "港西镇'),
    expect: [/gangxi-town-measures\.md:\d+: /u],
    only: true,
  },
  {
    name: "a paper size a poster cannot have",
    breakIt: (c) => edit(join(c, "print/en/poster-report.yaml"), /^paper: A3$/mu, "paper: A5"),
    expect: [/print\/en\/poster-report\.yaml:\d+: paper: paper 应当是其中之一：A3、A2/u],
  },
];

/** What each case must NOT trip: accepted input. */
const accepted: Case[] = [
  {
    name: "a UTF-8 byte-order mark",
    breakIt: (c) => {
      const path = join(c, BULLETIN);
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    },
    expect: [],
  },
  {
    name: "the harmless HTML a body may hold",
    breakIt: (c) =>
      edit(
        join(c, BULLETIN),
        "自扫黑除恶",
        '扫黑<sup>1</sup> H<sub>2</sub>O <abbr title="全国扫黑办">扫黑办</abbr> <ruby>扫<rt>sǎo</rt></ruby><br>[链接](https://www.12337.gov.cn/) [电话](tel:110) [本站](/report/)\n\n自扫黑除恶',
      ),
    expect: [],
  },
];

/** What a project needs besides content/ and node_modules/ to build. */
const PROJECT = ["src", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"];

let template: string;
beforeAll(() => {
  template = mkdtempSync(join(tmpdir(), "pingan-bad-input-"));
  for (const entry of PROJECT) {
    cpSync(join(projectRoot, entry), join(template, entry), { recursive: true });
  }
});
afterAll(() => rmSync(template, { recursive: true, force: true }));

/** A project whose content is the fixture content, broken by `breakIt`, with a built dist/. */
function project(breakIt: Case["breakIt"]): string {
  const root = mkdtempSync(join(tmpdir(), "pingan-case-"));
  for (const entry of PROJECT) {
    cpSync(join(template, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, "node_modules"), join(root, "node_modules"), "dir");
  cpSync(fixtureContent, join(root, "content"), { recursive: true });
  mkdirSync(join(root, "dist"));
  writeFileSync(join(root, "dist/index.html"), "the previous build");
  breakIt(join(root, "content"));
  return root;
}

const errorLines = (problems: readonly Problem[]) =>
  problems.filter((p) => p.level === "error").map((p) => formatProblem(p));

describe("bad input: check and build refuse alike", { timeout: 60_000 }, () => {
  beforeAll(() => setMessageLocale("zh-cn"));

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const root = project(c.breakIt);
    try {
      const check = errorLines((await runGate(root)).problems);
      for (const pattern of c.expect) {
        expect(check, `${pattern}`).toEqual(
          expect.arrayContaining([expect.stringMatching(pattern)]),
        );
      }
      let built: unknown;
      try {
        await buildSite({ root, logLevel: "silent" });
      } catch (error) {
        built = error;
      }
      expect(built).toBeInstanceOf(ContentProblems);
      expect(errorLines((built as ContentProblems).problems)).toEqual(check);
      expect(readFileSync(join(root, "dist/index.html"), "utf8")).toBe("the previous build");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each(accepted.map((c) => [c.name, c] as const))("accepts %s", async (_name, c) => {
    const root = project(c.breakIt);
    try {
      expect(errorLines((await runGate(root)).problems)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("says the same in English with --lang en", async () => {
    setMessageLocale("en");
    try {
      const root = project((c) => edit(join(c, "data/ledger.yaml"), "count: 450", "count: 450余"));
      const lines = errorLines((await runGate(root)).problems);
      rmSync(root, { recursive: true, force: true });
      expect(lines).toEqual([
        expect.stringMatching(
          /ledger\.yaml:\d+: gangxi-2019-slogans\.count: "450余" is not a number: write count: 450 and, on a line of its own, atLeast: true/u,
        ),
      ]);
    } finally {
      setMessageLocale("zh-cn");
    }
  });
});
