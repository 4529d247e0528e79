import { browser } from 'wxt/browser';

/**
 * Calls `onChange` with the new value of `key` in extension local storage (null once removed) each time
 * it changes to something else. Returns the unsubscribe.
 */
export function watchLocal(key: string, onChange: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[key];
    if (area !== 'local' || !change) return;
    // A write of an equal value is no change (storage values are JSON).
    if (JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    onChange(change.newValue ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
