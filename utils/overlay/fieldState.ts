/** The editable control behind a target: the element itself, or the input inside a custom element's shadow root. */
export function editableOf(element: Element): HTMLInputElement | HTMLTextAreaElement | null {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element;
  const inner =
    element.shadowRoot?.querySelector('input, textarea') ?? element.querySelector('input, textarea');
  return inner instanceof HTMLInputElement || inner instanceof HTMLTextAreaElement ? inner : null;
}

/** Visible text of an element including its open shadow root, whitespace folded. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element) {
      if (n.matches('style, script, template')) return;
      if (n.shadowRoot) {
        n.shadowRoot.childNodes.forEach(visit);
        return;
      }
    }
    n.childNodes.forEach(visit);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * A field shows a choice when what it shows is something other than its placeholder: a custom drop-down
 * its text, a text box (e.g. the chosen file's name) its value.
 */
export function hasChosenValue(element: Element, placeholder: string): boolean {
  const field = editableOf(element);
  const text = (field ? field.value.trim() : deepText(element)).toLowerCase();
  return text.length > 0 && !text.includes(placeholder.toLowerCase());
}

/** A control that would ignore a click: disabled natively or through ARIA, itself or its inner button. */
export function isDisabledControl(element: Element): boolean {
  const inner = element.shadowRoot?.querySelector('button') ?? null;
  return [element, inner].some(
    (el) => el !== null && (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true'),
  );
}
