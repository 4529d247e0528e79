import { closestComposed } from './composedParent';
import { isElement } from './domNodes';
import type { LocatorPlatform } from './platform';
import type { LocatorRoot } from './types';
import { openShadowRootsIn } from './walkComposedTree';

export interface ObserveComposedTreeOptions {
  root: LocatorRoot;
  platform: LocatorPlatform;
  ignore?: (element: Element) => boolean;
  /** Called at most once per animation frame, after the tree changed. */
  onChange: () => void;
  /**
   * Called at once, in the mutation observer's callback (before the page paints), with the elements
   * just added to the tree: for a cheap check of only what is new (e.g. "is the target in there?") that
   * must not wait for the frame. Keep it proportional to what was added: it runs on every batch.
   */
  onAdded?: (elements: readonly Element[]) => void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // What can make a target appear, disappear or change its role or name. Not every attribute: pages
  // animate others (e.g. `aria-valuenow`, `data-*`) all the time.
  attributeFilter: [
    'hidden',
    'style',
    'class',
    'aria-hidden',
    'inert',
    'open',
    'role',
    'aria-label',
    'aria-labelledby',
    'title',
    'placeholder',
    'alt',
    'href',
    'for',
    'id',
  ],
};

const CHECK_BUDGET_RATIO = 3;

/**
 * Watches `root` and every open shadow root inside it (a MutationObserver does not see through shadow
 * boundaries), including roots that appear later, and reports changes batched to one call per animation
 * frame (fewer on pages where a check is slow, see `flush`). Returns the one function that stops
 * everything: observer disconnected, pending frame cancelled.
 */
export function observeComposedTree({
  root,
  platform,
  ignore,
  onChange,
  onAdded,
}: ObserveComposedTreeOptions): () => void {
  const observed = new Set<Node>();
  let frame: number | null = null;
  let structureChanged = false;
  let stopped = false;
  let nextCheckAt = -Infinity;

  const isIgnored = (node: Node): boolean => {
    if (!ignore) return false;
    const element = isElement(node) ? node : node.parentElement;
    return element !== null && closestComposed(element, ignore) !== null;
  };

  const observer = platform.createMutationObserver((records) => {
    if (stopped) return;
    const relevant = records.filter((record) => !isIgnored(record.target));
    if (relevant.length === 0) return;
    if (relevant.some((record) => record.type === 'childList')) structureChanged = true;
    frame ??= platform.requestAnimationFrame(flush);
    if (!onAdded) return;
    const added: Element[] = [];
    for (const record of relevant) {
      if (record.type !== 'childList') continue;
      for (const node of record.addedNodes)
        if (isElement(node) && node.isConnected && !isIgnored(node)) added.push(node);
    }
    if (added.length > 0) onAdded(added);
  });

  const observe = (node: Node) => {
    observer.observe(node, OBSERVE);
    observed.add(node);
  };

  // New shadow roots can only come with new elements, so a full walk is needed only after childList changes.
  const syncShadowRoots = () => {
    const current = new Set<Node>(openShadowRootsIn(root, { ignore }));
    const someGone = [...observed].some((node) => node !== root && !current.has(node));
    if (someGone) {
      // A MutationObserver cannot stop watching one node: start over, so removed subtrees are not kept alive.
      observer.disconnect();
      observed.clear();
      observe(root);
    }
    for (const shadowRoot of current) if (!observed.has(shadowRoot)) observe(shadowRoot);
  };

  function flush() {
    frame = null;
    if (stopped) return;
    const startedAt = platform.now();
    if (startedAt < nextCheckAt) {
      frame = platform.requestAnimationFrame(flush);
      return;
    }
    if (structureChanged) {
      structureChanged = false;
      syncShadowRoots();
    }
    onChange();
    // On a huge page that changes every frame, checks would eat the frame budget: after a check that took
    // t ms, let 3t ms pass before the next one (so at most about a quarter of the main thread). Checks of
    // ordinary pages take a few ms and still run every frame.
    const finishedAt = platform.now();
    nextCheckAt = finishedAt + (finishedAt - startedAt) * CHECK_BUDGET_RATIO;
  }

  observe(root);
  syncShadowRoots();

  return () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (frame !== null) platform.cancelAnimationFrame(frame);
    frame = null;
    observed.clear();
  };
}
