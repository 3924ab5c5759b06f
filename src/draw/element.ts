/**
 * The element trees templates return: the plain `{ type, props }` objects Satori reads in place
 * of React elements, so templates need neither JSX nor React.
 */
export type Style = Record<string, string | number>;

export type Child = Element | string;

export interface Element {
  type: "div" | "span" | "img" | "svg" | "path";
  props: {
    style?: Style;
    children?: Child | Child[];
    lang?: string;
    [attribute: string]: unknown;
  };
}

/** A `div`; Satori lays out every `div` with flexbox. */
export function div(style: Style, children?: Child | Child[]): Element {
  return { type: "div", props: children === undefined ? { style } : { style, children } };
}

/** Every piece of text in a tree, for the glyph check. */
export function textOf(node: Child | Child[] | undefined): string {
  if (node === undefined) return "";
  if (typeof node === "string") return node;
  if (Array.isArray(node)) return node.map(textOf).join("");
  return textOf(node.props.children);
}
