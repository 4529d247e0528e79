import type { TargetStrategy } from '../../tours/types';
import { closestComposed, isComposedAncestor } from './composedParent';
import { isSlot } from './domNodes';
import { foldWhitespace } from './foldWhitespace';
import { getRole } from './getRole';
import { buildTextIndex } from './buildTextIndex';
import { isValidSelector } from './findByCss';
import type { StrategyContext } from './strategyContext';
import type { StrategyOutcome } from './types';

type TextStrategy = Extract<TargetStrategy, { by: 'text' }>;

/** Roles a user clicks: text inside one of them points at the control, not at a span inside it. */
const INTERACTIVE_ROLES: ReadonlySet<string> = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'switch',
  'tab',
  'treeitem',
]);

function isInteractive(element: Element): boolean {
  return INTERACTIVE_ROLES.has(getRole(element) ?? '');
}

/**
 * Whether the element still shows the text (used to check that a tracked element was not reused by a
 * re-render for something else). The element may be the control around the text, so containing is enough.
 */
export function showsText(element: Element, strategy: TextStrategy): boolean {
  const wanted = foldWhitespace(strategy.text).toLowerCase();
  return wanted !== '' && buildTextIndex(element).text.includes(wanted);
}

/**
 * The smallest element whose rendered text matches (through open shadow roots and slots), visible, first in
 * document order; when that text sits inside a button, link, tab, option... that control is returned.
 * `within` keeps only matches inside (or being) an element that matches that selector.
 */
export function findByText(strategy: TextStrategy, context: StrategyContext): StrategyOutcome {
  const { within } = strategy;
  if (within !== undefined && !isValidSelector(within, context.root)) {
    return { element: null, reason: 'invalid-selector' };
  }
  const matches = collectMatches(strategy, context);
  // "Smallest": a match that contains no other match. Matches come in pre-order, so a match contains
  // another one exactly when the next match is inside it. Ancestors match only because of their smallest
  // match, so when that one is hidden they do not count (a hidden "Invite" must not make <body> the match).
  const smallest = matches.filter((match, index) => {
    const next = matches[index + 1];
    return next === undefined || !isComposedAncestor(match, next);
  });
  const inScope =
    within === undefined
      ? smallest
      : smallest.filter((match) => closestComposed(match, (element) => element.matches(within)) !== null);
  const visible = inScope.find(context.isVisible);
  if (!visible) return { element: null, reason: inScope.length > 0 ? 'only-hidden' : 'no-match' };
  const control = closestComposed(visible, isInteractive);
  return { element: control && context.isVisible(control) ? control : visible };
}

/**
 * Every element whose folded text matches, in document order, from one pass over the page's text:
 * an element holds the wanted words when one of their occurrences lies inside its range of the text.
 */
function collectMatches(strategy: TextStrategy, context: StrategyContext): Element[] {
  const wanted = foldWhitespace(strategy.text).toLowerCase();
  if (wanted === '') return [];
  const { text, elements, starts, ends } = buildTextIndex(context.root, context.ignore);
  const occurrences: number[] = [];
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) occurrences.push(at);
  if (occurrences.length === 0) return [];
  const matches: Element[] = [];
  elements.forEach((element, index) => {
    const start = starts[index] as number;
    const end = ends[index] as number;
    if (end - start < wanted.length) return;
    const first = occurrences[firstAtOrAfter(occurrences, start)];
    if (first === undefined || first + wanted.length > end) return;
    // A <slot> only stands in for its assigned nodes (and has no box of its own): never the match itself.
    if (isSlot(element)) return;
    if (strategy.partial || (end - start <= wanted.length + 2 && text.slice(start, end).trim() === wanted)) {
      matches.push(element);
    }
  });
  return matches;
}

/** Index of the first value >= `value` in a sorted array (its length when there is none). */
function firstAtOrAfter(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
