import { storage } from 'wxt/utils/storage';
import { PROGRESS_VERSION, noticesItem, progressItem } from '../storage';
import { parseNotices, parseProgressState } from './parseProgress';
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
export async function readProgressSnapshot(tours?: TourStepIds): Promise<ProgressSnapshot> {
  // One read: the item, its version metadata (kept by @wxt-dev/storage under "progress$") and notices.
  const [progress, meta, notices] = await storage.getItems([progressItem, 'local:progress$', noticesItem]);
  const parsed = parseProgressState(progress?.value ?? { tours: {} }, tours);
  const stored = progress?.value !== null && progress?.value !== undefined;
  const version = (meta?.value as { v?: unknown } | null | undefined)?.v;
  return {
    state: parsed.state,
    notices: parseNotices(notices?.value),
    needsRepair: parsed.problems.length > 0 || (stored && version !== PROGRESS_VERSION),
  };
}
