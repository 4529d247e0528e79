import { closestComposed } from './composedParent';
import { isElement } from './domNodes';
import type { LocatorPlatform } from './platform';
import type { LocatorRoot } from './types';
import { openShadowRootsIn } from './walkComposedTree';

export interface ObserveComposedTreeOptions {
  root: LocatorRoot;
  platform: LocatorPlatform;
  ignore?: (element: Element) => boolean;
  /**
   * Called at most once per animation frame, after the tree changed. Returning `false` says the check
   * found nothing new: on a page that keeps changing, checks then come less often (see `flush`). Any
   * other result counts as "something changed".
   */
  onChange: () => unknown;
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
/** After checks that found nothing new, the next waits 1, 2, 4… frames, at most about this long. */
const QUIET_MAX_WAIT_MS = 100;
const FRAME_MS = 1000 / 60;
/** Taken off each quiet wait, so that frames a little early (they jitter) still count as the next. */
const FRAME_SLACK_MS = 8;
/** Shadow roots are looked for in added subtrees; the whole tree is walked again at most this often. */
const FULL_SYNC_EVERY_MS = 500;

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
  let addedSinceSync: Element[] = [];
  let stopped = false;
  let nextCheckAt = -Infinity;
  // The walk at the start (below) is the first whole-tree walk.
  let nextFullSyncAt = platform.now() + FULL_SYNC_EVERY_MS;
  let quietChecks = 0;

  const isIgnored = (node: Node): boolean => {
    if (!ignore) return false;
    const element = isElement(node) ? node : node.parentElement;
    return element !== null && closestComposed(element, ignore) !== null;
  };

  const observer = platform.createMutationObserver((records) => {
    if (stopped) return;
    // A busy page sends many records about the same few nodes: each target's place is looked up once.
    const ignoredTargets = new Map<Node, boolean>();
    const added: Element[] = [];
    let relevant = false;
    for (const record of records) {
      let ignored = ignoredTargets.get(record.target);
      if (ignored === undefined) ignoredTargets.set(record.target, (ignored = isIgnored(record.target)));
      if (ignored) continue;
      relevant = true;
      if (record.type !== 'childList') continue;
      structureChanged = true;
      for (const node of record.addedNodes)
        if (isElement(node) && node.isConnected && !isIgnored(node)) added.push(node);
    }
    if (!relevant) return;
    frame ??= platform.requestAnimationFrame(flush);
    if (added.length === 0) return;
    addedSinceSync.push(...added);
    onAdded?.(added);
  });

  const observe = (node: Node) => {
    observer.observe(node, OBSERVE);
    observed.add(node);
  };

  // A full walk: every open shadow root in the tree is watched, and roots that left it are let go.
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

  // New shadow roots mostly come with new elements: only those are walked, and the whole tree only when a
  // watched root may have left it, or now and then (a root attached to an element already in the tree
  // makes no mutation record). On a page that adds and removes elements all the time, a frame then costs
  // what changed, not the size of the page.
  const syncAfterChanges = (at: number) => {
    const added = addedSinceSync;
    addedSinceSync = [];
    const rootGone = [...observed].some((node) => node !== root && !(node as ShadowRoot).host.isConnected);
    if (rootGone || at >= nextFullSyncAt) {
      nextFullSyncAt = at + FULL_SYNC_EVERY_MS;
      syncShadowRoots();
      return;
    }
    for (const element of added) {
      if (!element.isConnected) continue;
      for (const shadowRoot of openShadowRootsIn(element, { ignore }))
        if (!observed.has(shadowRoot)) observe(shadowRoot);
    }
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
      syncAfterChanges(startedAt);
    }
    const foundSomething = onChange() !== false;
    // On a huge page that changes every frame, checks would eat the frame budget: after a check that took
    // t ms, let 3t ms pass before the next one (so at most about a quarter of the main thread). Checks of
    // ordinary pages take a few ms and still run every frame. And on a page that keeps changing while the
    // checks find nothing new (an animation, a ticker, a live feed), they come 2, 4… frames apart, at most
    // 100 ms: elements added are still looked at as they come (`onAdded`), and the first change after a
    // quiet moment is checked in its frame.
    quietChecks = foundSomething ? 0 : quietChecks + 1;
    const quietWait =
      quietChecks === 0 ? 0 : Math.min(QUIET_MAX_WAIT_MS, FRAME_MS * 2 ** (quietChecks - 1)) - FRAME_SLACK_MS;
    const finishedAt = platform.now();
    nextCheckAt = finishedAt + Math.max((finishedAt - startedAt) * CHECK_BUDGET_RATIO, quietWait);
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
