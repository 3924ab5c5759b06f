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

async function fetchBody(url: string): Promise<{ html: string; text: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), "text/html");
  return { html: doc.body.innerHTML.trim(), text: (doc.body.textContent ?? "").trim() };
}

function copyHtml(url: string): Promise<void> {
  // The ClipboardItem is made inside the click (Safari's rule); its contents follow.
  const body = fetchBody(url);
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
  button.hidden = false;
  button.addEventListener("click", () => {
    const done = htmlUrl !== undefined ? copyHtml(htmlUrl) : copyText(textId ?? "");
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
