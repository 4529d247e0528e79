import { useRef, useState } from 'react';
import { InlineConfirm } from '@/components/ui/InlineConfirm';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { tourProgressOf } from '@/utils/progress/tourProgress';
import type { ProgressState } from '@/utils/progress/types';
import { OutcomeMessage } from './OutcomeMessage';
import { TourProgressCard } from './TourProgressCard';
import { useCommandSender } from './useCommandSender';
import { UndoButton } from './UndoButton';
import { useUndoReset } from './useUndoReset';

export interface ProgressSectionProps {
  tours: readonly TourDefinition[];
  state: ProgressState;
  /** The organization's policy allows resets (reset all, a tour, a step). */
  canReset: boolean;
}

/** "Progress": every tour, and a reset of all of them. */
export function ProgressSection({ tours, state, canReset }: ProgressSectionProps) {
  const { send, outcome, show } = useCommandSender();
  const undoReset = useUndoReset(undefined, show, {
    restored: i18n.t('options.progress.allRestored'),
    failed: (error) => i18n.t('options.progress.failed', [error]),
  });
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resetAllRef = useRef<HTMLButtonElement>(null);
  // Tours this version does not know (from a newer install's backup) count too: resetAll clears them.
  const anyProgress = Object.values(state.tours).some((progress) => progress.status !== 'not_started');

  const resetAll = async () => {
    setConfirming(false);
    const reset = await send({ type: 'resetAll' }, i18n.t('options.progress.allReset'), (error) =>
      i18n.t('options.progress.failed', [error]),
    );
    if (reset) undoReset.offer();
    headingRef.current?.focus();
  };

  return (
    <section id="progress" className="options-section" aria-labelledby="progress-heading">
      <h2 id="progress-heading" ref={headingRef} tabIndex={-1}>
        {i18n.t('options.progress.heading')}
      </h2>
      {tours.map((tour) => (
        <TourProgressCard
          key={tour.id}
          tour={tour}
          progress={tourProgressOf(state, tour.id)}
          canReset={canReset}
        />
      ))}
      {canReset && (
        <div className="section-actions">
          {confirming ? (
            <InlineConfirm
              question={i18n.t('options.progress.resetAllQuestion')}
              confirmLabel={i18n.t('options.progress.resetAllConfirm')}
              cancelLabel={i18n.t('options.cancel')}
              onConfirm={() => void resetAll()}
              onCancel={() => {
                setConfirming(false);
                requestAnimationFrame(() => resetAllRef.current?.focus());
              }}
            />
          ) : (
            <button
              type="button"
              className="btn"
              ref={resetAllRef}
              disabled={!anyProgress}
              onClick={() => setConfirming(true)}
            >
              {i18n.t('options.progress.resetAll')}
            </button>
          )}
        </div>
      )}
      <OutcomeMessage
        outcome={outcome}
        details={
          undoReset.available && (
            <UndoButton
              label={i18n.t('options.progress.undoLabel', [i18n.t('options.progress.allReset')])}
              onUndo={() => void undoReset.undo().then(() => headingRef.current?.focus())}
            />
          )
        }
      />
    </section>
  );
}
