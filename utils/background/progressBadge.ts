import { browser } from 'wxt/browser';
import { doneCount } from '../progress/tourProgress';
import type { ProgressState, TourStepIds } from '../progress/types';

export const BADGE_DONE = '✓';
const BADGE_COLOR_IN_PROGRESS = '#7856FF';
const BADGE_COLOR_COMPLETED = '#1F8A4C';

/**
 * The toolbar badge: "3/8" (steps done of the tour) while a tour is in progress or was closed with some
 * steps done, "✓" once completed, nothing otherwise. With several tours, the most recently changed one
 * that has something to show wins.
 */
export function badgeTextFor(state: ProgressState, tours: TourStepIds): string {
  let text = '';
  let textAt = -Infinity;
  for (const [tourId, progress] of Object.entries(state.tours)) {
    const stepIds = tours.get(tourId);
    if (!stepIds || progress.updatedAt <= textAt) continue;
    const done = doneCount(progress, stepIds);
    const tourText =
      progress.status === 'completed'
        ? BADGE_DONE
        : progress.status === 'in_progress' || (progress.status === 'dismissed' && done > 0)
          ? `${done}/${stepIds.length}`
          : '';
    if (tourText) {
      text = tourText;
      textAt = progress.updatedAt;
    }
  }
  return text;
}

/** The part of `browser.action` the badge uses (tests pass a fake). */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

export async function showProgressBadge(
  state: ProgressState,
  tours: TourStepIds,
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  action: BadgeApi = browser.action ?? browser.browserAction,
): Promise<void> {
  const text = badgeTextFor(state, tours);
  if (text) {
    await action.setBadgeBackgroundColor({
      color: text === BADGE_DONE ? BADGE_COLOR_COMPLETED : BADGE_COLOR_IN_PROGRESS,
    });
  }
  await action.setBadgeText({ text });
}
