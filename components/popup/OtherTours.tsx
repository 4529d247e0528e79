import { tourViewOf, type PrimaryAction } from '@/components/ui/tourView';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import type { ProgressState } from '@/utils/progress/types';
import { tourProgressOf } from '@/utils/progress/tourProgress';
import { useTourLauncher } from './useTourLauncher';

export interface OtherToursProps {
  tours: readonly TourDefinition[];
  state: ProgressState;
  /** Show this tour's progress, steps and tools in the popup instead. */
  onShow: (tourId: string) => void;
}

// Short words on the button; its name says which tour ("Start: Resend an invitation").
const ACTION_LABEL: Readonly<Record<PrimaryAction, () => string>> = {
  start: () => i18n.t('popup.tourAction.start'),
  resume: () => i18n.t('popup.tourAction.resume'),
  restart: () => i18n.t('popup.tourAction.restart'),
};

/** The popup's other tours: each with its progress and its one main action, and a way to see it here. */
export function OtherTours({ tours, state, onShow }: OtherToursProps) {
  if (tours.length === 0) return null;
  return (
    <section aria-labelledby="popup-tours-heading">
      <h2 id="popup-tours-heading" className="section-label">
        {i18n.t('popup.otherTours')}
      </h2>
      <ul className="tour-list">
        {tours.map((tour) => (
          <OtherTour key={tour.id} tour={tour} state={state} onShow={onShow} />
        ))}
      </ul>
    </section>
  );
}

function OtherTour({
  tour,
  state,
  onShow,
}: {
  tour: TourDefinition;
  state: ProgressState;
  onShow: OtherToursProps['onShow'];
}) {
  const launcher = useTourLauncher(tour.id);
  const view = tourViewOf(tour, tourProgressOf(state, tour.id));
  const title = translateKey(tour.titleKey);
  const headingId = `tour-${tour.id}`;
  return (
    <li className="tour-item" aria-labelledby={headingId}>
      <div className="tour-item-text">
        <button type="button" className="tour-item-title" id={headingId} onClick={() => onShow(tour.id)}>
          {title}
        </button>
        <span className="tour-item-count">
          {i18n.t('popup.stepsDone', [String(view.doneCount), String(view.stepCount)])}
        </span>
      </div>
      <button
        type="button"
        className="btn"
        aria-disabled={launcher.pending || undefined}
        aria-label={i18n.t('popup.tourAction.named', [ACTION_LABEL[view.primary](), title])}
        onClick={() => launcher.launch({ restart: view.primary === 'restart' })}
      >
        {launcher.pending ? i18n.t('popup.starting') : ACTION_LABEL[view.primary]()}
      </button>
      {launcher.error && (
        <p className="notice" data-kind="error" role="alert">
          {i18n.t('popup.errors.start', [launcher.error])}
        </p>
      )}
    </li>
  );
}
