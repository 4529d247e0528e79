import { useEffect, useSyncExternalStore } from 'react';
import type { TourDefinition } from '@/tours/types';
import { sendRequest } from '@/utils/messaging';

/**
 * Where the overlay gets tour definitions. Its script carries none (they would be a sixth of it): the
 * background hands them in with the injection, and any it did not is asked for, once, kept after that.
 */
export interface TourSource {
  /** The tour once it arrived; null when there is no such tour; undefined while it is on its way. */
  get(tourId: string): TourDefinition | null | undefined;
  /** Asks for the tour, unless it is here or already asked for (a failed request is asked again). */
  load(tourId: string): void;
  subscribe(onChange: () => void): () => void;
}

/** What a fetch found: the tour, null for "no such tour", undefined for "could not ask" (try again). */
export type FetchTour = (tourId: string) => Promise<TourDefinition | null | undefined>;

/** `handed`: the definitions that came with the overlay's injection; any other tour is asked for. */
export function createTourSource(
  fetchTour: FetchTour = fetchFromBackground,
  handed: readonly TourDefinition[] = [],
): TourSource {
  const found = new Map<string, TourDefinition | null>(handed.map((tour) => [tour.id, tour]));
  const asked = new Set<string>();
  const listeners = new Set<() => void>();
  return {
    get: (tourId) => found.get(tourId),
    load(tourId) {
      if (asked.has(tourId) || found.has(tourId)) return;
      asked.add(tourId);
      void fetchTour(tourId).then((tour) => {
        if (tour === undefined) {
          asked.delete(tourId);
          return;
        }
        found.set(tourId, tour);
        listeners.forEach((listener) => listener());
      });
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

async function fetchFromBackground(tourId: string): Promise<TourDefinition | null | undefined> {
  const reply = await sendRequest('getTour', { tourId });
  if (reply.ok) return reply.tour;
  console.warn(`overlay: could not get the tour "${tourId}": ${reply.error}`);
  return reply.error === 'unknownTour' ? null : undefined;
}

/**
 * The tour `tourId` from `source` (see `TourSource.get`), asked for while the component renders with it:
 * after each render, so that a request that failed (no background) is made again on the next one.
 */
export function useTour(
  source: TourSource,
  tourId: string | null | undefined,
): TourDefinition | null | undefined {
  const tour = useSyncExternalStore(source.subscribe, () => (tourId ? source.get(tourId) : null));
  useEffect(() => {
    if (tourId) source.load(tourId);
  });
  return tour;
}
