import { formatDuration } from '@/components/ui/formatTime';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import { summarizeStepTimings, type StepTimings } from '@/utils/progress/stepTimings';
import { stepIdsByTour } from '@/utils/progress/tourProgress';

export interface StallSectionProps {
  tours: readonly TourDefinition[];
  timings: StepTimings;
}

/** "Where people stall": per tour and step, the median and slowest time, and the steps ticked by hand. */
export function StallSection({ tours, timings }: StallSectionProps) {
  const summaries = summarizeStepTimings(timings, stepIdsByTour(tours));
  return (
    <section id="stall" className="options-section" aria-labelledby="stall-heading">
      <h2 id="stall-heading">{i18n.t('options.timings.heading')}</h2>
      <p className="section-intro">{i18n.t('options.timings.intro')}</p>
      {summaries.length === 0 && <p className="muted">{i18n.t('options.timings.empty')}</p>}
      {summaries.map((summary) => {
        const tour = tours.find((candidate) => candidate.id === summary.tourId);
        if (!tour) return null;
        const title = translateKey(tour.titleKey);
        const stepTitle = (stepId: string) => {
          const index = tour.steps.findIndex((step) => step.id === stepId);
          const step = tour.steps[index];
          return step ? `${index + 1}. ${translateKey(step.titleKey)}` : stepId;
        };
        const headingId = `stall-${tour.id}`;
        return (
          <article key={tour.id} className="tour-card" aria-labelledby={headingId}>
            <div className="tour-card-head">
              <h3 id={headingId}>{title}</h3>
              <span className="muted">{i18n.t('options.timings.runs', [String(summary.runCount)])}</span>
            </div>
            <table className="step-table stall-table">
              <caption className="visually-hidden">{i18n.t('options.timings.caption', [title])}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('options.timings.columnStep')}</th>
                  <th scope="col">{i18n.t('options.timings.columnMedian')}</th>
                  <th scope="col">{i18n.t('options.timings.columnSlowest')}</th>
                  <th scope="col">{i18n.t('options.timings.columnCount')}</th>
                  <th scope="col">{i18n.t('options.timings.columnByHand')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.steps.map((step) => (
                  <tr key={step.stepId} data-step={step.stepId}>
                    <th scope="row">{stepTitle(step.stepId)}</th>
                    <td>{formatDuration(step.medianMs)}</td>
                    <td>{formatDuration(step.slowestMs)}</td>
                    <td>{step.count}</td>
                    <td>{step.byHandCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h4 className="stall-subheading">{i18n.t('options.timings.byHandHeading')}</h4>
            {summary.mostByHand.length === 0 ? (
              <p className="muted">{i18n.t('options.timings.noneByHand')}</p>
            ) : (
              <ul className="stall-by-hand">
                {summary.mostByHand.map((step) => (
                  <li key={step.stepId}>
                    {i18n.t('options.timings.byHandItem', [
                      stepTitle(step.stepId),
                      String(step.byHandCount),
                      String(step.count),
                    ])}
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}
