import { pushFlatChildElements } from './flatChildNodes';
import type { LocatorRoot } from './types';

export interface WalkOptions {
  /** Elements for which this returns true are skipped with their whole subtree. */
  ignore?: (element: Element) => boolean;
}

/**
 * Every element under `root` in flat-tree order (the order the page renders them): light DOM, the inside
 * of every open shadow root, slotted content once (where its slot is), and drop-downs portalled to
 * `<body>` like any other element. Closed shadow roots are invisible by definition.
 * Iterative with one explicit stack: deep component nesting costs no generator chain.
 */
export function* walkComposedTree(root: LocatorRoot, options: WalkOptions = {}): Generator<Element> {
  const { ignore } = options;
  const stack: Element[] = [];
  pushFlatChildElements(stack, root);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (ignore?.(element)) continue;
    yield element;
    pushFlatChildElements(stack, element);
  }
}

/** All elements under `root`, through open shadow roots, that satisfy `predicate`, in flat-tree order. */
export function deepQueryAll(
  root: LocatorRoot,
  predicate: (element: Element) => boolean,
  options: WalkOptions = {},
): Element[] {
  const found: Element[] = [];
  for (const element of walkComposedTree(root, options)) {
    if (predicate(element)) found.push(element);
  }
  return found;
}

/** The open shadow roots under `root` (nested ones included), e.g. to observe each of them. */
export function openShadowRootsIn(root: LocatorRoot, options: WalkOptions = {}): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  if ('shadowRoot' in root && root.shadowRoot) roots.push(root.shadowRoot);
  for (const element of walkComposedTree(root, options)) {
    if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return roots;
}
