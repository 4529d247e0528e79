import { pushFlatChildElements } from './flatChildNodes';
import type { LocatorRoot, StrategyOutcome } from './types';

/** What every strategy searches with: the root, the visibility test and the subtrees to leave alone. */
export interface StrategyContext {
  root: LocatorRoot;
  isVisible: (element: Element) => boolean;
  ignore?: (element: Element) => boolean;
}

/**
 * The first element in document order (through open shadow roots) that matches and is visible, or why
 * there is none. A plain loop rather than the public generator: this runs for every strategy of a target
 * on every animation frame the page changes while the target is awaited.
 */
export function firstVisibleMatch(
  context: StrategyContext,
  matches: (element: Element) => boolean,
): StrategyOutcome {
  const { ignore, isVisible } = context;
  const stack: Element[] = [];
  let matchedHidden = false;
  pushFlatChildElements(stack, context.root);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (ignore?.(element)) continue;
    if (matches(element)) {
      if (isVisible(element)) return { element };
      matchedHidden = true;
    }
    pushFlatChildElements(stack, element);
  }
  return { element: null, reason: matchedHidden ? 'only-hidden' : 'no-match' };
}
