/**
 * What a page's body may contain, checked with the parser the build renders it with (satteri),
 * so nothing the check lets through is read differently by the build. Markdown may hold a short
 * list of harmless HTML tags and links to web, mail and phone addresses or to the site itself;
 * MDX may use only the components the project provides, with literal values. Scripts, meta
 * refreshes, outside images and `javascript:` links fail naming the file, the line and the fix:
 * a body reaches every visitor, and a Content Security Policy cannot stop a `<meta>` redirect.
 */
import { Parser } from "htmlparser2";
import { markdownToMdast, mdxToMdast, type MdastNode } from "satteri";
import type { Text } from "../i18n/messages.ts";
import { text } from "../schemas/fields.ts";
import { problem, type Problem } from "./problems.ts";

/** HTML a Markdown body may use, with the attributes each may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ["title"],
  ruby: [],
  rt: [],
  rp: [],
};

/** Components an MDX body may use (src/components/mdx.ts), with their props. */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Aside: ["title"],
};

const LINK_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);
const HERE = "https://site.invalid/";

const allowedList = Object.keys(ALLOWED_HTML)
  .map((tag) => `<${tag}>`)
  .join(" ");

/** A link's address is refused unless it is http(s), mail, phone or on the site itself. */
function linkProblem(url: string): Text | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, HERE);
  } catch {
    return text(
      `链接地址“${url}”无法识别：写成完整网址（https://…）或本站地址（/report/）`,
      `the link address "${url}" cannot be read: write a full web address (https://…) or a page of this site (/report/)`,
    );
  }
  if (LINK_SCHEMES.has(parsed.protocol)) return undefined;
  return text(
    `不允许的链接“${url.slice(0, 60)}”：链接只能是 https://、http://、mailto:、tel: 或本站地址；删掉这个链接`,
    `the link "${url.slice(0, 60)}" is not allowed: links may be https://, http://, mailto:, tel: or a page of this site; remove it`,
  );
}

/** Images come from the site itself: an outside image would tell another host who reads. */
function imageProblem(url: string): Text | undefined {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url, HERE);
  } catch {
    parsed = undefined;
  }
  if (parsed && parsed.origin === new URL(HERE).origin) return undefined;
  return text(
    `图片“${url.slice(0, 60)}”来自本站以外：外站图片会让别的网站知道谁在看这一页。把图片保存到文章旁边，写成 ./图片.jpg`,
    `the image "${url.slice(0, 60)}" is not on this site: an outside image tells another host who reads the page. Save it next to the file and write ./image.jpg`,
  );
}

/** The tags and attributes of an HTML fragment that are not allowed. */
function htmlProblems(html: string): Text[] {
  const found: Text[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const allowed = ALLOWED_HTML[name];
        if (!allowed) {
          found.push(
            text(
              `正文里不能用 HTML 标签 <${name}>：只能用 ${allowedList}。删掉它，或改用 Markdown 的写法`,
              `the HTML tag <${name}> is not allowed in the text: only ${allowedList}. Remove it, or write it in Markdown`,
            ),
          );
          return;
        }
        for (const attribute of Object.keys(attributes)) {
          if (allowed.includes(attribute)) continue;
          found.push(
            text(
              `<${name}> 不能带属性 ${attribute}${allowed.length > 0 ? `（只能带 ${allowed.join("、")}）` : ""}：删掉它`,
              `<${name}> may not carry ${attribute}${allowed.length > 0 ? ` (only ${allowed.join(", ")})` : ""}: remove it`,
            ),
          );
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

function expressionIsComment(value: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/u.test(value);
}

interface Walk {
  mdx: boolean;
  add(line: number | undefined, message: Text): void;
}

function visit(node: MdastNode, walk: Walk): void {
  const line = (node as { position?: { start: { line: number } } }).position?.start.line;
  const n = node as MdastNode & Record<string, unknown>;
  switch (node.type) {
    case "html":
      for (const message of htmlProblems(String(n["value"] ?? ""))) walk.add(line, message);
      break;
    case "link":
    case "definition": {
      const message = linkProblem(String(n["url"] ?? ""));
      if (message) walk.add(line, message);
      break;
    }
    case "image":
    case "imageReference": {
      if (typeof n["url"] === "string") {
        const message = imageProblem(n["url"]);
        if (message) walk.add(line, message);
      }
      break;
    }
    case "mdxjsEsm":
      walk.add(
        line,
        text(
          "MDX 文件里不能写 import 或 export：<Aside> 等组件不用导入就能用；删掉这一行",
          "an MDX file may not use import or export: <Aside> and the other components need no import; remove the line",
        ),
      );
      break;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      if (!expressionIsComment(String(n["value"] ?? ""))) {
        walk.add(
          line,
          text(
            "MDX 里不能写 {…} 表达式（它会在生成网站时当作程序运行）：把花括号改成文字，或删掉它",
            "an MDX file may not hold {…} expressions (they run as code when the site is built): write the text itself, or remove it",
          ),
        );
      }
      break;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const name = typeof n["name"] === "string" ? n["name"] : "";
      const props = MDX_COMPONENTS[name] ?? ALLOWED_HTML[name];
      if (!props) {
        walk.add(
          line,
          text(
            `不能用 <${name || "…"}>：MDX 里只能用 ${[...Object.keys(MDX_COMPONENTS), ...Object.keys(ALLOWED_HTML)].map((t) => `<${t}>`).join(" ")}`,
            `<${name || "…"}> cannot be used: MDX may use only ${[...Object.keys(MDX_COMPONENTS), ...Object.keys(ALLOWED_HTML)].map((t) => `<${t}>`).join(" ")}`,
          ),
        );
        break;
      }
      for (const attribute of (n["attributes"] ?? []) as Record<string, unknown>[]) {
        const attributeName = typeof attribute["name"] === "string" ? attribute["name"] : "{…}";
        const literal =
          attribute["type"] === "mdxJsxAttribute" &&
          (typeof attribute["value"] === "string" || attribute["value"] === null);
        if (!literal) {
          walk.add(
            line,
            text(
              `<${name}> 的 ${attributeName} 只能写成带引号的文字，如 ${attributeName}="…"（不能用 {…}）`,
              `<${name}> ${attributeName} must be quoted text, like ${attributeName}="…" (no {…})`,
            ),
          );
        } else if (!props.includes(attributeName)) {
          walk.add(
            line,
            text(
              `<${name}> 不能带 ${attributeName}${props.length > 0 ? `（只能带 ${props.join("、")}）` : ""}：删掉它`,
              `<${name}> may not carry ${attributeName}${props.length > 0 ? ` (only ${props.join(", ")})` : ""}: remove it`,
            ),
          );
        }
      }
      break;
    }
  }
  const children = (n["children"] ?? []) as MdastNode[];
  for (const child of children) visit(child, walk);
}

/** Only bodies that could hold HTML, a link, an image or MDX code need parsing. */
const MAY_NEED_PARSING = /<|\]\(|\]:|\]\[/u;

/**
 * Problems in one page's source (`source` is the whole file, so lines match the file's own).
 * Returns none for a body of plain text without parsing it.
 */
export function bodyProblems(file: string, source: string, mdx: boolean): Problem[] {
  if (!mdx && !MAY_NEED_PARSING.test(source.replace(/^---[\s\S]*?\n---/u, ""))) return [];
  const problems: Problem[] = [];
  const walk: Walk = {
    mdx,
    add: (line, message) => problems.push(problem("error", "safety", file, message, { line })),
  };
  let tree: MdastNode;
  try {
    tree = mdx ? mdxToMdast(source) : markdownToMdast(source);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    const line = /(\d+):\d+/u.exec(message)?.[1];
    problems.push(
      problem(
        "error",
        "safety",
        file,
        text(
          `MDX 写法有错（${message}）：检查 < 和 { 是否成对；普通文字里的 < 和 { 要写成 \\< 和 \\{`,
          `the MDX cannot be read (${message}): check that every < and { is closed; a plain < or { in the text is written \\< or \\{`,
        ),
        { line: line ? Number(line) : undefined },
      ),
    );
    return problems;
  }
  visit(tree, walk);
  return problems;
}
