/**
 * Reading raw text in the encodings offices receive: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark, and the legacy Chinese encodings GB18030 (a superset of GBK and
 * GB2312) and Big5. Which legacy encoding a file is in is left to a statistical detector
 * (jschardet); the file is refused, naming the candidates, when it cannot tell them apart,
 * because a wrongly decoded file would import as plausible garbage.
 */
import iconv from "iconv-lite";
import jschardet from "jschardet";
import { UserError } from "../cli/errors.ts";
import { t } from "./notes.ts";

export class InputError extends UserError {
  override name = "InputError";
}

export interface Decoded {
  text: string;
  /** The encoding the text was read in, for the note. */
  encoding: string;
}

// Control characters other than tab, newline, carriage return and form feed.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu;

// The detector's names for the legacy Chinese encodings, and what they are read as.
const CHINESE: Record<string, string> = { GB2312: "GB18030", GB18030: "GB18030", Big5: "Big5" };
// The winner's score must be this many times the runner-up's for the answer to be trusted.
const MARGIN = 2;

const convertHint = (name: string, from: string) =>
  t(
    `用“记事本”或 WPS 把文件另存为 UTF-8 文本，或执行 iconv -f ${from} -t UTF-8 ${name} > 转换后.txt，再导入转换后的文件`,
    `save it as UTF-8 text in Notepad or WPS, or run iconv -f ${from} -t UTF-8 ${name} > converted.txt, and import the converted file`,
  );

function join(a: ReturnType<typeof t>, b: ReturnType<typeof t>, sep = "。") {
  return t(`${a["zh-cn"]}${sep}${b["zh-cn"]}。`, `${a.en}: ${b.en}.`);
}

export function decodeInput(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length === 0)
    throw new InputError(
      t(`${name} 是空文件，没有可导入的内容。`, `${name} is empty: nothing to import.`),
    );
  const decoded = decodeBytes(bytes, name);
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / decoded.text.length > 0.01) {
    throw new InputError(
      t(
        `${name} 像是二进制文件（含 ${controls} 个控制字符），不是文本。请把文章另存为 .txt（UTF-8）或 .docx 后导入。`,
        `${name} looks like a binary file (${controls} control characters), not text. Save the article as UTF-8 text (.txt) or as .docx and import that.`,
      ),
    );
  }
  if (decoded.text.trim() === "") {
    throw new InputError(
      t(
        `${name} 只有空白，没有可导入的内容。`,
        `${name} holds only white space: nothing to import.`,
      ),
    );
  }
  return { ...decoded, text: decoded.text.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n") };
}

function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: strictUtf8(buffer.subarray(3), name, "UTF-8 (BOM)"), encoding: "UTF-8 (BOM)" };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return utf16(buffer.subarray(2), "utf-16le", name);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return utf16(buffer.subarray(2), "utf-16be", name);
  if (buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) {
    throw new InputError(
      t(
        `${name} 是一个压缩包（Word 的 .docx 就是这种格式），不是纯文本。如果它是 Word 文件，请把扩展名改为 .docx 再导入。`,
        `${name} is a zip archive (the format of Word's .docx), not plain text. If it is a Word file, give it the .docx extension and import it again.`,
      ),
    );
  }
  if (buffer.includes(0)) throw nulError(buffer, name);
  const utf8 = tryUtf8(buffer);
  if (utf8 !== undefined) return { text: utf8, encoding: "UTF-8" };
  return legacy(buffer, name);
}

function strictUtf8(buffer: Buffer, name: string, label: string): string {
  const text = tryUtf8(buffer);
  if (text !== undefined) return text;
  throw new InputError(
    join(
      t(
        `${name} 标明是 ${label}，但其中有不合 UTF-8 的字节（文件可能已损坏）`,
        `${name} is marked as ${label} but holds bytes that are not UTF-8 (the file may be damaged)`,
      ),
      convertHint(name, "<原编码>"),
    ),
  );
}

function tryUtf8(buffer: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

function utf16(buffer: Buffer, encoding: "utf-16le" | "utf-16be", name: string): Decoded {
  const label = encoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE";
  if (buffer.length % 2 !== 0) {
    throw new InputError(
      t(
        `${name} 以 ${label} 的字节顺序标记开头，但长度是奇数字节：文件不完整或不是 ${label}。请重新保存为 UTF-8 文本后导入。`,
        `${name} starts with a ${label} byte-order mark but has an odd number of bytes: it is cut short or not ${label}. Save it again as UTF-8 text and import that.`,
      ),
    );
  }
  const text = iconv.decode(buffer, encoding, { stripBOM: false });
  if (text.includes("\uFFFD")) {
    throw new InputError(
      t(
        `${name} 以 ${label} 的字节顺序标记开头，但内容不是有效的 ${label}（文件可能已损坏）。请重新保存为 UTF-8 文本后导入。`,
        `${name} starts with a ${label} byte-order mark but is not valid ${label} (the file may be damaged). Save it again as UTF-8 text and import that.`,
      ),
    );
  }
  return { text, encoding: label };
}

/** NUL bytes: UTF-16 without a byte-order mark (every other byte NUL in ASCII text), or binary. */
function nulError(buffer: Buffer, name: string): InputError {
  let even = 0;
  let odd = 0;
  for (let index = 0; index < buffer.length; index++) {
    if (buffer[index] !== 0) continue;
    if (index % 2 === 0) even++;
    else odd++;
  }
  const half = buffer.length / 2;
  if (Math.max(even, odd) > half * 0.2 && Math.min(even, odd) < half * 0.02) {
    return new InputError(
      t(
        `${name} 含有 NUL 字节，像是没有字节顺序标记的 UTF-16 文本，无法确定是哪一种：可能是 UTF-16LE，也可能是 UTF-16BE。请在“记事本”中另存为“UTF-8”后导入。`,
        `${name} contains NUL bytes and looks like UTF-16 text without a byte-order mark; which kind cannot be told: candidates UTF-16LE, UTF-16BE. Save it as "UTF-8" in Notepad and import that.`,
      ),
    );
  }
  return new InputError(
    t(
      `${name} 像是二进制文件（含 NUL 字节），不是文本。可导入 .txt、.md、.html 和 .docx：请把文章另存为其中一种后导入。`,
      `${name} looks like a binary file (it contains NUL bytes), not text. Import .txt, .md, .html or .docx: save the article as one of them and import that.`,
    ),
  );
}

/** Not UTF-8: GB18030 or Big5, as the detector decides; refused when it cannot decide. */
function legacy(buffer: Buffer, name: string): Decoded {
  const scores = new Map<string, number>();
  let top: string | undefined;
  let topScore = 0;
  for (const guess of jschardet.detectAll(buffer)) {
    if (guess.encoding === null) continue;
    if (top === undefined) {
      top = guess.encoding;
      topScore = guess.confidence;
    }
    const encoding = CHINESE[guess.encoding];
    if (encoding && !scores.has(encoding)) scores.set(encoding, guess.confidence);
  }
  // Only encodings the bytes are valid in can be the answer.
  const valid = [...scores]
    .map(([encoding, confidence]) => ({
      encoding,
      confidence,
      text: iconv.decode(buffer, encoding),
    }))
    .filter((candidate) => !candidate.text.includes("\uFFFD"))
    .sort((a, b) => b.confidence - a.confidence);
  const [best, second] = valid;
  // A file the detector finds far likelier to be Korean or Japanese is not read as Chinese.
  const foreign =
    top !== undefined && !CHINESE[top] && (!best || topScore >= best.confidence * MARGIN);
  if (best && !foreign && (second === undefined || best.confidence >= second.confidence * MARGIN)) {
    return { text: best.text, encoding: best.encoding };
  }
  if (best && second && !foreign) {
    const list = valid.map((c) => `${c.encoding} (${c.confidence.toFixed(3)})`).join(", ");
    throw new InputError(
      join(
        t(
          `${name} 不是 UTF-8，无法判断它的编码：候选 ${list}（文字太少或混有多种编码）`,
          `${name} is not UTF-8 and its encoding cannot be told apart: candidates ${list} (too little text, or mixed encodings)`,
        ),
        convertHint(name, best.encoding),
      ),
    );
  }
  const seen = top === undefined ? "" : `（检测结果：${top}）`;
  throw new InputError(
    join(
      t(
        `${name} 不是可读取的编码${seen}：可导入 UTF-8、UTF-16（带字节顺序标记）、GB18030/GBK/GB2312 和 Big5`,
        `${name} is in no encoding the importer reads${top === undefined ? "" : ` (the detector says ${top})`}: it reads UTF-8, UTF-16 with a byte-order mark, GB18030/GBK/GB2312 and Big5`,
      ),
      convertHint(name, top ?? "<原编码>"),
    ),
  );
}
