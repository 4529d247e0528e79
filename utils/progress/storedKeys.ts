/**
 * Where progress and notices live in extension local storage, for the contexts that only read them
 * (`readProgress.ts`, `progressStore.ts`) without loading the storage library the background writes with
 * (`utils/storage.ts` declares the same items from these names).
 */

/** Version of the `local:progress` shape. Bump it with a migration and a test over a stored example. */
export const PROGRESS_VERSION = 2;

export const PROGRESS_KEY = 'progress';
/** @wxt-dev/storage keeps an item's metadata (its version as `v`) under the item's key and `$`. */
export const PROGRESS_META_KEY = `${PROGRESS_KEY}$`;
export const NOTICES_KEY = 'notices';
