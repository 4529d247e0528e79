import { isVisibleInDom } from './isVisibleInDom';

/**
 * Everything the locator needs from the browser beyond reading the DOM tree. Tests replace parts of it:
 * happy-dom has no layout (every rect is 0x0) and its animation frames are timers.
 */
export interface LocatorPlatform {
  /** Whether a user could see the element now (rendered, not aria-hidden or inert, non-zero size). */
  isVisible(element: Element): boolean;
  /** Schedules one batched check; in a content script, pass `ctx.requestAnimationFrame` so it dies with the context. */
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  createMutationObserver(callback: MutationCallback): MutationObserver;
  /** Milliseconds from any fixed origin: how long checks take, to keep them from hogging a busy page. */
  now(): number;
}

export const domPlatform: LocatorPlatform = {
  isVisible: (element) => isVisibleInDom(element),
  requestAnimationFrame: (callback) => globalThis.requestAnimationFrame(() => callback()),
  cancelAnimationFrame: (handle) => globalThis.cancelAnimationFrame(handle),
  createMutationObserver: (callback) => new MutationObserver(callback),
  now: () => performance.now(),
};

export function resolvePlatform(platform: Partial<LocatorPlatform> | undefined): LocatorPlatform {
  return platform ? { ...domPlatform, ...platform } : domPlatform;
}
