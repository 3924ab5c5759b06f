/**
 * The sample reports in tests/fixtures/import/ (written in the style of Chinese public news; see
 * its README) imported as an office would: what each keeps and which metadata it finds.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setMessageLocale } from "../i18n/messages.ts";
import { importArticle } from "./run.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url));

let out: string;
beforeAll(() => setMessageLocale("en"));
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "pingan-reports-"));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const qingshi = {
  title: "青石镇召开扫黑除恶专项斗争宣传工作推进会",
  date: "2020-06-12",
  source: "临江日报",
  authors: ["reporter 陈思远", "correspondent 刘洋", "editor 吴晓梅"],
  figures: 7,
};
const nanxi = {
  title: "南溪县多措并举推进扫黑除恶专项斗争纵深发展",
  date: "2019-08-30",
  source: "南溪县人民政府网",
  authors: ["reporter 林志明", "correspondent 何静"],
  figures: 7,
};

describe.each([
  { file: "simplified.txt", readAs: "UTF-8", ...qingshi },
  { file: "simplified-utf16.txt", readAs: "UTF-16LE", ...qingshi },
  {
    file: "simplified-gbk.txt",
    readAs: "GB18030",
    title: "白沙县开展扫黑除恶“进校园”法治宣传活动",
    date: "2019-11-20",
    source: "白沙县融媒体中心",
    authors: ["correspondent 黄丽华", "correspondent 郑凯"],
    figures: 2,
  },
  { file: "traditional.txt", readAs: "UTF-8", ...nanxi },
  { file: "traditional-big5.txt", readAs: "Big5", ...nanxi },
  {
    file: "annotated.txt",
    readAs: "UTF-8",
    title: "柳河乡扎实开展扫黑除恶专项斗争宣传活动",
    date: undefined,
    source: "待填写",
    authors: ["correspondent 马晓东"],
    figures: 4,
  },
  {
    file: "report.docx",
    readAs: "Word (.docx)",
    title: "红星社区开展扫黑除恶入户宣传",
    date: "2022-05-10",
    source: "待填写",
    authors: ["reporter 孙磊", "correspondent 钱雨萱"],
    figures: 3,
  },
  {
    file: "page.html",
    readAs: "UTF-8",
    title: "东湖街道召开扫黑除恶群众见面会",
    date: "2021-03-16",
    source: "东湖新闻网",
    authors: ["reporter 王芳", "editor 赵敏"],
    figures: 1,
  },
])("$file", ({ file, readAs, title, date, source, authors, figures }) => {
  it("imports with its metadata, and keeps every sentence of the article", async () => {
    const outcome = await importArticle({
      input: fixture(file),
      inputName: file,
      locale: "zh-cn",
      outDir: out,
      root: out,
      // The annotated copy and the page end in a related-articles box: over 5 % of them.
      force: true,
      today: "2026-01-05",
    });
    const { article } = outcome;
    expect(outcome.readAs).toBe(readAs);
    expect(article.title).toBe(title);
    expect(article.date).toBe(date ?? "2026-01-05");
    expect(article.dateUncertain).toBe(date === undefined);
    expect(article.source).toBe(source);
    expect(article.authors.map((a) => `${a.role} ${a.name}`)).toEqual(authors);
    expect(article.figures).toHaveLength(figures);
    const body = readFileSync(outcome.bulletinPath, "utf8");
    expect(body).not.toMatch(/[<>]|\?|\(\p{Script=Latin}+\)|本报讯|本網訊|本网讯|字号|分享到/u);
  });
});
