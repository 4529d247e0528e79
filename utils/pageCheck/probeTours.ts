import type { TourDefinition } from '@/tours/types';
import { locateWith, isOnPage, type PageLens } from '@/utils/overlay/readStep';
import type { StepProbe, TourProbe } from './checkResults';

/**
 * Runs every step of every tour against the page as it is now, with the locator the overlay uses:
 * which strategy finds each target (or why each missed), and whether the step's page landmarks and
 * precondition are on screen. Only names and flags leave this function: no element, no page text.
 */
export function probeTours(tours: readonly TourDefinition[], lens: PageLens): TourProbe[] {
  return tours.map((tour) => ({
    tourId: tour.id,
    steps: tour.steps.map((step): StepProbe => {
      const located = locateWith(lens, step.target);
      return {
        stepId: step.id,
        found: located.element ? { index: located.strategyIndex, strategy: located.strategy.by } : null,
        misses: located.element
          ? []
          : located.misses.map((miss) => ({ strategy: miss.strategy.by, reason: miss.reason })),
        onPage: step.page === undefined ? null : isOnPage(lens, tour, step.page),
        requiresMet: !step.requires || locateWith(lens, step.requires.target).element !== null,
      };
    }),
  }));
}
