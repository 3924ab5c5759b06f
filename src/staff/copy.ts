/**
 * Copy buttons (progressive enhancement). Each button stays hidden unless this browser can
 * copy: `data-copy-text` copies the text of the element with that id (a sentence for a
 * report); `data-copy-html` copies the body of that HTML file as formatted text, so pasting
 * into the WeChat editor keeps headings, bold and colours. Without JavaScript the text can be
 * selected by hand and the file downloaded.
 */

function canCopyText(): boolean {
  return typeof navigator.clipboard?.writeText === "function";
}

function canCopyHtml(): boolean {
  return typeof navigator.clipboard?.write === "function" && typeof ClipboardItem === "function";
}

// The entities the staff files' escaping writes. Not src/html/escape.ts: the search page's
// script uses that too, and sharing it would split it into a chunk of its own, one more file
// every article page loads.
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/**
 * The body of an HTML file as markup and as plain text. Read as a string, not parsed into a
 * document: parsing here would apply its inline styles under this page's Content Security
 * Policy, which forbids them (and says so in the console).
 */
async function fetchBody(url: string): Promise<{ html: string; text: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const page = await response.text();
  const html = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(page)?.[1] ?? page).trim();
  const text = html
    .replace(/<br\s*\/?>|<\/(p|h[1-6]|li|section|tr)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { html, text };
}

/**
 * Copies through a copy event, which hands the markup to the clipboard as it is. The Clipboard
 * API's write() would parse it first, in this page, where the Content Security Policy refuses
 * its inline styles and reports each one in the console.
 */
function copyThroughEvent(body: { html: string; text: string }): boolean {
  const put = (event: ClipboardEvent) => {
    event.clipboardData?.setData("text/html", body.html);
    event.clipboardData?.setData("text/plain", body.text);
    event.preventDefault();
  };
  document.addEventListener("copy", put, { once: true });
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    document.removeEventListener("copy", put);
  }
}

function copyHtmlLater(body: Promise<{ html: string; text: string }>): Promise<void> {
  // The ClipboardItem is made inside the click (Safari's rule); its contents follow.
  const blob = (type: string, pick: (b: { html: string; text: string }) => string) =>
    body.then((b) => new Blob([pick(b)], { type }));
  return navigator.clipboard.write([
    new ClipboardItem({
      "text/html": blob("text/html", (b) => b.html),
      "text/plain": blob("text/plain", (b) => b.text),
    }),
  ]);
}

function copyText(id: string): Promise<void> {
  const source = document.getElementById(id);
  const text =
    source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement
      ? source.value
      : (source?.textContent ?? "");
  return navigator.clipboard.writeText(text);
}

function init(button: HTMLButtonElement): void {
  const { copyText: textId, copyHtml: htmlUrl, copied = "", failed = "" } = button.dataset;
  if (textId !== undefined ? !canCopyText() : !canCopyHtml()) return;
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
  // The file is fetched when the staff tools are opened, so the click can copy at once.
  let body: Promise<{ html: string; text: string }> | undefined;
  let ready: { html: string; text: string } | undefined;
  const load = () => {
    if (htmlUrl === undefined || body) return body;
    body = fetchBody(htmlUrl);
    body.then(
      (b) => (ready = b),
      () => (body = undefined),
    );
    return body;
  };
  const details = button.closest("details");
  if (details && !details.open) details.addEventListener("toggle", load, { once: true });
  else load();
  button.hidden = false;
  button.addEventListener("click", () => {
    let done: Promise<void>;
    if (textId !== undefined) done = copyText(textId);
    else if (ready && copyThroughEvent(ready)) done = Promise.resolve();
    else done = copyHtmlLater(load() ?? Promise.reject(new Error("nothing to copy")));
    done.then(
      () => {
        if (status) status.textContent = copied;
      },
      () => {
        if (status) status.textContent = failed;
      },
    );
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) init(button);
