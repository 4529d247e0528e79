import type { TourDefinition } from '@/tours/types';
import type { ProgressCommand, TourProgress } from '@/utils/progress/types';
import type { StepView } from './stepFacts';

/** A button of the step card besides Back and Next/Finish, and what it does. */
export type CardExtra =
  /** "I've done this" / "It's listed": the user says the step is done; the page did not show it. */
  | { id: 'doneByHand'; labelKey: string; commands: ProgressCommand[] }
  /** "Take me there": guide through the app's controls to the step's page. */
  | { id: 'guide'; labelKey: string }
  /** Last resort: open the page's address (learned on this browser, else documented). */
  | { id: 'openPage'; labelKey: string; path: string };

export interface CardActions {
  back: ProgressCommand[] | null;
  forward: { labelKey: string; commands: ProgressCommand[] };
  extras: CardExtra[];
}

export interface CardActionsInput {
  tour: TourDefinition;
  progress: TourProgress;
  index: number;
  view: StepView<unknown>;
  /** Where the step's page opens, if anywhere is known (see `stepPath`). */
  pagePath: string | undefined;
}

/**
 * Which commands the card's buttons send, as a pure function of the tour, its progress and what the
 * card shows. Components render these and run them; they decide nothing.
 */
export function cardActions({ tour, progress, index, view, pagePath }: CardActionsInput): CardActions {
  const step = tour.steps[index];
  const tourId = tour.id;
  if (!step) return { back: null, forward: { labelKey: 'overlay.finish', commands: [] }, extras: [] };
  const done = Object.hasOwn(progress.done, step.id);
  const readOnly = step.completeOn.every((c) => c.kind === 'acknowledge');
  const byHand: ProgressCommand = { type: 'completeStep', tourId, stepId: step.id, byHand: true };
  const isLast = index === tour.steps.length - 1;

  let forward: CardActions['forward'];
  if (!isLast) {
    forward = {
      labelKey: 'overlay.next',
      commands: [
        readOnly && !done ? { type: 'completeStep', tourId, stepId: step.id } : { type: 'next', tourId },
      ],
    };
  } else {
    const others = tour.steps.filter((s) => s.id !== step.id && Object.hasOwn(progress.done, s.id)).length;
    const commands: ProgressCommand[] = [];
    if (!done) commands.push(readOnly ? { type: 'completeStep', tourId, stepId: step.id } : byHand);
    // Steps skipped earlier stay to do: the tour closes and the popup shows what is left.
    if (others < tour.steps.length - 1) commands.push({ type: 'dismiss', tourId });
    forward = { labelKey: 'overlay.finish', commands };
  }

  const extras: CardExtra[] = [];
  const offerDone = !done && !readOnly;
  switch (view.kind) {
    case 'wrongPage':
      if (view.canGuide) extras.push({ id: 'guide', labelKey: 'overlay.goThere' });
      else if (pagePath) extras.push({ id: 'openPage', labelKey: 'overlay.openPage', path: pagePath });
      break;
    case 'noWay':
      if (pagePath) extras.push({ id: 'openPage', labelKey: 'overlay.openPage', path: pagePath });
      if (offerDone) extras.push({ id: 'doneByHand', labelKey: 'overlay.doneThis', commands: [byHand] });
      break;
    case 'notFound':
    case 'confirming':
      if (offerDone && (view.kind === 'notFound' || view.waitedTooLong))
        extras.push({ id: 'doneByHand', labelKey: 'overlay.doneThis', commands: [byHand] });
      break;
    case 'unsure':
      if (offerDone) extras.push({ id: 'doneByHand', labelKey: 'overlay.itsListed', commands: [byHand] });
      break;
    default:
      break;
  }
  return { back: index > 0 ? [{ type: 'back', tourId }] : null, forward, extras };
}

/** Whether the finished tour's steps were all seen done on the page, or some were ticked by hand. */
export function finishedByHand(progress: TourProgress): boolean {
  return Object.keys(progress.byHand ?? {}).length > 0;
}
