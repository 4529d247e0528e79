import type { TargetStrategy } from '../../tours/types';
import { textMatches } from './foldWhitespace';
import { getAccessibleName } from './getAccessibleName';
import { canonicalRole, getRole } from './getRole';
import { firstVisibleMatch, type StrategyContext } from './strategyContext';
import type { StrategyOutcome } from './types';

type RoleStrategy = Extract<TargetStrategy, { by: 'role' }>;

/** Whether the element has the strategy's role and accessible name. */
export function matchesRole(element: Element, strategy: RoleStrategy): boolean {
  return createRoleMatcher(strategy)(element);
}

function createRoleMatcher(strategy: RoleStrategy): (element: Element) => boolean {
  const role = canonicalRole(strategy.role);
  // The role test is cheap and rejects almost everything; the name is only computed for the rest.
  return (element) => {
    const actual = getRole(element);
    return (
      actual !== null &&
      (actual === role || canonicalRole(actual) === role) &&
      textMatches(getAccessibleName(element), strategy.name, strategy.partial)
    );
  };
}

/**
 * The first visible element with the role and name. A custom element host without a role never matches;
 * the native control inside its shadow root does (it is named by the host's slotted text).
 */
export function findByRole(strategy: RoleStrategy, context: StrategyContext): StrategyOutcome {
  return firstVisibleMatch(context, createRoleMatcher(strategy));
}
