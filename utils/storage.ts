/**
 * Every storage item of the extension, declared in this one file.
 *
 * Values are typed `unknown` on purpose: whatever is stored may be damaged, older or newer than this
 * code, so every read goes through a parser (`utils/progress/parseProgress.ts`). Only the background
 * service worker writes them (`utils/background/progressWriter.ts`); other contexts read and watch.
 */
import { storage } from 'wxt/utils/storage';
import { migrateProgressV1 } from './progress/migrateProgressV1';
import { NOTICES_KEY, PROGRESS_KEY, PROGRESS_VERSION } from './progress/storedKeys';

export { PROGRESS_VERSION };

/** @wxt-dev/storage keeps the item's version in its metadata as `v`. */
export interface StorageVersionMeta extends Record<string, unknown> {
  v: number;
}

/**
 * Tour progress (`ProgressState`). v1 was `{ [tourId]: { step, completedSteps, finished } }`.
 * The library runs migrations when this module loads and only logs failures (including a value written
 * by a newer version); the background calls `migrate()` itself so it can catch them and recover.
 */
export const progressItem = storage.defineItem<unknown, StorageVersionMeta>(`local:${PROGRESS_KEY}`, {
  version: PROGRESS_VERSION,
  migrations: {
    2: (v1: unknown) => migrateProgressV1(v1, Date.now()),
  },
});

/** A copy of progress that could not be read, kept before it was repaired or reset (`ProgressBackup`). */
export const progressBackupItem = storage.defineItem<unknown>('local:progressBackup');

/** Notices for the user (`Notice[]`), newest last, shown in the popup and the options page. */
export const noticesItem = storage.defineItem<unknown>(`local:${NOTICES_KEY}`);

/**
 * A share link captured before the user could use it (`PendingShareLink`), e.g. while they sign in.
 * Session storage: it should not outlive the browser session.
 */
export const pendingShareLinkItem = storage.defineItem<unknown>('session:pendingShareLink');

/**
 * The app's addresses the guide has seen working, per host, and the host last used (`LearnedPlaces`,
 * `utils/learnedPlaces.ts`). Written only by the background, on the overlay's report.
 */
export const learnedPlacesItem = storage.defineItem<unknown>('local:learnedPlaces');

/**
 * What the last reset of each scope (one tour, or all) cleared (`ResetSnapshots`,
 * `utils/progress/resetUndo.ts`), so that Undo can bring it back. Session storage: an undo is for now.
 */
export const resetSnapshotsItem = storage.defineItem<unknown>('session:resetSnapshots');

/**
 * Where people stall: per tour run, each step's time from its card showing to its completion and whether
 * it was ticked by hand, the last 50 runs (`StepTimings`, `utils/progress/stepTimings.ts`). Written only
 * by the background; never sent anywhere (a backup file the user exports carries it).
 */
export const stepTimingsItem = storage.defineItem<unknown>('local:stepTimings');

/**
 * When each step's card first showed in the current run, until the step is done (`ShownSteps`). Session
 * storage, so a restarted service worker still knows; a figure left from an earlier session is stale.
 */
export const stepShownItem = storage.defineItem<unknown>('session:stepShown');

/** The timings the last reset of each scope cleared (scope -> `StepTimings`), for Undo. */
export const timingsResetSnapshotsItem = storage.defineItem<unknown>('session:timingsResetSnapshots');

/**
 * The last 20 steps whose target the overlay could not find (`NotFoundEvent[]`,
 * `utils/pageCheck/notFoundEvents.ts`): tour id, step id, the kinds of strategy that missed, and when.
 * No page text, no address. Written only by the background; shown in "Check this page"'s report.
 */
export const notFoundEventsItem = storage.defineItem<unknown>('local:notFoundEvents');
