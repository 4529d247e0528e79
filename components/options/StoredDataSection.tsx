import { formatDateTime } from '@/components/ui/formatTime';
import { i18n } from '#i18n';
import type { StepTimings } from '@/utils/progress/stepTimings';
import type { Notice, ProgressBackup, ProgressState } from '@/utils/progress/types';

export interface StoredDataSectionProps {
  state: ProgressState;
  notices: readonly Notice[];
  backup: ProgressBackup | null;
  timings: StepTimings;
}

/** "Stored data and diagnostics": what the extension keeps, as it keeps it. Read-only. */
export function StoredDataSection({ state, notices, backup, timings }: StoredDataSectionProps) {
  return (
    <section id="stored" className="options-section" aria-labelledby="stored-heading">
      <h2 id="stored-heading">{i18n.t('options.stored.heading')}</h2>
      <p className="section-intro">{i18n.t('options.stored.intro')}</p>

      <h3>{i18n.t('options.stored.progressHeading')}</h3>
      <pre className="json" id="stored-progress">
        <code>{JSON.stringify(state, null, 2)}</code>
      </pre>

      <h3>{i18n.t('options.stored.noticesHeading')}</h3>
      {notices.length === 0 ? (
        <p className="muted">{i18n.t('options.stored.noNotices')}</p>
      ) : (
        <pre className="json">
          <code>{JSON.stringify(notices, null, 2)}</code>
        </pre>
      )}

      <h3>{i18n.t('options.stored.timingsHeading')}</h3>
      {timings.runs.length === 0 ? (
        <p className="muted">{i18n.t('options.stored.noTimings')}</p>
      ) : (
        <pre className="json" id="stored-timings">
          <code>{JSON.stringify(timings, null, 2)}</code>
        </pre>
      )}

      <h3>{i18n.t('options.stored.backupHeading')}</h3>
      {backup ? (
        <>
          <p>{i18n.t('options.stored.backupIntro', [formatDateTime(backup.at)])}</p>
          <ul className="problems">
            {backup.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
          <pre className="json">
            <code>{JSON.stringify(backup.raw, null, 2) ?? String(backup.raw)}</code>
          </pre>
        </>
      ) : (
        <p className="muted">{i18n.t('options.stored.noBackup')}</p>
      )}
    </section>
  );
}
