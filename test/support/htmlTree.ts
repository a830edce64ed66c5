// Walking parse5 trees: the HTML export, the Markdown export rendered by markdown-it and the
// preview page are read back with parse5 and checked through these.
export type HtmlNode = {
  nodeName: string; tagName?: string; attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[]; value?: string; content?: HtmlNode;
};

export function walk(node: HtmlNode, visit: (n: HtmlNode) => void): void {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

/** The text of a node and everything below it. */
export function textOf(node: HtmlNode): string {
  let s = '';
  walk(node, n => { if (n.nodeName === '#text') s += n.value; });
  return s;
}

/** Every element below `tree` (with `tag`: only those). */
export function elements(tree: HtmlNode, tag?: string): HtmlNode[] {
  const out: HtmlNode[] = [];
  walk(tree, n => { if (n.tagName && (!tag || n.tagName === tag)) out.push(n); });
  return out;
}

export const attr = (n: HtmlNode, name: string): string | undefined => n.attrs?.find(a => a.name === name)?.value;

/** Tag names and attribute names that appear below `tree`. */
export function tagsAndAttributes(tree: HtmlNode): { tags: string[]; attrs: string[] } {
  const tags: string[] = [];
  const attrs: string[] = [];
  walk(tree, n => { if (n.tagName) tags.push(n.tagName); for (const a of n.attrs ?? []) attrs.push(a.name); });
  return { tags, attrs };
}
