import type { MouseEvent } from 'react';
import { i18n } from '#i18n';

export interface PracticeSectionProps {
  practiceUrl: string;
  /** Opens the sandbox in a new tab. */
  onOpenPractice: () => void;
}

/** "Practice sandbox": what it is, for new admins and their trainers, the way in, and where handouts come from. */
export function PracticeSection({ practiceUrl, onOpenPractice }: PracticeSectionProps) {
  const open = (event: MouseEvent) => {
    event.preventDefault();
    onOpenPractice();
  };
  return (
    <section id="practice" className="options-section" aria-labelledby="practice-heading">
      <h2 id="practice-heading">{i18n.t('options.practice.heading')}</h2>
      <p className="section-intro">{i18n.t('options.practice.intro')}</p>
      <p>{i18n.t('options.practice.trainers')}</p>
      <div className="section-actions practice-actions">
        <a className="btn btn-primary" href={practiceUrl} onClick={open} aria-describedby="practice-tab-hint">
          {i18n.t('options.practice.open')}
        </a>
        <span id="practice-tab-hint" className="field-hint">
          {i18n.t('options.practice.opensInTab')}
        </span>
      </div>
      <p className="muted">{i18n.t('options.practice.handouts')}</p>
    </section>
  );
}
