/**
 * Terminal output for the staff commands: colour only where it helps and is wanted. No colour
 * when NO_COLOR is set (https://no-color.org) or the stream is not a terminal (a log file or a
 * pipe would get escape codes as text); FORCE_COLOR turns it on for terminals that hide isTTY.
 */

export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

export function wantsColour(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  if (env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0") return true;
  return stream.isTTY === true;
}

const sgr = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

export function paint(enabled: boolean): Paint {
  if (!enabled) {
    const plain = (text: string) => text;
    return { red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
  }
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
  };
}

/** Paint for a stream, deciding colour once. */
export const paintFor = (stream: { isTTY?: boolean }): Paint => paint(wantsColour(stream));
