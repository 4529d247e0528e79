import { useState, type ComponentType } from 'react';
import { NoticeList } from '@/components/ui/NoticeList';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { tourViewOf, type PrimaryAction, type TourView } from '@/components/ui/tourView';
import { dismissNotice } from '@/components/ui/dismissNotice';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import { useProgressStore, type ProgressStore } from '@/utils/progress/progressStore';
import { formatDateTime } from '@/components/ui/formatTime';
import { activeTourId, tourProgressOf } from '@/utils/progress/tourProgress';
import { OtherTours } from './OtherTours';
import { PopupFooter } from './PopupFooter';
import { PopupHeader } from './PopupHeader';
import { PopupSkeleton } from './PopupSkeleton';
import { StepChecklist } from './StepChecklist';
import { useActiveMixpanelHost, type MixpanelHost } from './useActiveMixpanelHost';
import { usePolicy } from '@/components/ui/usePolicy';
import { useResetWithUndo } from './useResetWithUndo';
import { useTourLauncher } from './useTourLauncher';

/** What a component placed under the steps gets (the share link of the current step goes there). */
export interface StepSlotProps {
  tour: TourDefinition;
  /** The step the main button leads to (0-based): the current one, or the first to do. */
  stepIndex: number;
  view: TourView;
  /** The Mixpanel host of the tab the popup was opened over, when it is one. */
  host?: MixpanelHost;
}

export interface PopupAppProps {
  store: ProgressStore;
  /** Every tour, in the order listed. The one shown first: the running tour, else the first. */
  tours: readonly TourDefinition[];
  iconUrl: string;
  optionsUrl: string;
  openOptions: () => void;
  /** The practice sandbox's address for a tour, and what opens it (in a new tab). */
  practiceUrl: (tourId: string) => string;
  openPractice: (tourId: string) => void;
  /** Optional extra tools for the current step, shown under the steps. */
  StepSlot?: ComponentType<StepSlotProps>;
}

const PRIMARY_LABEL: Readonly<Record<PrimaryAction, () => string>> = {
  start: () => i18n.t('popup.start'),
  resume: () => i18n.t('popup.resume'),
  restart: () => i18n.t('popup.restart'),
};

/** What the main button does, once the policy is known: where resets are turned off, no restart. */
type MainAction = PrimaryAction | 'again';

const STATUS_LABEL = {
  not_started: () => i18n.t('popup.status.notStarted'),
  in_progress: () => i18n.t('popup.status.inProgress'),
  dismissed: () => i18n.t('popup.status.paused'),
  completed: () => i18n.t('popup.status.completed'),
} as const;

/**
 * The toolbar popup: for the tour in front (the running one, else the first), where the user is, one
 * main action, the steps, reset and help; then the other tours, each with its progress and main action.
 */
export function PopupApp({
  store,
  tours,
  iconUrl,
  optionsUrl,
  openOptions,
  practiceUrl,
  openPractice,
  StepSlot,
}: PopupAppProps) {
  const ready = useProgressStore(store, (view) => view.ready);
  const state = useProgressStore(store, (view) => view.state);
  const [chosen, setChosen] = useState<string | null>(null);
  const running = activeTourId(state);
  const tour = tours.find((t) => t.id === (chosen ?? running)) ?? tours[0];
  if (!tour) throw new Error('popup: there is no tour to show');
  const progress = useProgressStore(store, (view) => tourProgressOf(view.state, tour.id));
  const notices = useProgressStore(store, (view) => view.notices);
  const launcher = useTourLauncher(tour.id);
  const reset = useResetWithUndo(tour.id);
  const activeHost = useActiveMixpanelHost();
  const policy = usePolicy();
  // Hidden until the policy is known, so an action the organization turned off never shows for a moment.
  const resetAllowed = policy !== null && !policy.hideReset;

  const view = tourViewOf(tour, progress);
  // A finished tour is gone through again from step 1 without clearing its ticks when resets are off.
  const action: MainAction = view.primary === 'restart' && policy?.hideReset ? 'again' : view.primary;
  const targetTitle = translateKey(tour.steps[view.targetIndex]?.titleKey ?? tour.titleKey);
  const hint =
    action === 'restart'
      ? i18n.t('popup.hintRestart')
      : action === 'again'
        ? i18n.t('popup.hintAgain')
        : action === 'resume'
          ? i18n.t('popup.hintResume', [String(view.targetIndex + 1), targetTitle])
          : null;
  const where =
    activeHost === null ? null : i18n.t(activeHost !== false ? 'popup.hintHere' : 'popup.hintNewTab');
  const error = launcher.error ?? reset.error;
  // One line of context under the bar: what the tour is before it starts, when it was finished after.
  const about =
    view.status === 'not_started'
      ? translateKey(tour.descriptionKey)
      : view.status === 'completed' && progress.completedAt !== null
        ? i18n.t('popup.completedOn', [formatDateTime(progress.completedAt)])
        : null;

  return (
    <div className="popup">
      <PopupHeader tourTitle={translateKey(tour.titleKey)} iconUrl={iconUrl} />
      <main className="popup-main" aria-busy={!ready}>
        {!ready ? (
          <PopupSkeleton />
        ) : (
          <>
            <NoticeList
              notices={notices}
              onDismiss={dismissNotice}
              label={i18n.t('popup.noticesLabel')}
              dismissLabel={i18n.t('popup.dismiss')}
              kindLabels={{
                info: i18n.t('popup.kind.info'),
                warning: i18n.t('popup.kind.warning'),
                error: i18n.t('popup.kind.error'),
              }}
            />
            <section className="popup-progress" aria-labelledby="popup-progress-heading">
              <h2 id="popup-progress-heading" className="visually-hidden">
                {i18n.t('popup.progressHeading')}
              </h2>
              <div className="popup-progress-row">
                <span className="status-pill" data-status={view.status}>
                  {STATUS_LABEL[view.status]()}
                </span>
                <span className="popup-count">
                  {i18n.t('popup.stepsDone', [String(view.doneCount), String(view.stepCount)])}
                </span>
              </div>
              <ProgressBar
                value={view.doneCount}
                max={view.stepCount}
                label={i18n.t('popup.progressLabel')}
                valueText={i18n.t('popup.stepsDone', [String(view.doneCount), String(view.stepCount)])}
              />
              {about && <p className="popup-about">{about}</p>}
            </section>

            <div className="popup-primary">
              <button
                type="button"
                className="btn btn-primary btn-large"
                aria-disabled={launcher.pending || undefined}
                onClick={() =>
                  launcher.launch(action === 'again' ? { step: 0 } : { restart: action === 'restart' })
                }
              >
                {launcher.pending
                  ? i18n.t('popup.starting')
                  : action === 'again'
                    ? i18n.t('popup.again')
                    : PRIMARY_LABEL[action]()}
              </button>
              {(hint || where) && <p className="popup-hint">{[hint, where].filter(Boolean).join(' ')}</p>}
            </div>
            {error && (
              <p className="notice" data-kind="error" role="alert">
                {launcher.error
                  ? i18n.t('popup.errors.start', [launcher.error])
                  : i18n.t('popup.errors.action', [error])}
              </p>
            )}

            <section aria-labelledby="popup-steps-heading">
              <h2 id="popup-steps-heading" className="section-label">
                {i18n.t('popup.stepsHeading')}
              </h2>
              <StepChecklist
                steps={view.steps}
                busy={launcher.pending}
                onGoTo={(step) => launcher.launch({ step })}
              />
            </section>

            {StepSlot && (
              <StepSlot
                key={tour.id}
                tour={tour}
                stepIndex={view.targetIndex}
                view={view}
                {...(activeHost ? { host: activeHost } : {})}
              />
            )}

            <OtherTours tours={tours.filter((t) => t.id !== tour.id)} state={state} onShow={setChosen} />
          </>
        )}
      </main>
      {ready && (
        <PopupFooter
          reset={reset}
          canReset={resetAllowed && view.status !== 'not_started'}
          optionsUrl={optionsUrl}
          onOpenOptions={openOptions}
          practiceUrl={practiceUrl(tour.id)}
          onOpenPractice={() => openPractice(tour.id)}
          supportContact={policy?.supportContact ?? null}
          tours={tours}
          progress={state}
        />
      )}
    </div>
  );
}
