import type { TourDefinition } from '@/tours/types';
import type { ProgressState, TourProgress, TourStepIds } from './types';

/** Progress of a tour nobody has started. Frozen: it is shared, never to be mutated. */
export const NOT_STARTED: Readonly<TourProgress> = Object.freeze({
  status: 'not_started',
  currentStep: 0,
  done: Object.freeze({}) as Record<string, number>,
  startedAt: null,
  completedAt: null,
  updatedAt: 0,
});

export function emptyProgressState(): ProgressState {
  return { tours: {} };
}

/** The progress of one tour; a tour with no entry has not been started. */
export function tourProgressOf(state: ProgressState, tourId: string): TourProgress {
  // hasOwn: a tour id such as "constructor" must not read Object.prototype.
  return Object.hasOwn(state.tours, tourId) ? (state.tours[tourId] ?? NOT_STARTED) : NOT_STARTED;
}

export function isStepDone(progress: TourProgress, stepId: string): boolean {
  return Object.hasOwn(progress.done, stepId);
}

/** How many of the tour's steps are done (done entries of steps the tour no longer has do not count). */
export function doneCount(progress: TourProgress, stepIds: readonly string[]): number {
  return stepIds.filter((stepId) => isStepDone(progress, stepId)).length;
}

export function allStepsDone(progress: TourProgress, stepIds: readonly string[]): boolean {
  return stepIds.length > 0 && doneCount(progress, stepIds) === stepIds.length;
}

/** Index of the first step not done yet, or null when every step is done. */
export function nextStepIndex(progress: TourProgress, stepIds: readonly string[]): number | null {
  const index = stepIds.findIndex((stepId) => !isStepDone(progress, stepId));
  return index === -1 ? null : index;
}

/**
 * The tour the user is in the middle of: the most recently changed tour in progress, or null.
 * The loader uses it to decide whether a Mixpanel page needs the overlay at all.
 */
export function activeTourId(state: ProgressState): string | null {
  let active: string | null = null;
  let activeAt = -Infinity;
  for (const [tourId, progress] of Object.entries(state.tours)) {
    if (progress.status === 'in_progress' && progress.updatedAt > activeAt) {
      active = tourId;
      activeAt = progress.updatedAt;
    }
  }
  return active;
}

/** The engine's view of the tour definitions: tour id -> step ids in order. */
export function stepIdsByTour(tours: readonly TourDefinition[]): TourStepIds {
  return new Map(tours.map((tour) => [tour.id, tour.steps.map((step) => step.id)]));
}
