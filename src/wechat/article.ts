/**
 * The WeChat-ready article: one HTML file whose every element carries its look in an inline
 * `style`, because the WeChat official-account editor drops classes, style sheets and scripts
 * when an article is pasted in. Images point at absolute addresses so the editor can fetch them.
 * Pure: an ArticleSource in, a complete HTML document out.
 *
 * Safe to open, whatever the content holds: only the elements and attributes listed here are
 * kept; a link keeps its address only if it is http(s), mailto or tel, and an image only if it
 * is the site's own (same origin), each judged on the address as a browser reads it (parsed:
 * entities decoded by the HTML parser, then the URL parser, which ignores case, tabs, newlines
 * and surrounding spaces, so `JaVa&#x53;cript:` and `java\tscript:` are seen for what they are).
 * The document carries a Content Security Policy that allows no script, no connection and no
 * image from elsewhere; inline styles are allowed, as the editor needs them.
 */
import {
  defaultTreeAdapter as tree,
  parseFragment,
  serialize,
  type DefaultTreeAdapterTypes,
} from "parse5";
import { locales } from "../i18n/locales.ts";
import { escapeHtml } from "../html/escape.ts";
import type { ArticleSource } from "../staff/source.ts";

export interface WechatTheme {
  /** Heading rules and accents: the site's primary colour. */
  primary: string;
}

export interface WechatStrings {
  /** `原文链接：{url}` with the address filled in. */
  originalLink: string;
  /** `{label}：{value}` in the article's language. */
  labelValue: (label: string, value: string) => string;
}

const TEXT = "#1a1a1a";
const MUTED = "#595959";
const BORDER = "#d9d2c7";
const SURFACE = "#f6f3ee";

/** Inline styles per element; elements not named keep no style. */
function styles(theme: WechatTheme): Record<string, string> {
  return {
    h1: `margin:0 0 12px;font-size:22px;line-height:1.4;font-weight:bold;color:${TEXT};`,
    h2: `margin:28px 0 12px;padding-left:10px;border-left:4px solid ${theme.primary};font-size:18px;line-height:1.5;font-weight:bold;color:${TEXT};`,
    h3: `margin:20px 0 8px;font-size:16px;line-height:1.5;font-weight:bold;color:${TEXT};`,
    h4: `margin:16px 0 8px;font-size:16px;line-height:1.5;font-weight:bold;color:${TEXT};`,
    p: `margin:0 0 16px;font-size:16px;line-height:1.75;color:${TEXT};text-align:justify;`,
    ul: "margin:0 0 16px;padding-left:24px;",
    ol: "margin:0 0 16px;padding-left:24px;",
    li: `margin:0 0 6px;font-size:16px;line-height:1.75;color:${TEXT};`,
    blockquote: `margin:0 0 16px;padding:8px 12px;border-left:3px solid ${BORDER};background:${SURFACE};color:${MUTED};`,
    strong: `font-weight:bold;color:${TEXT};`,
    b: `font-weight:bold;color:${TEXT};`,
    em: "font-style:italic;",
    a: "color:#0b4f9c;text-decoration:underline;",
    img: "display:block;max-width:100%;height:auto;margin:16px auto;",
    table: "width:100%;margin:0 0 16px;border-collapse:collapse;font-size:14px;",
    th: `padding:6px 8px;border:1px solid ${BORDER};text-align:left;font-weight:bold;`,
    td: `padding:6px 8px;border:1px solid ${BORDER};text-align:left;`,
    hr: `margin:24px 0;border:0;border-top:1px solid ${BORDER};`,
    code: `padding:0 4px;background:${SURFACE};font-family:monospace;`,
  };
}

/** A box in the page (an aside). */
const BOX = (theme: WechatTheme) =>
  `margin:0 0 16px;padding:12px 16px;border:1px solid ${BORDER};border-left:4px solid ${theme.primary};background:${SURFACE};`;

/** Elements the editor would drop, or that must never reach it, removed with their content. */
const REMOVED = new Set([
  "script",
  "style",
  "link",
  "meta",
  "base",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "noscript",
  "template",
  "svg",
  "math",
  "video",
  "audio",
  "canvas",
  "select",
  "head",
  "title",
]);

/** Elements kept (HTML ones only); any other is replaced by its content. */
const ALLOWED = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "br",
  "hr",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "del",
  "ins",
  "sub",
  "sup",
  "small",
  "mark",
  "abbr",
  "cite",
  "q",
  "code",
  "kbd",
  "pre",
  "span",
  "a",
  "img",
  "figure",
  "figcaption",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "section",
  "aside",
  "div",
]);

const HTML_NS = "http://www.w3.org/1999/xhtml";

/** The schemes a link may keep. */
const LINK_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/**
 * A link's address, absolute, if it may be kept: http(s), mailto or tel. The value is as the
 * HTML parser decoded it (entities resolved); the URL parser then lowercases the scheme and
 * drops tabs, newlines and the spaces around it, as a browser does before following it.
 */
export function safeLink(value: string, baseUrl: string): string | undefined {
  if (!URL.canParse(value, baseUrl)) return undefined;
  const url = new URL(value, baseUrl);
  return LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
}

/** An image's address, absolute, if it is the site's own (relative, or the site's origin). */
export function safeImage(value: string, baseUrl: string): string | undefined {
  if (!URL.canParse(value, baseUrl)) return undefined;
  const url = new URL(value, baseUrl);
  const site = new URL(baseUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.origin !== site.origin || url.username || url.password) return undefined;
  return url.href;
}

/** The theme colour, if it is a hex colour; it goes into style attributes. */
function safeColour(colour: string): string {
  return /^#[0-9a-f]{3,8}$/iu.test(colour) ? colour : "#b71c1c";
}

/** The policy of the document: no scripts, nothing fetched but the site's own images. */
export function wechatPolicy(baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  return [
    "default-src 'none'",
    `img-src ${origin}`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Attributes kept (besides the style this module writes); everything else goes. */
const KEPT: Record<string, string[]> = {
  a: ["href"],
  img: ["src", "alt"],
  th: ["colspan", "rowspan"],
  td: ["colspan", "rowspan"],
  ol: ["start"],
};

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/**
 * The rendered body with inline styles only, absolute addresses, and nothing the editor drops.
 * Parsed and written by parse5 (as the HTML standard does) and changed in one walk of its tree.
 */
export function wechatBody(html: string, baseUrl: string, theme: WechatTheme): string {
  const css = styles({ primary: safeColour(theme.primary) });
  const boxes: Element[] = [];
  /** The nodes to keep in place of `nodes`, each cleaned. */
  const clean = (nodes: ChildNode[]): ChildNode[] =>
    nodes.flatMap((node): ChildNode[] => {
      if (tree.isCommentNode(node)) return [];
      if (!tree.isElementNode(node)) return [node];
      const name = node.tagName.toLowerCase();
      if (REMOVED.has(name)) return [];
      // Not ours to keep (or not HTML): its content stays, in its place.
      const unwrap = () => clean(node.childNodes);
      if (node.namespaceURI !== HTML_NS || !ALLOWED.has(name)) return unwrap();
      // The editor keeps <section> but not <aside>; a box's first paragraph is its title.
      if (name === "aside") boxes.push(node);
      const tag = name === "aside" || name === "div" ? "section" : name;
      node.tagName = node.nodeName = tag;
      const keep = KEPT[tag] ?? [];
      node.attrs = node.attrs.filter(
        (attr) => keep.includes(attr.name) && !attr.prefix && !attr.namespace,
      );
      for (const attr of node.attrs) {
        if (attr.name === "href") attr.value = safeLink(attr.value, baseUrl) ?? "";
        if (attr.name === "src") attr.value = safeImage(attr.value, baseUrl) ?? "";
      }
      // A link to nowhere safe is its text; an image from elsewhere is left out.
      const emptied = node.attrs.some((a) => (a.name === "href" || a.name === "src") && !a.value);
      if (tag === "a" && (emptied || !node.attrs.some((a) => a.name === "href"))) return unwrap();
      if (tag === "img" && (emptied || !node.attrs.some((a) => a.name === "src"))) return [];
      const style = tag === "section" ? undefined : css[tag];
      if (style) node.attrs.push({ name: "style", value: style });
      node.childNodes = clean(node.childNodes);
      for (const child of node.childNodes) child.parentNode = node;
      return [node];
    });
  const fragment = parseFragment(html);
  fragment.childNodes = clean(fragment.childNodes);
  for (const child of fragment.childNodes) child.parentNode = fragment;
  for (const box of boxes) {
    box.attrs.push({ name: "style", value: BOX({ primary: safeColour(theme.primary) }) });
    const title = box.childNodes.find(
      (node): node is Element => tree.isElementNode(node) && node.tagName === "p",
    );
    if (!title) continue;
    // The title becomes the box's heading (the editor keeps h3, as it does the article's; a
    // section without one is a validator warning), set as the paragraph was, in bold.
    title.tagName = title.nodeName = "h3";
    const value = `${css["p"]}font-weight:bold;`;
    const style = title.attrs.find((attr) => attr.name === "style");
    if (style) style.value = value;
    else title.attrs.push({ name: "style", value });
  }
  return serialize(fragment).trim();
}

export function wechatHtml(
  source: ArticleSource,
  theme: WechatTheme,
  strings: WechatStrings,
): string {
  const css = styles({ primary: safeColour(theme.primary) });
  const lang = locales[source.locale].lang;
  const cover = source.cover ? safeImage(source.cover.src, source.url) : undefined;
  const meta = source.meta.map((m) => escapeHtml(strings.labelValue(m.label, m.value)));
  const parts = [
    `<h1 style="${css["h1"]}">${escapeHtml(source.title)}</h1>`,
    `<p style="margin:0 0 20px;font-size:14px;line-height:1.6;color:${MUTED};">${meta.join("<br>")}</p>`,
    source.cover && cover
      ? `<img src="${escapeHtml(cover)}" alt="${escapeHtml(source.cover.alt)}" style="${css["img"]}">`
      : "",
    source.lead
      ? `<p style="margin:0 0 20px;padding:12px 16px;background:${SURFACE};font-size:16px;line-height:1.75;color:${TEXT};">${escapeHtml(source.lead)}</p>`
      : "",
    wechatBody(source.bodyHtml, source.url, theme),
    ...source.facts.flatMap((fact) => [
      `<h2 style="${css["h2"]}">${escapeHtml(fact.label)}</h2>`,
      wechatBody(/^\s*</.test(fact.html) ? fact.html : `<p>${fact.html}</p>`, source.url, theme),
    ]),
    `<p style="margin:32px 0 0;padding-top:12px;border-top:1px solid ${BORDER};font-size:14px;line-height:1.6;color:${MUTED};">${escapeHtml(source.siteName)}<br>${escapeHtml(strings.originalLink)}</p>`,
  ].filter(Boolean);
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(wechatPolicy(source.url))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(source.title)}</title>`,
    "</head>",
    '<body style="margin:0;padding:16px;background:#ffffff;">',
    `<section style="max-width:677px;margin:0 auto;font-size:16px;line-height:1.75;color:${TEXT};">`,
    ...parts,
    "</section>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
