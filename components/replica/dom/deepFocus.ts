/** The focused element, looking through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';

function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.matches(TABBABLE)) return false;
  if (element.tabIndex < 0 || element.hasAttribute('disabled')) return false;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  return element.checkVisibility();
}

/**
 * Tabbable elements under `root` in composed-tree order: shadow roots are entered, slots are replaced by
 * what is assigned to them. Used by the modal's focus trap, which must see through nested components.
 */
export function tabbablesIn(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Node): void => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedElements({ flatten: true });
      for (const child of assigned.length > 0 ? assigned : Array.from(node.children)) visitElement(child);
      return;
    }
    if (node instanceof Element) visitElement(node);
  };
  const visitElement = (element: Element): void => {
    if (isTabbable(element)) found.push(element);
    const children = element.shadowRoot ? element.shadowRoot.children : element.children;
    for (const child of Array.from(children)) visit(child);
  };
  for (const child of Array.from(root.children)) visit(child);
  return found;
}
