import type { TargetStrategy } from '../../tours/types';
import { firstVisibleMatch, type StrategyContext } from './strategyContext';
import type { LocatorRoot, StrategyOutcome } from './types';

type CssStrategy = Extract<TargetStrategy, { by: 'css' }>;

/** Whether the browser accepts `selector`: a broken selector in tour data is a failed strategy, not a crash. */
export function isValidSelector(selector: string, root: LocatorRoot): boolean {
  const document = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first visible element matching the selector, searched in the light DOM and inside every open shadow
 * root. Each element is matched within its own tree, as CSS does: `mp-modal button` does not reach a
 * button inside mp-modal's shadow root.
 */
export function findByCss(strategy: CssStrategy, context: StrategyContext): StrategyOutcome {
  if (!isValidSelector(strategy.selector, context.root)) return { element: null, reason: 'invalid-selector' };
  return firstVisibleMatch(context, (element) => element.matches(strategy.selector));
}
