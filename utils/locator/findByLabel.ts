import type { TargetStrategy } from '../../tours/types';
import { textMatches } from './foldWhitespace';
import { getLabelTexts } from './getAccessibleName';
import { getRole } from './getRole';
import { firstVisibleMatch, type StrategyContext } from './strategyContext';
import type { StrategyOutcome } from './types';

type LabelStrategy = Extract<TargetStrategy, { by: 'label' }>;

const CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea']);
const CONTROL_ROLES: ReadonlySet<string> = new Set([
  'checkbox',
  'combobox',
  'listbox',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'textbox',
]);

function isFormControl(element: Element): boolean {
  if (CONTROL_TAGS.has(element.localName)) return element.getAttribute('type')?.toLowerCase() !== 'hidden';
  return CONTROL_ROLES.has(getRole(element) ?? '');
}

/** Whether the element is a form control labelled (label, aria-label or aria-labelledby) with the text. */
export function matchesLabel(element: Element, strategy: LabelStrategy): boolean {
  return (
    isFormControl(element) &&
    getLabelTexts(element).some((text) => textMatches(text, strategy.label, strategy.partial))
  );
}

/** The first visible form control whose label, aria-label or aria-labelledby text matches. */
export function findByLabel(strategy: LabelStrategy, context: StrategyContext): StrategyOutcome {
  return firstVisibleMatch(context, (element) => matchesLabel(element, strategy));
}
