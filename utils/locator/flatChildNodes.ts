/**
 * A node's children as the page renders them (the flat tree): an open shadow host shows its shadow root,
 * a slot shows what is assigned to it (or its own fallback content when nothing is). A host's light
 * children therefore appear once, where their slot is; light children assigned to no slot are not
 * rendered and are left out.
 */
export function flatChildNodes(node: Node): ArrayLike<Node> {
  const shadowRoot = (node as Partial<Element>).shadowRoot;
  if (shadowRoot) return shadowRoot.childNodes;
  if (isFilledSlot(node)) return node.assignedNodes();
  return node.childNodes;
}

/**
 * Pushes the element children of {@link flatChildNodes} onto `stack` in reverse, so that popping visits
 * them in order. Reads siblings directly: in Chromium this is several times faster than `children`
 * collections, and this runs for every element of the page, every frame something changes.
 */
export function pushFlatChildElements(stack: Element[], node: Element | Document | ShadowRoot): void {
  const start = stack.length;
  const shadowRoot = (node as Partial<Element>).shadowRoot;
  if (shadowRoot) {
    for (let child = shadowRoot.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  } else if (isFilledSlot(node)) {
    stack.push(...node.assignedElements());
  } else {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  for (let low = start, high = stack.length - 1; low < high; low += 1, high -= 1) {
    const swap = stack[low] as Element;
    stack[low] = stack[high] as Element;
    stack[high] = swap;
  }
}

function isFilledSlot(node: Node): node is HTMLSlotElement {
  return (
    (node as Partial<Element>).localName === 'slot' && (node as HTMLSlotElement).assignedNodes().length > 0
  );
}
