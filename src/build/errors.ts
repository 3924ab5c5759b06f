/** Turns a build error into text for publicity staff: what is wrong, where, and the fix. */

interface ErrorLike {
  name?: string;
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  cause?: unknown;
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & ErrorLike;
  const lines = [e.message.trim()];
  if (e.loc?.file) {
    lines.push(
      `File: ${e.loc.file}${e.loc.line ? `:${e.loc.line}` : ""}${e.loc.column ? `:${e.loc.column}` : ""}`,
    );
  }
  if (e.hint) lines.push(`Hint: ${e.hint.trim()}`);
  if (e.cause instanceof Error && !e.message.includes(e.cause.message)) {
    lines.push(`Cause: ${e.cause.message}`);
  }
  return lines.join("\n");
}
