// Pages nested deeper than any real article (thousands of <div>s) are flattened before extraction:
// Readability's scoring walks ancestors for every node, so its time grows with depth × size (1,000
// nested <div>s took 10 s; 10,000 never finished). Below the limit the page is untouched; at the
// limit an element's whole subtree becomes paragraphs of its text, so no words are lost.

/** Deeper than the article markup of any news site we have seen (they stay under about 40). */
export const MAX_ELEMENT_DEPTH = 64;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// The same blocks domToText turns into paragraphs; skipped elements carry no prose.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT']);

const tagOf = (node: Node) => (node as Element).tagName.toUpperCase();

/** The elements at exactly `depth` below `root` that still have element children. Iterative: deep pages overflow a recursive walk. */
function elementsAtDepth(root: Element, depth: number): Element[] {
  const found: Element[] = [];
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, level] = stack.pop()!;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (level + 1 < depth) stack.push([child, level + 1]);
      else if (child.firstElementChild) found.push(child);
    }
  }
  return found;
}

/** The text of `element`'s subtree in document order, cut into paragraphs where a block starts or ends. */
function paragraphsOf(element: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const cut = () => {
    if (current.trim()) paragraphs.push(current);
    current = '';
  };
  // entries: a node to open, or `null` for the end of a block
  const stack: (Node | null)[] = [];
  for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length) {
    const node = stack.pop();
    if (node === null) { cut(); continue; }
    if (!node) continue;
    if (node.nodeType === TEXT_NODE) { current += node.textContent ?? ''; continue; }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = tagOf(node);
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') { current += '\n'; continue; }
    const block = BLOCK_TAGS.has(tag);
    if (block) { cut(); stack.push(null); }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  cut();
  return paragraphs;
}

/** Flattens every element deeper than `maxDepth` below <html> into <p> paragraphs of its text. Mutates and returns `document`. */
export function limitNesting(document: Document, maxDepth = MAX_ELEMENT_DEPTH): Document {
  const root = document.documentElement;
  if (!root) return document;
  for (const element of elementsAtDepth(root, maxDepth)) {
    const paragraphs = paragraphsOf(element);
    element.textContent = '';
    for (const text of paragraphs) {
      const p = document.createElement('p');
      text.split('\n').forEach((line, i) => {
        if (i > 0) p.appendChild(document.createElement('br'));
        p.appendChild(document.createTextNode(line));
      });
      element.appendChild(p);
    }
  }
  return document;
}
