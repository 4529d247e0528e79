import { isVisibleInDom } from '../isVisibleInDom';
import type { LocatorPlatform } from '../platform';

/**
 * happy-dom has no layout (every rect is 0x0): visibility is the real DOM check with every box measured
 * as 10x10, so only `hidden`, styles, aria-hidden and inert decide.
 */
export const isVisibleWithoutLayout = (element: Element): boolean =>
  isVisibleInDom(element, () => ({ width: 10, height: 10 }));

/**
 * Animation frames the test runs by hand, so "3 frames later" means exactly that, and a clock that
 * advances 16 ms per frame (or when the test says so).
 */
export function createManualFrames() {
  let nextHandle = 1;
  let clock = 0;
  const pending = new Map<number, () => void>();
  return {
    requestAnimationFrame: (callback: () => void) => {
      const handle = nextHandle++;
      pending.set(handle, callback);
      return handle;
    },
    cancelAnimationFrame: (handle: number) => {
      pending.delete(handle);
    },
    /** Runs the callbacks scheduled so far (like one browser frame). */
    now: () => clock,
    advanceClock: (milliseconds: number) => {
      clock += milliseconds;
    },
    runFrame: () => {
      clock += 16;
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback();
    },
    pendingCount: () => pending.size,
  };
}

export function createTestPlatform(): Partial<LocatorPlatform> & ReturnType<typeof createManualFrames> {
  return { ...createManualFrames(), isVisible: isVisibleWithoutLayout };
}

/** Lets queued MutationObserver callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Attaches an open shadow root with the given markup and returns it. */
export function shadow(host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

/** `querySelector` that fails the test loudly instead of returning null. */
export function $(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`test fixture: nothing matches ${selector}`);
  return found;
}
