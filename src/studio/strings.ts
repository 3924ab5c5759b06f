/**
 * The studio server's own messages, in each language of the locale table (the studio speaks
 * Chinese unless started with `--lang en` or switched in its page). Gate problems bring their
 * own text in both languages; these are the studio's refusals and notices around them.
 */
import { say, type Text } from "../i18n/messages.ts";

export { say };

const t = (zh: string, en: string): Text => ({ "zh-cn": zh, en });

export const STRINGS = {
  pasteFirst: t("请先粘贴新闻稿的文字", "Paste the text of a news report first"),
  pasted: t("粘贴的文字", "pasted text"),
  fileKinds: t(
    "只能导入 .txt、.docx 或 .html 文件（Word 的 .doc 请先另存为 .docx）",
    "Only .txt, .docx or .html files can be imported (save a Word .doc as .docx first)",
  ),
  emptyFile: t("这个文件是空的", "The file is empty"),
  alreadyImported: (path: string) =>
    t(
      `已经有 ${path}：这篇稿件可能已经导入过`,
      `${path} exists already: this report may have been imported before`,
    ),
  notProposal: t(
    "这不是台账数字的建议文件（.ledger.yaml）",
    "This is not a ledger proposal (.ledger.yaml)",
  ),
  nothingChosen: t("请至少勾选一项要合并的数字", "Tick at least one figure to merge"),
  translationMissing: (language: string) =>
    t(
      `还没有${language}译文：点“去翻译”打开原文，换到${language}开始翻译`,
      `No ${language} translation yet: “Translate” opens the original; switch to ${language} to start one`,
    ),
  translationOutdated: (language: string, changed: string, from: string) =>
    t(
      `${language}译文比原文旧：原文改于 ${changed}，译文译自 ${from} 的版本`,
      `The ${language} translation is older than the original: changed ${changed}, translated from the version of ${from}`,
    ),
  notSaved: t("没有保存，请先改正：", "Not saved. Fix this first:"),
  onlyImages: t("只能上传图片（jpg、png、webp）", "Only images can be uploaded (jpg, png, webp)"),
  onlyContent: (path: string) =>
    t(`只能修改 content/ 里的文件：${path}`, `Only files under content/ can be changed: ${path}`),
  tooLarge: t("文件太大（最大 40 MB）", "The file is too large (40 MB at most)"),
} as const;
