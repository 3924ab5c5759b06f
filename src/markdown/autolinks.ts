/**
 * GitHub-flavoured Markdown turns `www.12337.gov.cn` into a link, but it ends the link only at
 * whitespace or ASCII punctuation, so in Chinese text, which has no spaces, the link swallows
 * the rest of the sentence: `打开 www.12337.gov.cn；用手机扫描二维码。` linked everything up to 。
 * and pointed at a host that does not exist. This Markdown plugin ends such a literal link at its
 * first non-ASCII character and gives the rest back to the sentence as text.
 */
import { defineMdastPlugin } from "satteri";

/** Where a literal link's address ends: the first character a URL written in text cannot hold. */
const END = /[^\x21-\x7e]/u;

export interface SplitLink {
  url: string;
  text: string;
  rest: string;
}

/**
 * For a link Markdown made from literal text (its text is its address, maybe without the
 * scheme), the address cut at the first non-ASCII character; undefined when there is nothing
 * to cut or the link was written by hand.
 */
export function splitLiteralLink(url: string, text: string): SplitLink | undefined {
  const scheme = /^(https?:\/\/|mailto:)/u.exec(url)?.[0] ?? "";
  const prefix = text.startsWith(scheme) ? "" : scheme;
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    decoded = url;
  }
  if (decoded !== `${prefix}${text}` && url !== `${prefix}${text}`) return undefined;
  const cut = text.search(END);
  if (cut <= 0) return undefined;
  const address = text.slice(0, cut).replace(/[.,:;!?]+$/u, "");
  return { url: `${prefix}${address}`, text: address, rest: text.slice(address.length) };
}

export const cjkAutolinks = defineMdastPlugin({
  name: "pingan-cjk-autolinks",
  link(node, ctx) {
    const [only, ...others] = node.children;
    if (!only || others.length > 0 || only.type !== "text") return;
    const split = splitLiteralLink(node.url, only.value);
    if (!split) return;
    ctx.replaceNode(node, [
      { type: "link", url: split.url, children: [{ type: "text", value: split.text }] },
      { type: "text", value: split.rest },
    ]);
  },
});
