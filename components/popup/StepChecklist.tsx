import { useId } from 'react';
import type { StepState, StepView } from '@/components/ui/tourView';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';

export interface StepChecklistProps {
  steps: readonly StepView[];
  /** Jumps to the step (0-based). */
  onGoTo: (index: number) => void;
  /** A launch is on its way: further clicks are ignored. */
  busy: boolean;
}

const STATE_TEXT: Readonly<Record<StepState, () => string>> = {
  done: () => i18n.t('popup.stepDone'),
  current: () => i18n.t('popup.stepCurrent'),
  todo: () => i18n.t('popup.stepTodo'),
};

/**
 * The tour's steps, each a button that starts the tour at that step. A step's state is told three ways:
 * the marker's shape (✓, number), the visible "Current step" tag, and text for screen readers.
 */
export function StepChecklist({ steps, onGoTo, busy }: StepChecklistProps) {
  const baseId = useId();
  return (
    <ol className="step-list">
      {steps.map((step) => {
        const number = String(step.index + 1);
        const title = translateKey(step.titleKey);
        const stateId = `${baseId}-${step.index}`;
        return (
          <li key={step.id} data-state={step.state}>
            <button
              type="button"
              className="step-button"
              aria-label={i18n.t('popup.goToStep', [number, title])}
              aria-describedby={stateId}
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) onGoTo(step.index);
              }}
            >
              {/* Drawn by CSS from the attribute: the button's name already says the number. */}
              <span
                className="step-marker"
                data-marker={step.state === 'done' ? '✓' : number}
                aria-hidden="true"
              />
              <span className="step-title">{title}</span>
            </button>
            {/* The button's description (read with it), outside it so it is not part of its name. */}
            <span
              id={stateId}
              className={step.state === 'current' ? 'step-tag' : 'visually-hidden'}
              aria-hidden="true"
            >
              {STATE_TEXT[step.state]()}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
