/**
 * The check's report: one section per kind of check, errors and warnings under it, the
 * translation status, and a last line with the totals, in the language in force (`--lang`).
 * The build prints the same lines for the problems that stop it.
 */
import { say, type Text } from "../../i18n/messages.ts";
import type { GateResult } from "../../content/gate.ts";
import { formatProblem, groups, type Group, type Problem } from "../../content/problems.ts";
import { text } from "../../schemas/fields.ts";
import type { Paint } from "../output.ts";

const SECTIONS: Record<Group, [Text, Text]> = {
  files: [
    text("文件", "Files"),
    text("每个文件都能读取，名称和位置都对", "every file is named and written so it can be read"),
  ],
  schemas: [
    text("字段", "Fields"),
    text("每个字段都符合要求", "every field as its schema expects"),
  ],
  images: [text("图片", "Images"), text("每张封面图片都在", "every cover image exists")],
  references: [
    text("引用", "References"),
    text(
      "引用的法律、动态、标语、渠道和指南都在",
      "every law, bulletin, slogan, channel and guide named exists",
    ),
  ],
  safety: [
    text("正文安全", "Safe text"),
    text(
      "正文里没有脚本、外站资源或危险链接",
      "no script, outside resource or unsafe link in any text",
    ),
  ],
  banners: [
    text("横幅标语", "Slogans on banners"),
    text("每条标语都能在横幅上排成一行", "every slogan fits its banner on one line"),
  ],
  print: [
    text("宣传物料", "Print materials"),
    text("每件物料的文字都排得下", "every material's text fits its paper"),
  ],
  placeholders: [
    text("待填写", "Placeholders"),
    text("没有待填写的内容", "nothing left to fill in"),
  ],
  proposals: [
    text("台账建议", "Ledger proposals"),
    text("没有等待合并的台账建议", "none waiting to be merged"),
  ],
  release: [
    text("发布前检查", "Before release"),
    text(
      "没有示例数据、示例网址或待核对的日期",
      "no sample data, example address or unconfirmed date",
    ),
  ],
};

function counted(n: number, kind: "error" | "warning" | "translation"): string {
  const zh = { error: "个错误", warning: "个提醒", translation: "篇译文" }[kind];
  return say(text(`${n} ${zh}`, `${n} ${kind}${n === 1 ? "" : "s"}`));
}

function line(paint: Paint, p: Problem): string {
  const mark = p.level === "error" ? paint.red("✗") : paint.yellow("!");
  const [place, ...rest] = formatProblem(p).split(": ");
  return `  ${mark} ${paint.bold(place ?? "")}: ${rest.join(": ")}`;
}

/** The problems alone, as the build prints them when it stops. */
export function formatProblems(problems: readonly Problem[], paint: Paint): string {
  return problems.map((p) => line(paint, p)).join("\n");
}

export function formatReport(
  result: GateResult,
  paint: Paint,
): { text: string; errors: number; warnings: number } {
  const out: string[] = [
    say(
      text(
        `检查了 ${result.files} 个文件，${result.entries} 条内容。`,
        `Checked ${result.files} files, ${result.entries} entries.`,
      ),
    ),
    "",
  ];
  for (const group of groups) {
    const [title, ok] = SECTIONS[group];
    const found = result.problems.filter((p) => p.group === group);
    const errors = found.filter((p) => p.level === "error").length;
    const heading =
      found.length === 0
        ? `${paint.green("✓")} ${say(title)}${say(text("：", ": "))}${say(ok)}`
        : `${errors > 0 ? paint.red("✗") : paint.yellow("!")} ${say(title)}${say(text("：", ": "))}${counted(errors, "error")}${say(text("，", ", "))}${counted(found.length - errors, "warning")}`;
    out.push(heading, ...found.map((p) => line(paint, p)));
  }

  const t = result.translations;
  const translationWarnings = t.missing.length + t.drafts.length + t.outdated.length;
  const warn = `  ${paint.yellow("!")} `;
  out.push(
    translationWarnings === 0
      ? `${paint.green("✓")} ${say(text("翻译：每一页都有译文且是最新的", "Translations: every page is translated and up to date"))}`
      : `${paint.yellow("!")} ${say(text("翻译", "Translations"))}${say(text("：", ": "))}${counted(translationWarnings, "warning")}`,
    ...t.missing.map(
      ({ original, locale }) =>
        `${warn}${paint.bold(original.file)}: ${say(text(`没有 ${locale} 译文（${locale} 网站先显示原文并加说明）`, `no ${locale} translation (the ${locale} site shows this text with a notice)`))}`,
    ),
    ...t.drafts.map(
      ({ translation }) =>
        `${warn}${paint.bold(translation.file)}: ${say(text("还没翻译（草稿，先显示原文）", "not translated yet (a draft stub; the original is shown meanwhile)"))}`,
    ),
    ...t.outdated.map(
      ({ original, translation }) =>
        `${warn}${paint.bold(translation.file)}: ${say(
          text(
            `比原文旧：译自 ${translation.translatedFrom ?? translation.changed ?? "?"} 的版本，${original.file} 在 ${original.changed ?? "?"} 改过`,
            `older than the original: made from the version of ${translation.translatedFrom ?? translation.changed ?? "?"}, ${original.file} changed ${original.changed ?? "?"}`,
          ),
        )}`,
    ),
  );
  if (t.undated.length > 0) {
    out.push(
      `  ${paint.dim(
        say(
          text(
            `${t.undated.length} 篇译文没写 translatedFrom，按它自己的日期比较；写上原文的日期会更准确`,
            `${counted(t.undated.length, "translation")} without translatedFrom, compared by their own date; add translatedFrom (the original's date) to be exact`,
          ),
        ),
      )}`,
    );
  }

  const errors = result.problems.filter((p) => p.level === "error").length;
  const warnings = result.problems.length - errors + translationWarnings;
  out.push(
    "",
    errors > 0
      ? paint.red(
          say(
            text(
              `${counted(errors, "error")}，${counted(warnings, "warning")}：改好错误后才能生成网站。`,
              `${counted(errors, "error")}, ${counted(warnings, "warning")}: fix the errors before building.`,
            ),
          ),
        )
      : `${paint.green(say(text("没有错误", "No errors")))}${warnings > 0 ? say(text(`，${counted(warnings, "warning")}`, `, ${counted(warnings, "warning")}`)) : ""}${say(text("。", "."))}`,
  );
  return { text: out.join("\n"), errors, warnings };
}
