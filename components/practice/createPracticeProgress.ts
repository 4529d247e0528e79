import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TourDefinition } from '@/tours/types';
import { progressReducer } from '@/utils/progress/progressReducer';
import { emptyProgressState, stepIdsByTour } from '@/utils/progress/tourProgress';
import type { ProgressCommand, ProgressState } from '@/utils/progress/types';

/** Read-only view of the practice run, for `useStore` and tests. */
export type PracticeProgressStore = Pick<
  StoreApi<ProgressState>,
  'getState' | 'getInitialState' | 'subscribe'
>;

export interface PracticeProgress {
  store: PracticeProgressStore;
  /** Applies a command to the practice run, exactly as the background applies it to the real one. */
  send: (command: ProgressCommand) => void;
}

/**
 * The progress of a practice run: in memory only, through the same pure reducer as real progress, so the
 * sandbox behaves like the real tour while the user's own progress (in storage, written by the
 * background) is never read or touched. It lasts as long as the page.
 */
export function createPracticeProgress(
  tours: readonly TourDefinition[],
  now: () => number = Date.now,
): PracticeProgress {
  const stepIds = stepIdsByTour(tours);
  const store = createStore<ProgressState>()(() => emptyProgressState());
  const send = (command: ProgressCommand) => {
    const previous = store.getState();
    const next = progressReducer(previous, command, { now: now(), tours: stepIds });
    // The reducer returns the same object for a command that changes nothing: no re-render then.
    if (next !== previous) store.setState(next, true);
  };
  return {
    store: { getState: store.getState, getInitialState: store.getInitialState, subscribe: store.subscribe },
    send,
  };
}
