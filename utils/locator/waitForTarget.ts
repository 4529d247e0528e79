import type { Target } from '../../tours/types';
import { locateTarget } from './locateTarget';
import { observeComposedTree } from './observeComposedTree';
import { resolvePlatform } from './platform';
import type { LocateHit, LocateMiss, LocateOptions } from './types';

export interface WaitForTargetOptions extends LocateOptions {
  /** Aborting stops the wait like the returned cleanup does. */
  signal?: AbortSignal;
  /** Called once, synchronously if the target is already there, else in the frame it appears. */
  onFound: (element: Element, result: LocateHit) => void;
  /** Called once, synchronously, when the first look finds nothing; the wait goes on. */
  onMissing?: (result: LocateMiss) => void;
}

/**
 * Reports a target's element as soon as it is visible: at once if it is, else after DOM changes (document
 * and every open shadow root observed, checks batched to one per animation frame, no timers).
 * Stops observing when found, on abort, or when the returned cleanup is called (safe to call twice).
 */
export function waitForTarget(target: Target, options: WaitForTargetOptions): () => void {
  const { signal, onFound, onMissing, ...locateOptions } = options;
  if (signal?.aborted) return () => {};
  const first = locateTarget(target, locateOptions);
  if (first.element) {
    onFound(first.element, first);
    return () => {};
  }
  onMissing?.(first);

  let stopObserving: (() => void) | null = null;
  const cleanup = () => {
    stopObserving?.();
    stopObserving = null;
    signal?.removeEventListener('abort', cleanup);
  };
  stopObserving = observeComposedTree({
    root: locateOptions.root ?? document,
    platform: resolvePlatform(locateOptions.platform),
    ignore: locateOptions.ignore,
    onChange: () => {
      const result = locateTarget(target, locateOptions);
      if (!result.element) return;
      cleanup();
      onFound(result.element, result);
    },
  });
  signal?.addEventListener('abort', cleanup, { once: true });
  return cleanup;
}
