import type { Target, TargetStrategy } from '../../tours/types';
import { findByCss, isValidSelector } from './findByCss';
import { findByLabel, matchesLabel } from './findByLabel';
import { findByRole, matchesRole } from './findByRole';
import { findByText, showsText } from './findByText';
import { resolvePlatform } from './platform';
import type { StrategyContext } from './strategyContext';
import type { LocateOptions, LocateResult, StrategyMiss, StrategyOutcome } from './types';

/**
 * Finds a target's element now: tries its strategies in order (role, text, label, css as written in the
 * target) and returns the first visible match of the first strategy that has one. Never throws for bad
 * tour data: an invalid selector is a failed strategy. On failure every strategy is returned with why it
 * failed, for diagnostics.
 */
export function locateTarget(target: Target, options: LocateOptions = {}): LocateResult {
  const platform = resolvePlatform(options.platform);
  const context: StrategyContext = {
    root: options.root ?? document,
    isVisible: (element) => platform.isVisible(element),
    ignore: options.ignore,
  };
  const misses: StrategyMiss[] = [];
  for (const [strategyIndex, strategy] of target.entries()) {
    const outcome = runStrategy(strategy, context);
    if (outcome.element) return { element: outcome.element, strategyIndex, strategy };
    misses.push({ strategy, reason: outcome.reason });
  }
  return { element: null, tried: [...target], misses };
}

function runStrategy(strategy: TargetStrategy, context: StrategyContext): StrategyOutcome {
  switch (strategy.by) {
    case 'role':
      return findByRole(strategy, context);
    case 'text':
      return findByText(strategy, context);
    case 'label':
      return findByLabel(strategy, context);
    case 'css':
      return findByCss(strategy, context);
  }
}

/**
 * Whether an element found earlier still fits the strategy that found it. A virtual-DOM re-render may
 * reuse a node for different content; a tracked element that no longer fits must be re-located.
 */
export function stillMatchesStrategy(element: Element, strategy: TargetStrategy): boolean {
  switch (strategy.by) {
    case 'role':
      return matchesRole(element, strategy);
    case 'text':
      return showsText(element, strategy);
    case 'label':
      return matchesLabel(element, strategy);
    case 'css':
      return isValidSelector(strategy.selector, element) && element.matches(strategy.selector);
  }
}
