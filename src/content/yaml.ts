/**
 * YAML as staff write it: parsed with line numbers kept, so every problem can name its line,
 * and with the slips a Chinese keyboard makes (a full-width colon "：" after a field name, a
 * full-width space in the indentation, a tab) named as such instead of as YAML's own riddles.
 * No YAML type makes dates here: a date stays the text written, and the schema checks it is a
 * real calendar day (2019-02-30 is refused, not rolled over to 2 March).
 *
 * Two parsers, one schema (YAML 1.2 core): js-yaml reads every file (about ten times faster,
 * which counts at thousands of bulletins; see docs/content-model.md), and `yaml`, which keeps
 * every node's position, reads a file again only when something in it needs a line number.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from "yaml";
import type { Text } from "../i18n/messages.ts";

export interface YamlIssue {
  line: number;
  message: Text;
}

export interface ParsedYaml {
  value: unknown;
  /** The line (1-based, in the file) of the node at a path, or of the nearest parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A field name followed by a full-width colon: `place：示例镇`, `- id：x`. */
const FULL_WIDTH_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*)\s*：/u;

function slips(source: string, firstLine: number): YamlIssue[] {
  const issues: YamlIssue[] = [];
  source.split(/\r?\n/u).forEach((text, index) => {
    const line = firstLine + index;
    const colon = FULL_WIDTH_COLON.exec(text);
    if (colon) {
      const key = colon[2] ?? "";
      const fixed = text
        .replace("：", ": ")
        .replace(/: {2,}/u, ": ")
        .trim();
      issues.push({
        line,
        message: {
          "zh-cn": `字段 ${key} 后面用了中文冒号“：”：请改成英文冒号加一个空格，写成 ${fixed}`,
          en: `the field ${key} is followed by a full-width colon "：": use an ASCII colon and a space, as in ${fixed}`,
        },
      });
    } else if (/^\s*\u3000/u.test(text)) {
      issues.push({
        line,
        message: {
          "zh-cn": "这一行开头有全角空格：缩进只能用半角空格（英文输入法下的空格键）",
          en: "this line is indented with a full-width space: indent with ordinary (ASCII) spaces only",
        },
      });
    } else if (/^ *\t/u.test(text)) {
      issues.push({
        line,
        message: {
          "zh-cn": "这一行用 Tab 键缩进：YAML 只能用空格缩进，请把 Tab 换成空格",
          en: "this line is indented with a tab: YAML allows only spaces for indentation",
        },
      });
    }
  });
  return issues;
}

/** YAML's own error, with what staff can do about it. */
function explain(code: string, detail: string): Text {
  switch (code) {
    case "DUPLICATE_KEY":
      return {
        "zh-cn": `同一个字段写了两次：删掉其中一个（${detail}）`,
        en: `the same field is written twice: delete one of them (${detail})`,
      };
    case "TAB_AS_INDENT":
      return {
        "zh-cn": "用了 Tab 键缩进：YAML 只能用空格缩进",
        en: "a tab is used for indentation: YAML allows only spaces",
      };
    case "MISSING_CHAR":
    case "BAD_DQ_ESCAPE":
      return {
        "zh-cn": `引号没有成对：每个引号都要关上（${detail}）`,
        en: `a quote is not closed: every quote needs its closing quote (${detail})`,
      };
    default:
      return {
        "zh-cn": `不是有效的 YAML（${detail}）。常见原因：值里有英文冒号“: ”时整个值要加引号；引号要成对；同一层的字段要对齐，缩进只用空格`,
        en: `is not valid YAML (${detail}). Common causes: a value holding ": " must be in quotes; every quote must be closed; fields on one level must line up, indented with spaces only`,
      };
  }
}

/**
 * Parses `source` (the YAML of a data file, a material or a page's frontmatter, which starts at
 * `firstLine` of the file). Returns the value, or the issues found (slips first).
 */
export function parseYaml(
  source: string,
  firstLine = 1,
): { ok: true; yaml: ParsedYaml } | { ok: false; issues: YamlIssue[] } {
  const found = slips(source, firstLine);
  if (found.length > 0) return { ok: false, issues: found };
  let value: unknown;
  try {
    value = load(source, { schema: CORE_SCHEMA });
  } catch {
    // Said again below, with the line and in words staff can act on.
    return parseWithPositions(source, firstLine);
  }
  let positions: ParsedYaml | undefined;
  return {
    ok: true,
    yaml: {
      value,
      lineOf(path) {
        if (!positions) {
          const again = parseWithPositions(source, firstLine);
          positions = again.ok ? again.yaml : { value, lineOf: () => undefined };
        }
        return positions.lineOf(path);
      },
    },
  };
}

function parseWithPositions(
  source: string,
  firstLine: number,
): { ok: true; yaml: ParsedYaml } | { ok: false; issues: YamlIssue[] } {
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return {
      ok: false,
      issues: [
        { line: firstLine, message: explain("", (error as Error).message.split("\n")[0] ?? "") },
      ],
    };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        line: firstLine - 1 + (lines.linePos(error.pos[0]).line || 1),
        message: explain(error.code, error.message.split("\n")[0] ?? ""),
      })),
    };
  }
  const lineAt = (node: Node | null | undefined) =>
    node?.range ? firstLine - 1 + lines.linePos(node.range[0]).line : undefined;
  return {
    ok: true,
    yaml: {
      value: doc.toJS({ maxAliasCount: 100 }) as unknown,
      lineOf(path) {
        let node: unknown = doc.contents;
        let line = lineAt(node as Node);
        for (const key of path) {
          if (isMap(node)) {
            const pair = node.items.find(
              (item) => (item.key as { value?: unknown } | null)?.value === key,
            );
            if (!pair) break;
            line = lineAt(pair.key as Node) ?? line;
            node = pair.value;
          } else if (isSeq(node) && typeof key === "number") {
            node = node.items[key];
            line = lineAt(node as Node) ?? line;
          } else break;
        }
        return line;
      },
    },
  };
}
