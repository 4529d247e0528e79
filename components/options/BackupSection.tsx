import { useId, useRef, type ChangeEvent } from 'react';
import { InlineConfirm } from '@/components/ui/InlineConfirm';
import { formatDateTime } from '@/components/ui/formatTime';
import { tourViewOf } from '@/components/ui/tourView';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import { tourProgressOf } from '@/utils/progress/tourProgress';
import type { ProgressState } from '@/utils/progress/types';
import { OutcomeMessage } from './OutcomeMessage';
import { STATUS_TEXT } from './TourProgressCard';
import { useBackup } from './useBackup';

/** "Back up and restore": export progress to a file, import it from one. */
export function BackupSection({ tours }: { tours: readonly TourDefinition[] }) {
  const backup = useBackup();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { pending, outcome } = backup;

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) is a change too.
    event.currentTarget.value = '';
    if (file) backup.chooseFile(file);
  };

  const backToInput = () => requestAnimationFrame(() => inputRef.current?.focus());
  const exportedAt = pending?.exportedAt ? Date.parse(pending.exportedAt) : NaN;

  return (
    <section id="backup" className="options-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{i18n.t('options.backup.heading')}</h2>
      <p className="section-intro">{i18n.t('options.backup.intro')}</p>
      <div className="backup-grid">
        <div className="backup-box">
          <h3>{i18n.t('options.backup.exportHeading')}</h3>
          <button type="button" className="btn btn-primary" onClick={backup.exportProgress}>
            {i18n.t('options.backup.export')}
          </button>
          <p className="field-hint">{i18n.t('options.backup.exportHint')}</p>
        </div>
        <div className="backup-box">
          <h3>{i18n.t('options.backup.importHeading')}</h3>
          <label htmlFor={inputId} className="field-label">
            {i18n.t('options.backup.importLabel')}
          </label>
          <input
            id={inputId}
            ref={inputRef}
            type="file"
            accept=".json,application/json"
            aria-describedby={hintId}
            onChange={onFile}
          />
          <p id={hintId} className="field-hint">
            {i18n.t('options.backup.importHint')}
          </p>
        </div>
      </div>
      {pending && (
        <InlineConfirm
          question={i18n.t('options.backup.confirmQuestion')}
          confirmLabel={i18n.t('options.backup.replace')}
          cancelLabel={i18n.t('options.cancel')}
          onConfirm={() => {
            backup.confirmImport();
            backToInput();
          }}
          onCancel={() => {
            backup.cancelImport();
            backToInput();
          }}
        >
          <p>
            {Number.isNaN(exportedAt)
              ? i18n.t('options.backup.confirmFileUndated', [pending.fileName])
              : i18n.t('options.backup.confirmFile', [pending.fileName, formatDateTime(exportedAt)])}
          </p>
          <FileSummary tours={tours} state={pending.state} />
          <p>
            {pending.timings
              ? i18n.t('options.backup.fileTimings', [String(pending.timings.runs.length)])
              : i18n.t('options.backup.fileNoTimings')}
          </p>
        </InlineConfirm>
      )}
      <OutcomeMessage
        outcome={outcome}
        details={
          outcome?.details && outcome.details.length > 0 ? (
            <details className="outcome-details">
              <summary>{i18n.t('options.backup.details')}</summary>
              <ul>
                {outcome.details.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </details>
          ) : undefined
        }
      />
    </section>
  );
}

/** What the file would put in place, tour by tour, so the user knows what they are agreeing to. */
function FileSummary({ tours, state }: { tours: readonly TourDefinition[]; state: ProgressState }) {
  const inFile = tours.filter((tour) => Object.hasOwn(state.tours, tour.id));
  if (inFile.length === 0) return <p>{i18n.t('options.backup.fileEmpty')}</p>;
  return (
    <ul className="file-summary">
      {inFile.map((tour) => {
        const view = tourViewOf(tour, tourProgressOf(state, tour.id));
        return (
          <li key={tour.id}>
            {i18n.t('options.backup.fileTour', [
              translateKey(tour.titleKey),
              STATUS_TEXT[view.status](),
              i18n.t('options.progress.stepsDone', [String(view.doneCount), String(view.stepCount)]),
            ])}
          </li>
        );
      })}
    </ul>
  );
}
