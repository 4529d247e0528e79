import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import type { PendingShareLink, TourProgress } from '@/utils/progress/types';

export interface ShareLinkPromptProps {
  tour: TourDefinition;
  /** Where the user is in the tour now (the prompt only exists because they have progress). */
  progress: TourProgress;
  link: PendingShareLink;
  onAnswer: (accept: boolean) => void;
}

/**
 * Asks before a share link changes progress the user already has: "This link opens step 5: Choose
 * their roles. You are on step 7." or, for a restart link, whether to reset. It renders; the caller acts.
 */
export function ShareLinkPrompt({ tour, progress, link, onAnswer }: ShareLinkPromptProps) {
  const titleId = useId();
  const bodyId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  // Focus lands on the choice that changes nothing.
  useEffect(() => keepRef.current?.focus({ preventScroll: true }), []);

  const text = link.action === 'restart' ? restartText() : choiceText(tour, progress, link);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onAnswer(false);
  };

  return (
    <div
      className="card"
      data-floating="centered"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={onKeyDown}
    >
      <h2 className="title" id={titleId}>
        {text.title}
      </h2>
      <p className="body" id={bodyId}>
        {text.body}
      </p>
      <div className="actions">
        <button type="button" className="btn" ref={keepRef} onClick={() => onAnswer(false)}>
          {text.keep}
        </button>
        <button type="button" className="btn primary" onClick={() => onAnswer(true)}>
          {text.accept}
        </button>
      </div>
    </div>
  );
}

interface PromptText {
  title: string;
  body: string;
  accept: string;
  keep: string;
}

function restartText(): PromptText {
  return {
    title: i18n.t('shareLink.restart.title'),
    body: i18n.t('shareLink.restart.body'),
    accept: i18n.t('shareLink.restart.confirm'),
    keep: i18n.t('shareLink.restart.cancel'),
  };
}

function choiceText(tour: TourDefinition, progress: TourProgress, link: PendingShareLink): PromptText {
  const target = String(link.step + 1);
  const targetTitle = translateKey(tour.steps[link.step]?.titleKey ?? '');
  const current = String(Math.min(progress.currentStep, tour.steps.length - 1) + 1);
  const finished = progress.status === 'completed';
  return {
    title: i18n.t('shareLink.choice.title', [target]),
    body: finished
      ? i18n.t('shareLink.choice.bodyCompleted', [target, targetTitle])
      : i18n.t('shareLink.choice.body', [target, targetTitle, current]),
    accept: i18n.t('shareLink.choice.go', [target]),
    keep: finished ? i18n.t('shareLink.choice.keepFinished') : i18n.t('shareLink.choice.stay', [current]),
  };
}
