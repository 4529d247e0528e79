import { Faq } from '@/components/overlay/Faq';
import { SupportContact } from '@/components/ui/SupportContact';
import { usePolicy } from '@/components/ui/usePolicy';
import { NoticeList } from '@/components/ui/NoticeList';
import { PageCheck } from '@/components/ui/PageCheck';
import { dismissNotice } from '@/components/ui/dismissNotice';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { useProgressStore, type ProgressStore } from '@/utils/progress/progressStore';
import { BackupSection } from './BackupSection';
import { PracticeSection } from './PracticeSection';
import { ProgressSection } from './ProgressSection';
import { StallSection } from './StallSection';
import { StoredDataSection } from './StoredDataSection';
import { useProgressBackup } from './useProgressBackup';
import { useStepTimings } from './useStepTimings';

export interface OptionsAppProps {
  store: ProgressStore;
  tours: readonly TourDefinition[];
  iconUrl: string;
  /** The practice sandbox's address, and what opens it (in a new tab). */
  practiceUrl: string;
  openPractice: () => void;
}

const SECTIONS = [
  { id: 'progress', label: () => i18n.t('options.progress.heading') },
  { id: 'practice', label: () => i18n.t('options.practice.heading') },
  { id: 'stall', label: () => i18n.t('options.timings.heading') },
  { id: 'backup', label: () => i18n.t('options.backup.heading') },
  { id: 'stored', label: () => i18n.t('options.stored.heading') },
  { id: 'check', label: () => i18n.t('pageCheck.heading') },
  { id: 'help', label: () => i18n.t('options.help.heading') },
] as const;

/**
 * The options page: progress of every tour, the practice sandbox, where people stall, backup and restore,
 * stored data, help.
 */
export function OptionsApp({ store, tours, iconUrl, practiceUrl, openPractice }: OptionsAppProps) {
  const ready = useProgressStore(store, (view) => view.ready);
  const state = useProgressStore(store, (view) => view.state);
  const notices = useProgressStore(store, (view) => view.notices);
  const backup = useProgressBackup();
  const timings = useStepTimings();
  const policy = usePolicy();
  // Hidden until the policy is known, so an action the organization turned off never shows for a moment.
  const resetAllowed = policy !== null && !policy.hideReset;

  return (
    <div className="options">
      <header className="options-header">
        <img src={iconUrl} alt="" width={48} height={48} />
        <div>
          <h1>{i18n.t('options.pageTitle')}</h1>
          <p className="section-intro">{i18n.t('options.intro')}</p>
        </div>
      </header>
      <nav className="options-nav" aria-label={i18n.t('options.sectionsLabel')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label()}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="options-main" aria-busy={!ready}>
        {!ready ? (
          <p role="status" className="muted">
            {i18n.t('options.loading')}
          </p>
        ) : (
          <>
            <NoticeList
              notices={notices}
              onDismiss={dismissNotice}
              label={i18n.t('options.noticesLabel')}
              dismissLabel={i18n.t('options.dismiss')}
              kindLabels={{
                info: i18n.t('options.kind.info'),
                warning: i18n.t('options.kind.warning'),
                error: i18n.t('options.kind.error'),
              }}
            />
            <ProgressSection tours={tours} state={state} canReset={resetAllowed} />
            <PracticeSection practiceUrl={practiceUrl} onOpenPractice={openPractice} />
            <StallSection tours={tours} timings={timings} />
            <BackupSection tours={tours} />
            <StoredDataSection state={state} notices={notices} backup={backup} timings={timings} />
            <section id="check" className="options-section" aria-labelledby="check-heading">
              <h2 id="check-heading">{i18n.t('pageCheck.heading')}</h2>
              <p className="section-intro">{i18n.t('pageCheck.intro')}</p>
              <PageCheck tours={tours} progress={state} headingLevel={3} />
            </section>
            <div id="help" className="options-section">
              <Faq headingLevel={2} />
              {policy?.supportContact && (
                <SupportContact
                  contact={policy.supportContact}
                  sentence={(contact) => i18n.t('options.supportContact', [contact])}
                />
              )}
            </div>
          </>
        )}
      </main>
    </div>
  );
}
