/** Turns a build error into text for publicity staff: what is wrong, where, and the fix. */

interface ErrorLike {
  name?: string;
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  cause?: unknown;
}

const YAML_ERROR =
  /YAML|block mapping|implicit key|indentation|end of the stream|duplicated mapping key/i;

/** Astro's messages carry Markdown bold markers meant for its overlay; a terminal shows them raw. */
const plain = (text: string) => text.replace(/\*\*/g, "").replace(/^(\s*): /gm, "$1");

export function describeError(error: unknown, root = process.cwd()): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & ErrorLike;
  const relative = (file: string) =>
    file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  const lines = [plain(e.message.trim())];
  const file = e.loc?.file ? relative(e.loc.file) : undefined;
  if (file && /\.mdx?$/.test(file) && (e.name === "YAMLException" || YAML_ERROR.test(e.message))) {
    lines.unshift(
      `The frontmatter of ${file} (the block between the --- lines) is not valid YAML. ` +
        "Check the line named below: a value containing a colon must be in quotes, and every quote must be closed.",
    );
  }
  if (file) {
    const line = e.loc?.line ? `:${e.loc.line}` : "";
    const column = e.loc?.column ? `:${e.loc.column}` : "";
    lines.push(`File: ${file}${line}${column}`);
  }
  // Astro's generic hint only links to its documentation, which staff cannot act on.
  if (e.hint && !e.hint.includes("docs.astro.build")) lines.push(`Hint: ${plain(e.hint.trim())}`);
  if (e.cause instanceof Error && !e.message.includes(e.cause.message)) {
    lines.push(`Cause: ${plain(e.cause.message)}`);
  }
  return lines.join("\n");
}
