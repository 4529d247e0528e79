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
  /**
   * Whether a change at `element` can matter to `onChange` (`changed`: the CHANGED_* bits). Without it,
   * every change is checked. With it, frames whose changes all say no skip `onChange`; a change inside or
   * around a watched shadow root, a new shadow root, and (at most SAFETY_CHECK_MS after a skipped change)
   * a check regardless still come. A busy part of the page that holds nothing looked for then costs a
   * test per changed element, not a check of the page.
   */
  matters?: (element: Element, changed: number) => boolean;
}

/** The element's text or children changed. */
export const CHANGED_TEXT = 1;
/** The element was added or removed, or an attribute that can show or hide it changed. */
export const CHANGED_TREE = 2;
/** An attribute that names or identifies it changed (role, labels, id...). */
export const CHANGED_NAMING = 4;
/** The attributes (of OBSERVE's) that show or hide: the rest name or identify. */
const SHOWING = new Set(['hidden', 'style', 'class', 'aria-hidden', 'inert', 'open']);
/**
 * A change `matters` said no to is still checked at most this long after: a test per element cannot see
 * everything (a sibling selector showing another element, a label referenced by id changing its text).
 */
export const SAFETY_CHECK_MS = 1000;

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
  matters,
}: ObserveComposedTreeOptions): () => void {
  const observed = new Set<Node>();
  /** What changed since the last frame, by element (only with `matters`). */
  const changes = new Map<Element, number>();
  let safety: ReturnType<typeof setTimeout> | undefined;
  let force = false;
  // A node's place inside or outside an ignored subtree, looked up once per full sync.
  let ignoredCache = new WeakMap<Node, boolean>();
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
    let ignored = ignoredCache.get(node);
    if (ignored === undefined) {
      const element = isElement(node) ? node : node.parentElement;
      ignoredCache.set(node, (ignored = element !== null && closestComposed(element, ignore) !== null));
    }
    return ignored;
  };
  const note = (node: Node | null, changed: number) => {
    if (node && isElement(node)) changes.set(node, (changes.get(node) ?? 0) | changed);
  };

  const observer = platform.createMutationObserver((records) => {
    if (stopped) return;
    const added: Element[] = [];
    let gone: Set<Node> | undefined;
    let relevant = false;
    for (const record of records) {
      const { target } = record;
      if (isIgnored(target)) continue;
      relevant = true;
      if (record.type === 'attributes') {
        if (matters) note(target, SHOWING.has(record.attributeName ?? '') ? CHANGED_TREE : CHANGED_NAMING);
      } else if (record.type === 'characterData') {
        if (matters) note(target.parentNode, CHANGED_TEXT);
      } else {
        structureChanged = true;
        if (matters) note(target, CHANGED_TEXT);
        // Indexed loops: a NodeList's iterator costs more, on pages sending thousands of records a second.
        const { addedNodes, removedNodes } = record;
        for (let i = 0; i < addedNodes.length; i++) {
          const node = addedNodes[i] as Node;
          if (!isElement(node)) continue;
          // Added and removed again before this batch: no check can have seen it, and none will.
          if (!node.isConnected) (gone ??= new Set()).add(node);
          else if (!isIgnored(node)) {
            added.push(node);
            if (matters) note(node, CHANGED_TREE);
          }
        }
        if (matters)
          for (let i = 0; i < removedNodes.length; i++) {
            const node = removedNodes[i] as Node;
            if (!gone?.has(node) && !isIgnored(node)) note(node, CHANGED_TREE);
          }
      }
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
  const syncShadowRoots = (): boolean => {
    ignoredCache = new WeakMap();
    const before = observed.size;
    const current = new Set<Node>(openShadowRootsIn(root, { ignore }));
    const someGone = [...observed].some((node) => node !== root && !current.has(node));
    if (someGone) {
      // A MutationObserver cannot stop watching one node: start over, so removed subtrees are not kept alive.
      observer.disconnect();
      observed.clear();
      observe(root);
    }
    for (const shadowRoot of current) if (!observed.has(shadowRoot)) observe(shadowRoot);
    return observed.size > before;
  };

  // New shadow roots mostly come with new elements: only those are walked, and the whole tree only when a
  // watched root may have left it, or now and then (a root attached to an element already in the tree
  // makes no mutation record). On a page that adds and removes elements all the time, a frame then costs
  // what changed, not the size of the page.
  // Returns whether a shadow root is watched that was not (what is in it was never looked at).
  const syncAfterChanges = (at: number): boolean => {
    const added = addedSinceSync;
    addedSinceSync = [];
    const rootGone = [...observed].some((node) => node !== root && !(node as ShadowRoot).host.isConnected);
    if (rootGone || at >= nextFullSyncAt) {
      nextFullSyncAt = at + FULL_SYNC_EVERY_MS;
      return syncShadowRoots();
    }
    let found = false;
    for (const element of added) {
      if (!element.isConnected) continue;
      for (const shadowRoot of openShadowRootsIn(element, { ignore }))
        if (!observed.has(shadowRoot)) {
          observe(shadowRoot);
          found = true;
        }
    }
    return found;
  };

  /** Whether a change since the last frame may matter: `matters`, or it holds a watched shadow root. */
  const changesMatter = (): boolean => {
    if (!matters || force) return true;
    let hosts: Element[] | undefined;
    for (const [element, changed] of changes) {
      if (matters(element, changed)) return true;
      if (!(changed & CHANGED_TREE)) continue;
      if (element.shadowRoot) return true;
      if (!element.firstElementChild) continue;
      hosts ??= [...observed].flatMap((node) => (node === root ? [] : [(node as ShadowRoot).host]));
      if (hosts.some((host) => element.contains(host))) return true;
    }
    return false;
  };

  function flush() {
    frame = null;
    if (stopped) return;
    const startedAt = platform.now();
    if (startedAt < nextCheckAt) {
      frame = platform.requestAnimationFrame(flush);
      return;
    }
    let due = changesMatter();
    changes.clear();
    if (structureChanged) {
      structureChanged = false;
      due = syncAfterChanges(startedAt) || due;
    }
    if (due) {
      force = false;
      clearTimeout(safety);
      safety = undefined;
    } else
      safety ??= setTimeout(() => {
        force = true;
        frame ??= platform.requestAnimationFrame(flush);
      }, SAFETY_CHECK_MS);
    // Changes that did not matter count as a check that found nothing new (below).
    const foundSomething = due && onChange() !== false;
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
    clearTimeout(safety);
    observed.clear();
    changes.clear();
  };
}
