import {
  CHANGED_TREE,
  deepQueryAll,
  observeComposedTree,
  resolvePlatform,
  type LocatorPlatform,
} from '@/utils/locator';

/** What can be in the top layer: modal dialogs and popovers. */
const TOP_LAYER = 'dialog,[popover]';

/**
 * Keeps the overlay's host above what the page puts in the browser's top layer:
 * - a native modal `<dialog>` (`showModal()`) makes the rest of the page inert, and no z-index gets
 *   above the top layer: the host moves into the topmost open modal dialog (its subtree stays
 *   interactive) and back to the document when it closes;
 * - an open `popover` (a drop-down list) is drawn above everything shown before it: the host is shown
 *   as a manual popover itself, again after each new one opens.
 * Watches with the locator's observer (batched to frames) and the `toggle` events popovers fire.
 * Returns its cleanup, which puts the host back where it was.
 */
export function keepHostOnTop(
  host: HTMLElement,
  doc: Document = host.ownerDocument,
  platformOverrides?: Partial<LocatorPlatform>,
): () => void {
  const platform = resolvePlatform(platformOverrides);
  const home = host.parentNode ?? doc.documentElement;
  const supportsPopover = typeof host.showPopover === 'function';
  let openPopovers: readonly Element[] = [];
  let frame = 0;

  const isModal = (el: Element) => el.localName === 'dialog' && safeMatches(el, ':modal');
  const isOpenPopover = (el: Element) => supportsPopover && safeMatches(el, ':popover-open');

  /** Puts the host where it must be; returns whether anything in the top layer changed. */
  const place = (): boolean => {
    frame = 0;
    // One walk for both: on a busy page this runs (up to) every frame.
    const onTop = deepQueryAll(doc, (el) => el !== host && (isModal(el) || isOpenPopover(el)), {
      ignore: (el) => el === host,
    });
    const modals = onTop.filter(isModal);
    const parent = modals[modals.length - 1] ?? home;
    let changed = false;
    if (host.parentNode !== parent) {
      const focused = host.shadowRoot?.activeElement;
      parent.appendChild(host);
      if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
      openPopovers = [];
      changed = true;
    }
    if (!supportsPopover) return changed;
    const popovers = onTop.filter(isOpenPopover);
    const appeared = popovers.some((el) => !openPopovers.includes(el));
    changed ||= appeared || popovers.length !== openPopovers.length;
    openPopovers = popovers;
    if (!appeared && (popovers.length === 0 || host.matches(':popover-open'))) return changed;
    // Shown (again) after the page's popovers, the host is drawn above them.
    if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
    return true;
  };
  const schedule = () => {
    if (!frame) frame = platform.requestAnimationFrame(place);
  };
  // The observer batches to a frame already: place in that frame. What it reports lets it check less often
  // on a page that keeps changing while nothing reaches the top layer; popovers opening say so at once
  // with their toggle event.
  const placeNow = (): boolean => {
    if (frame) platform.cancelAnimationFrame(frame);
    return place();
  };

  const stopObserving = observeComposedTree({
    root: doc,
    ignore: (el) => el === host,
    onChange: placeNow,
    // Only a dialog or popover shown, hidden, added or removed can change the top layer.
    matters: (el, changed) =>
      !!(changed & CHANGED_TREE) && (el.matches(TOP_LAYER) || !!el.querySelector(TOP_LAYER)),
    platform,
  });
  doc.addEventListener('toggle', schedule, true);
  place();
  return () => {
    stopObserving();
    doc.removeEventListener('toggle', schedule, true);
    if (frame) platform.cancelAnimationFrame(frame);
    if (supportsPopover && host.matches(':popover-open')) host.hidePopover();
    host.removeAttribute('popover');
    if (host.isConnected && host.parentNode !== home) home.appendChild(host);
  };
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // an engine without :modal / :popover-open (tests): nothing is in the top layer
  }
}
