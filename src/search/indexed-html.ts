/**
 * The part of a page that Pagefind is given: the page's `<html>` start tag (its `lang` picks the
 * index), its title, and the `data-pagefind-body` element, which is all Pagefind indexes when a
 * page has one. Header, navigation, footer and scripts are half of a page's bytes; Pagefind
 * reads 15% less for the same index, byte for byte (2,512 Chinese pages: about 3.5 s of
 * processor time instead of 4.2 s), and a Chinese section's index can only be written once it
 * has read every page.
 *
 * Only a page this can cut safely is cut: one `<main>` carrying `data-pagefind-body`, and no
 * other `data-pagefind-` attribute outside it but `data-pagefind-ignore` (a filter, sort or
 * meta anywhere else would otherwise be lost). Any other page is given whole.
 */
const BODY = "data-pagefind-body";
const ANY = "data-pagefind-";
/** Outside the body it changes nothing: Pagefind reads nothing there anyway. */
const IGNORE = "data-pagefind-ignore";

function count(html: string, part: string): number {
  let found = 0;
  for (let at = html.indexOf(part); at !== -1; at = html.indexOf(part, at + part.length)) found++;
  return found;
}

export function indexedHtml(html: string): string {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>");
  if (start === -1 || end === -1 || count(html, "<main") !== 1 || count(html, "</main>") !== 1) {
    return html;
  }
  const body = html.indexOf(BODY);
  // The attribute must be on <main> itself.
  if (body < start || body > html.indexOf(">", start)) return html;
  const read = (part: string) => count(part, ANY) - count(part, IGNORE);
  if (read(html.slice(start, end)) !== read(html)) return html;
  const root = /<html(?:\s[^>]*)?>/.exec(html)?.[0];
  if (!root) return html;
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? "";
  return (
    `<!DOCTYPE html>${root}<head><meta charset="utf-8">${title}</head>` +
    `<body>${html.slice(start, end + "</main>".length)}</body></html>`
  );
}
