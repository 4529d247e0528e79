import type { TourDefinition } from '@/tours/types';

/**
 * Where the overlay finds tour definitions. Its script carries none (they would be a sixth of it): the
 * background hands them all in with the injection (see `handToOverlay`), so the first card waits for no
 * message.
 */
export interface TourSource {
  /** The tour with this id, or null when none was handed. */
  get(tourId: string): TourDefinition | null;
}

export function createTourSource(handed: readonly TourDefinition[]): TourSource {
  const byId = new Map(handed.map((tour) => [tour.id, tour]));
  return { get: (tourId) => byId.get(tourId) ?? null };
}
