import { browser } from 'wxt/browser';
import { NOTICES_KEY, PROGRESS_KEY, PROGRESS_META_KEY, PROGRESS_VERSION } from './storedKeys';
import { parseProgressState } from './parseProgress';
import type { Notice, ProgressState, TourStepIds } from './types';

export interface ProgressSnapshot {
  state: ProgressState;
  notices: Notice[];
  /** The stored value needs the background's repair: invalid parts, or another version's shape. */
  needsRepair: boolean;
}

/**
 * Progress and notices as any context sees them: one storage read, validated. Read-only: repairing
 * damaged data (with a backup and a notice) is the background's job; `needsRepair` says it is due.
 */
export async function readProgressSnapshot(
  tours?: TourStepIds,
  /** How to read stored notices (`parseNotices`); without it none are read: the overlay shows none. */
  readNotices?: (raw: unknown) => Notice[],
): Promise<ProgressSnapshot> {
  // One read: the item, its version metadata and notices. Straight from the storage area, so the
  // overlay needs no storage library (and runs none of its migrations: the background does).
  const stored: Record<string, unknown> = await browser.storage.local.get([
    PROGRESS_KEY,
    PROGRESS_META_KEY,
    NOTICES_KEY,
  ]);
  const progress = stored[PROGRESS_KEY] ?? null;
  const parsed = parseProgressState(progress ?? { tours: {} }, tours);
  const version = (stored[PROGRESS_META_KEY] as { v?: unknown } | null | undefined)?.v;
  return {
    state: parsed.state,
    notices: readNotices?.(stored[NOTICES_KEY] ?? null) ?? [],
    needsRepair: parsed.problems.length > 0 || (progress !== null && version !== PROGRESS_VERSION),
  };
}
