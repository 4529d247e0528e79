import { useRef, useState } from 'react';
import { InlineConfirm } from '@/components/ui/InlineConfirm';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { formatDateTime } from '@/components/ui/formatTime';
import { tourViewOf, type StepView } from '@/components/ui/tourView';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import type { TourProgress } from '@/utils/progress/types';
import { OutcomeMessage } from './OutcomeMessage';
import { useCommandSender } from './useCommandSender';
import { TourRestartLink } from './TourRestartLink';
import { UndoButton } from './UndoButton';
import { useUndoReset } from './useUndoReset';

export const STATUS_TEXT = {
  not_started: () => i18n.t('options.progress.status.notStarted'),
  in_progress: () => i18n.t('options.progress.status.inProgress'),
  dismissed: () => i18n.t('options.progress.status.paused'),
  completed: () => i18n.t('options.progress.status.completed'),
} as const;

export interface TourProgressCardProps {
  tour: TourDefinition;
  progress: TourProgress;
  /** The organization's policy allows resets: "Mark as not done" and "Reset this tour" are offered. */
  canReset: boolean;
}

/** One tour in "Progress": status, every step with when it was done, and resets. */
export function TourProgressCard({ tour, progress, canReset }: TourProgressCardProps) {
  const view = tourViewOf(tour, progress);
  const title = translateKey(tour.titleKey);
  const { send, outcome, show } = useCommandSender();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resetButtonRef = useRef<HTMLButtonElement>(null);
  const headingId = `tour-${tour.id}`;
  const stepsDone = i18n.t('options.progress.stepsDone', [String(view.doneCount), String(view.stepCount)]);
  const failed = (error: string) => i18n.t('options.progress.failed', [error]);
  const current = view.currentIndex === null ? null : view.steps[view.currentIndex];
  const undoReset = useUndoReset(tour.id, show, {
    restored: i18n.t('options.progress.tourRestored', [title]),
    failed,
  });

  const resetStep = async (step: StepView) => {
    undoReset.clear();
    await send(
      { type: 'resetStep', tourId: tour.id, stepId: step.id },
      i18n.t('options.progress.stepReset', [String(step.index + 1)]),
      failed,
    );
    // Its button is gone with the tick: keep the keyboard user in this tour.
    headingRef.current?.focus();
  };

  const resetTour = async () => {
    setConfirming(false);
    const reset = await send(
      { type: 'reset', tourId: tour.id },
      i18n.t('options.progress.tourReset', [title]),
      failed,
    );
    if (reset) undoReset.offer();
    headingRef.current?.focus();
  };

  return (
    <article className="tour-card" aria-labelledby={headingId}>
      <div className="tour-card-head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h3>
        <span className="status-pill" data-status={view.status}>
          {STATUS_TEXT[view.status]()}
        </span>
      </div>
      <div className="tour-summary">
        <p className="tour-count">{stepsDone}</p>
        <ProgressBar
          value={view.doneCount}
          max={view.stepCount}
          label={i18n.t('options.progress.progressLabel', [title])}
          valueText={stepsDone}
        />
        <ul className="tour-facts">
          {current && (
            <li>
              {i18n.t('options.progress.currentStep', [
                String(current.index + 1),
                translateKey(current.titleKey),
              ])}
            </li>
          )}
          {progress.startedAt !== null && (
            <li>{i18n.t('options.progress.startedAt', [formatDateTime(progress.startedAt)])}</li>
          )}
          {progress.completedAt !== null && (
            <li>{i18n.t('options.progress.completedAt', [formatDateTime(progress.completedAt)])}</li>
          )}
        </ul>
      </div>

      <table className="step-table">
        <caption className="visually-hidden">{i18n.t('options.progress.stepsCaption', [title])}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('options.progress.columnStep')}</th>
            <th scope="col">{i18n.t('options.progress.columnState')}</th>
            {canReset && (
              <th scope="col">
                <span className="visually-hidden">{i18n.t('options.progress.columnAction')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {view.steps.map((step) => {
            const stepTitle = translateKey(step.titleKey);
            return (
              <tr key={step.id} data-state={step.state}>
                <th scope="row">
                  <span className="step-name">
                    <span className="step-number" aria-hidden="true">
                      {step.doneAt !== null ? '✓' : step.index + 1}
                    </span>
                    <span className="visually-hidden">{step.index + 1}. </span>
                    {stepTitle}
                  </span>
                </th>
                <td>
                  <StepStateText step={step} />
                </td>
                {canReset && (
                  <td className="step-action">
                    {step.doneAt !== null && (
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={i18n.t('options.progress.markNotDoneLabel', [
                          String(step.index + 1),
                          stepTitle,
                        ])}
                        onClick={() => void resetStep(step)}
                      >
                        {i18n.t('options.progress.markNotDone')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="tour-actions">
        {confirming ? (
          <InlineConfirm
            question={i18n.t('options.progress.resetTourQuestion', [title])}
            confirmLabel={i18n.t('options.progress.resetTourConfirm')}
            cancelLabel={i18n.t('options.cancel')}
            onConfirm={() => void resetTour()}
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => resetButtonRef.current?.focus());
            }}
          />
        ) : (
          canReset &&
          view.status !== 'not_started' && (
            <button type="button" className="btn" ref={resetButtonRef} onClick={() => setConfirming(true)}>
              {i18n.t('options.progress.resetTour')}
            </button>
          )
        )}
      </div>
      {/* Where resets are turned off, restart links are refused: none is offered. */}
      {canReset && <TourRestartLink tour={tour} />}
      <OutcomeMessage
        outcome={outcome}
        details={
          undoReset.available && (
            <UndoButton
              label={i18n.t('options.progress.undoLabel', [i18n.t('options.progress.tourReset', [title])])}
              onUndo={() => void undoReset.undo().then(() => headingRef.current?.focus())}
            />
          )
        }
      />
    </article>
  );
}

function StepStateText({ step }: { step: StepView }) {
  const doneAt =
    step.doneAt === null ? null : i18n.t('options.progress.stepDoneAt', [formatDateTime(step.doneAt)]);
  if (step.state === 'current') {
    return (
      <>
        <span className="step-tag">{i18n.t('options.progress.stepCurrent')}</span>
        {doneAt && <span className="step-done-at"> {doneAt}</span>}
      </>
    );
  }
  if (doneAt) return <span className="step-done-at">{doneAt}</span>;
  return <span className="step-todo">{i18n.t('options.progress.stepTodo')}</span>;
}
