/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const OPERATING_ROLES = new Set([
  'combobox',
  'listbox',
  'option',
  'menuitem',
  'textbox',
  'searchbox',
  'spinbutton',
]);

/**
 * True while the user is typing or operating a drop-down on the page: moving focus into the guide's card
 * then would steal their keystrokes, so the step change is only announced.
 */
export function isUserOperatingControl(doc: Document = document): boolean {
  const active = deepActiveElement(doc);
  if (!active || active === doc.body) return false;
  if (
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement
  ) {
    return true;
  }
  if (active instanceof HTMLElement && active.isContentEditable) return true;
  return OPERATING_ROLES.has(active.getAttribute('role') ?? '');
}

/** The element keyboard focus should go to for a target: itself, or the first focusable thing inside it. */
export function focusableOf(element: Element): HTMLElement | null {
  const selector =
    'button, a[href], input, textarea, select, [tabindex]:not([tabindex="-1"]), [role="tab"], [role="combobox"]';
  if (element instanceof HTMLElement && element.matches(selector)) return element;
  const inner = element.shadowRoot?.querySelector(selector) ?? element.querySelector(selector);
  if (inner instanceof HTMLElement) return inner;
  return element instanceof HTMLElement && element.tabIndex >= 0 ? element : null;
}
