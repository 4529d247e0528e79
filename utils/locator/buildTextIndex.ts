import { isElement, isText } from './domNodes';
import { BLOCK_TAGS, NOT_RENDERED_TAGS } from './textTags';
import type { LocatorRoot } from './types';

/**
 * The text under a root as the page shows it, in one string, with where each element's text lies in it.
 * Text comes through open shadow roots and slots (flat tree), without scripts, styles or `hidden`
 * subtrees, with whitespace runs collapsed to one space and lower-cased. Each element's text is the
 * range [starts[i], ends[i]) of `text`: asking "does this element hold the words?" is then a range test,
 * not a new string per element (which made a text search over a large page cost a frame on its own).
 */
export interface TextIndex {
  text: string;
  /** Elements in flat-tree pre-order (document order). */
  elements: Element[];
  starts: number[];
  ends: number[];
}

export function buildTextIndex(root: LocatorRoot, ignore?: (element: Element) => boolean): TextIndex {
  const pieces: string[] = [];
  const elements: Element[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  // As if preceded by a space: the text starts without one.
  let endsWithSpace = true;

  const append = (piece: string) => {
    const text = endsWithSpace && piece.startsWith(' ') ? piece.slice(1) : piece;
    if (text === '') return;
    pieces.push(text);
    length += text.length;
    endsWithSpace = text.endsWith(' ');
  };

  const visitChildren = (node: Node) => {
    const shadowRoot = (node as Partial<Element>).shadowRoot;
    if (!shadowRoot && (node as Partial<Element>).localName === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) {
        for (const child of assigned) visit(child);
        return;
      }
    }
    for (let child = (shadowRoot ?? node).firstChild; child; child = child.nextSibling) visit(child);
  };

  const visit = (node: Node) => {
    if (isText(node)) {
      append(node.data.replace(/\s+/g, ' ').toLowerCase());
      return;
    }
    if (!isElement(node) || ignore?.(node)) return;
    const index = elements.push(node) - 1;
    starts.push(length);
    ends.push(length);
    if (NOT_RENDERED_TAGS.has(node.localName) || node.hasAttribute('hidden')) return;
    const isBlock = BLOCK_TAGS.has(node.localName);
    if (isBlock) append(' ');
    starts[index] = length;
    visitChildren(node);
    ends[index] = length;
    if (isBlock) append(' ');
  };

  visitChildren(root);
  return { text: pieces.join(''), elements, starts, ends };
}
