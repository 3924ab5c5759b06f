/**
 * Content files are read as bytes and turned into text here, so a file saved in the wrong
 * encoding is refused with its name and the encoding found, never published as garbage. UTF-8
 * with or without a byte-order mark is text; anything else fails with the fix.
 */
import jschardet from "jschardet";
import type { Text } from "../i18n/messages.ts";

export type Decoded = { ok: true; text: string } | { ok: false; message: Text };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** What a binary file most likely is, by its first bytes: said in the message. */
const MAGIC: [number[], string, string][] = [
  [[0x89, 0x50, 0x4e, 0x47], "PNG 图片", "a PNG image"],
  [[0xff, 0xd8, 0xff], "JPEG 图片", "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "GIF 图片", "a GIF image"],
  [[0x25, 0x50, 0x44, 0x46], "PDF 文件", "a PDF file"],
  [
    [0x50, 0x4b, 0x03, 0x04],
    "Word/WPS 文档或压缩包（.docx/.zip）",
    "a Word/WPS document or archive (.docx/.zip)",
  ],
  [[0xd0, 0xcf, 0x11, 0xe0], "旧版 Word 文档（.doc）", "an old Word document (.doc)"],
];

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/** Encodings named as staff know them. */
function encodingName(raw: string): string {
  const name = raw.toUpperCase();
  if (name === "GB2312" || name === "GBK" || name === "GB18030") return "GB18030/GBK";
  if (name === "BIG5") return "Big5";
  return raw;
}

const fixForEncoding = (name: string): Text => ({
  "zh-cn": `文件是 ${name} 编码，不是 UTF-8：请用记事本或 WPS“另存为”并选择 UTF-8 编码；新闻稿也可以用 npm run import 导入（会自动转换）`,
  en: `the file is encoded as ${name}, not UTF-8: save it again as UTF-8 (in Notepad or WPS, "Save as" with UTF-8), or bring a news text in with npm run import, which converts it`,
});

export function decodeContent(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) bytes = bytes.subarray(3);
  else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, message: fixForEncoding(bytes[0] === 0xff ? "UTF-16LE" : "UTF-16BE") };
  }
  const head = bytes.subarray(0, 8000);
  const magic = MAGIC.find(([start]) => startsWith(bytes, start));
  if (magic || head.includes(0)) {
    const [, zh, en] = magic ?? [[], "二进制文件", "a binary file"];
    return {
      ok: false,
      message: {
        "zh-cn": `不是文本文件（看起来是${zh}）：内容文件必须是 UTF-8 文本。图片请放在文章旁边并用 cover 引用；Word 文档请用 npm run import 导入`,
        en: `not a text file (it looks like ${en}): content files must be UTF-8 text. Put images next to the entry and name them in cover; bring Word documents in with npm run import`,
      },
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const guess = jschardet.detect(Buffer.from(head));
    const name = guess.encoding ? encodingName(guess.encoding) : "";
    return {
      ok: false,
      message: fixForEncoding(name && name.toUpperCase() !== "UTF-8" ? name : "GB18030/GBK"),
    };
  }
}
