/**
 * Reading raw input: only non-empty UTF-8 text is accepted. Anything else is refused with a
 * message saying what to do, because a wrongly decoded file would import as plausible garbage.
 */
import { UserError } from "../cli/errors.ts";

export class InputError extends UserError {
  override name = "InputError";
}

// Control characters other than tab, newline, carriage return and form feed.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu;

export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name} is empty: nothing to import.`);
  if (bytes.includes(0)) {
    throw new InputError(
      `${name} looks like a binary file (it contains NUL bytes), not text. Save the article as plain UTF-8 text (.txt) and import that.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(
      `${name} is not UTF-8 text (perhaps GBK/GB18030 or Big5). Convert it first, e.g. ` +
        `iconv -f GB18030 -t UTF-8 original.txt > article.txt, and import the converted file.`,
    );
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new InputError(
      `${name} looks like a binary file (${controls} control characters), not text. Save the article as plain UTF-8 text (.txt) and import that.`,
    );
  }
  if (text.trim() === "") {
    throw new InputError(`${name} holds only white space: nothing to import.`);
  }
  return text.replace(/\r\n?/gu, "\n");
}
