import { useCallback, useSyncExternalStore } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseProgressState } from './parseProgress';
import { sendRequest } from '../messaging';
import { readProgressSnapshot } from './readProgress';
import { NOTICES_KEY, PROGRESS_KEY } from './storedKeys';
import type { Notice, ProgressState, TourStepIds } from './types';
import { watchLocal } from './watchLocal';

/** What every context (popup, options, overlay) renders from. */
export interface ProgressView {
  /** False until the first read from storage finished: render nothing (or a placeholder) before. */
  ready: boolean;
  state: ProgressState;
  notices: Notice[];
}

/** Read-only: the mirror changes only when storage does. */
export type ProgressStore = Pick<StoreApi<ProgressView>, 'getState' | 'getInitialState' | 'subscribe'>;

export interface ProgressStoreHandle {
  store: ProgressStore;
  /** Stops following storage. Call it when the page, component or content script goes away. */
  dispose: () => void;
}

export interface ProgressStoreOptions {
  /** When given, current steps are clamped to the tours' step counts, as the background does. */
  tours?: TourStepIds;
  /**
   * How to read stored notices (`parseNotices` from parseProgress.ts). Without it the mirror holds none
   * and does not follow them: the overlay, which shows none, then carries no code for them.
   */
  readNotices?: (raw: unknown) => Notice[];
}

/**
 * A read-only mirror of stored progress and notices: one storage read, then storage.onChanged.
 * To change progress, send a command (`sendCommand` in `utils/messaging.ts`); the background writes
 * and the change comes back here through storage.
 */
export function createProgressStore({ tours, readNotices }: ProgressStoreOptions = {}): ProgressStoreHandle {
  const store = createStore<ProgressView>()(() => ({ ready: false, state: { tours: {} }, notices: [] }));
  // A change seen before the first read resolves is newer than (or as new as) what that read returns.
  let progressChanged = false;
  let noticesChanged = false;
  let disposed = false;

  const unwatchProgress = watchLocal(PROGRESS_KEY, (value) => {
    progressChanged = true;
    store.setState({ state: parseProgressState(value ?? { tours: {} }, tours).state });
  });
  const unwatchNotices = readNotices
    ? watchLocal(NOTICES_KEY, (value) => {
        noticesChanged = true;
        store.setState({ notices: readNotices(value) });
      })
    : () => {};

  readProgressSnapshot(tours, readNotices).then(
    (snapshot) => {
      if (disposed) return;
      // The worker may be asleep: wake it so it repairs the value and writes its notice, which then
      // arrives here through storage.
      if (snapshot.needsRepair) void sendRequest('getProgress');
      store.setState({
        ready: true,
        ...(progressChanged ? {} : { state: snapshot.state }),
        ...(noticesChanged ? {} : { notices: snapshot.notices }),
      });
    },
    (error: unknown) => {
      console.error('[invite-guide] progressStore: could not read progress; showing none', error);
      if (!disposed) store.setState({ ready: true });
    },
  );

  return {
    store: { getState: store.getState, getInitialState: store.getInitialState, subscribe: store.subscribe },
    dispose: () => {
      disposed = true;
      unwatchProgress();
      unwatchNotices();
    },
  };
}

/**
 * React binding (what zustand's `useStore` does, through React's named export so that the overlay's
 * Preact build needs no default `React` object). Select small, stable slices (or use zustand's
 * `useShallow`): a selector that builds a new object on every call re-renders forever.
 */
export function useProgressStore<T>(store: ProgressStore, selector: (view: ProgressView) => T): T {
  const slice = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, slice, () => selector(store.getInitialState()));
}
