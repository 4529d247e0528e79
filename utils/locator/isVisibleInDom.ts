import { composedParent } from './composedParent';

export type MeasureElement = (element: Element) => { width: number; height: number };

const measureWithLayout: MeasureElement = (element) => element.getBoundingClientRect();

/**
 * Whether a user could see the element: connected, not `hidden`, not inside `aria-hidden="true"` or
 * `inert`, not `display: none` / `visibility: hidden` (itself or any ancestor, across shadow boundaries),
 * and with a non-zero box. `measure` exists for environments without layout (happy-dom: every rect is 0x0).
 */
export function isVisibleInDom(element: Element, measure: MeasureElement = measureWithLayout): boolean {
  if (!element.isConnected) return false;
  if (isExcludedByAttributes(element)) return false;
  if (!isRenderedByStyle(element)) return false;
  const { width, height } = measure(element);
  return width > 0 && height > 0;
}

function isExcludedByAttributes(element: Element): boolean {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (
      current.hasAttribute('hidden') ||
      current.hasAttribute('inert') ||
      current.getAttribute('aria-hidden') === 'true'
    ) {
      return true;
    }
  }
  return false;
}

function isRenderedByStyle(element: Element): boolean {
  // Chromium answers natively for the flat tree, content-visibility included.
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
  }
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (view.getComputedStyle(current).display === 'none') return false;
  }
  // `visibility` is inherited, so the element's own value covers its ancestors, and a descendant that
  // sets `visibility: visible` inside a hidden ancestor is, correctly, visible.
  const { visibility } = view.getComputedStyle(element);
  return visibility !== 'hidden' && visibility !== 'collapse';
}
