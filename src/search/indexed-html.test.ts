import { describe, expect, it } from "vitest";
import { indexedHtml } from "./indexed-html.ts";

const page = (main: string, extra = "") =>
  `<!DOCTYPE html><html lang="zh-cn" dir="ltr"><head><meta charset="utf-8"><title>标题 | 平安</title>${extra}</head>` +
  `<body><header><nav><a href="/">首页</a></nav></header>${main}<footer>页脚</footer>` +
  `<script type="module" src="/x.js"></script></body></html>`;

describe("the HTML given to Pagefind", () => {
  it("is the <html> tag, the title and the main element when the page can be cut", () => {
    const main =
      '<main id="main" data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="type">bulletin</span></div><h1>标题</h1><p>正文</p></main>';
    const ignored = page(main).replace("<header>", '<header data-pagefind-ignore="all">');
    expect(indexedHtml(ignored)).toBe(indexedHtml(page(main)));
    expect(indexedHtml(page(main))).toBe(
      '<!DOCTYPE html><html lang="zh-cn" dir="ltr"><head><meta charset="utf-8"><title>标题 | 平安</title></head>' +
        `<body>${main}</body></html>`,
    );
  });

  it("is the whole page when something Pagefind reads is outside <main>", () => {
    const main = "<main data-pagefind-body><h1>标题</h1></main>";
    for (const whole of [
      page(main, '<meta data-pagefind-meta="image[content]" content="/a.png">'),
      page(main).replace("<footer>", '<footer data-pagefind-filter="place">'),
      page("<main><div data-pagefind-body><h1>标题</h1></div></main>"),
      page(`${main}<main hidden><p>另一个</p></main>`),
      page("<article data-pagefind-body><h1>标题</h1></article>"),
      page("<main><h1>没有正文标记</h1></main>"),
    ]) {
      expect(indexedHtml(whole)).toBe(whole);
    }
  });
});
