import { isElement, isShadowRoot } from './domNodes';

/**
 * The parent in the flat tree, crossing shadow boundaries: a slotted node's slot, a shadow root's host,
 * otherwise the parent element. Lets `closest`-style climbs see that text slotted into `<mp-button>` sits
 * inside the `<button>` of its shadow root.
 */
export function composedParent(node: Node): Element | null {
  const slot = assignedSlotOf(node);
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (isElement(parent)) return parent;
  if (isShadowRoot(parent)) return parent.host;
  return null;
}

/** Whether `ancestor` contains `node` in the flat tree (an element is not its own ancestor). */
export function isComposedAncestor(ancestor: Element, node: Node): boolean {
  for (let current = composedParent(node); current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The nearest element from `node` upwards (itself included) that satisfies `predicate`, across shadow roots. */
export function closestComposed(node: Element, predicate: (element: Element) => boolean): Element | null {
  for (let current: Element | null = node; current; current = composedParent(current)) {
    if (predicate(current)) return current;
  }
  return null;
}

function assignedSlotOf(node: Node): HTMLSlotElement | null {
  const host = node.parentElement;
  // Only children of a host whose shadow root we can see can be slotted somewhere we can see.
  if (!host?.shadowRoot) return null;
  const native = (node as Node & Partial<Slottable>).assignedSlot;
  if (native !== undefined) return native;
  // Environments without `assignedSlot` (happy-dom): ask the host's slots.
  for (const slot of host.shadowRoot.querySelectorAll('slot')) {
    if (slot.assignedNodes().includes(node as ChildNode)) return slot;
  }
  return null;
}
