import type { Target, TargetStrategy } from '../../tours/types';
import { locateTarget, stillMatchesStrategy } from './locateTarget';
import { observeComposedTree } from './observeComposedTree';
import { resolvePlatform } from './platform';
import type { LocateOptions, LocateResult } from './types';

export interface TrackTargetOptions extends LocateOptions {
  /** Aborting stops tracking like the returned cleanup does. */
  signal?: AbortSignal;
  /**
   * Called at once with the current element (or null), then each time it changes: the element was
   * removed, hidden or reused for other content and another one (or none, null) now fits the target.
   */
  onChange: (element: Element | null, result: LocateResult) => void;
}

/**
 * Keeps the current element of a target while a step is shown, so the highlight never holds a dead node.
 * The element found is kept as long as it is connected, visible and still fits its strategy (the
 * highlight does not jump between equally good matches); otherwise the target is located again.
 * Same observation as {@link waitForTarget}: open shadow roots included, one check per frame, one cleanup.
 */
export function trackTarget(target: Target, options: TrackTargetOptions): () => void {
  const { signal, onChange, ...locateOptions } = options;
  if (signal?.aborted) return () => {};
  const platform = resolvePlatform(locateOptions.platform);
  const fitsStill = (element: Element, strategy: TargetStrategy) =>
    element.isConnected && platform.isVisible(element) && stillMatchesStrategy(element, strategy);
  let current = locateTarget(target, locateOptions);
  onChange(current.element, current);

  const stopObserving = observeComposedTree({
    root: locateOptions.root ?? document,
    platform,
    ignore: locateOptions.ignore,
    onChange: () => {
      if (current.element && fitsStill(current.element, current.strategy)) return;
      const previous = current.element;
      current = locateTarget(target, locateOptions);
      if (current.element !== previous) onChange(current.element, current);
    },
  });
  const cleanup = () => {
    stopObserving();
    signal?.removeEventListener('abort', cleanup);
  };
  signal?.addEventListener('abort', cleanup, { once: true });
  return cleanup;
}
