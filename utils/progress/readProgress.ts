import { storage } from 'wxt/utils/storage';
import { noticesItem, progressItem } from '../storage';
import { parseNotices, parseProgressState } from './parseProgress';
import type { Notice, ProgressState, TourStepIds } from './types';

export interface ProgressSnapshot {
  state: ProgressState;
  notices: Notice[];
}

/**
 * Progress and notices as any context sees them: one storage read, validated. Read-only: repairing
 * damaged data (with a backup and a notice) is the background's job, so problems are not reported here.
 */
export async function readProgressSnapshot(tours?: TourStepIds): Promise<ProgressSnapshot> {
  const [progress, notices] = await storage.getItems([progressItem, noticesItem]);
  return {
    state: parseProgressState(progress?.value ?? { tours: {} }, tours).state,
    notices: parseNotices(notices?.value),
  };
}
