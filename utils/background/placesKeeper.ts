import { learnPlace, parseLearnedPlaces, placeKey, type LearnedPlaces } from '../learnedPlaces';
import type { LearnPlacePayload } from '../messaging';
import { learnedPlacesItem } from '../storage';
import { createSerialQueue } from './serialQueue';

/** The background's keeper of learned places: reads leniently, writes one change at a time, only on change. */
export function createPlacesKeeper(item = learnedPlacesItem) {
  const queue = createSerialQueue();
  const read = async (): Promise<LearnedPlaces> => parseLearnedPlaces(await item.getValue());
  return {
    read,
    learn: (host: string, { tourId, page, path }: LearnPlacePayload) =>
      queue(async () => {
        const before = await read();
        const after = learnPlace(before, host, page === null ? null : placeKey(tourId, page), path);
        if (after !== before) await item.setValue(after);
        return after;
      }),
  };
}
