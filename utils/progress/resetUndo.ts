import { isRecord, isTime } from './isRecord';
import { isId } from './parseCommand';
import { parseProgressState } from './parseProgress';
import { allStepsDone, tourProgressOf } from './tourProgress';
import type { ProgressState, TourProgress, TourStepIds } from './types';

/** What a reset cleared: one tour (its id) or every tour (`all`). */
export type ResetScope = string;
export const ALL_TOURS: ResetScope = '*';

/** The progress a reset cleared, kept so that Undo can bring it back. */
export interface ResetSnapshot {
  /** Epoch ms of the reset. */
  at: number;
  /** The tours as they were just before the reset (only those the reset changed). */
  tours: Record<string, TourProgress>;
}

/** Scope -> the last reset of that scope not yet undone. */
export type ResetSnapshots = Record<ResetScope, ResetSnapshot>;

/** The scope of a reset command, or null for a command that is not a reset. */
export function resetScopeOf(command: { type: string; tourId?: string }): ResetScope | null {
  if (command.type === 'resetAll') return ALL_TOURS;
  if (command.type === 'reset' && command.tourId !== undefined) return command.tourId;
  return null;
}

/**
 * The snapshot of a reset that turned `before` into `after`: the tours it changed, as they were. Null
 * when the reset changed nothing (there is nothing to undo).
 */
export function snapshotOfReset(
  before: ProgressState,
  after: ProgressState,
  scope: ResetScope,
  at: number,
): ResetSnapshot | null {
  const ids = scope === ALL_TOURS ? Object.keys(before.tours) : [scope];
  const changed = ids.filter(
    (tourId) =>
      Object.hasOwn(before.tours, tourId) && tourProgressOf(after, tourId) !== tourProgressOf(before, tourId),
  );
  if (changed.length === 0) return null;
  return { at, tours: Object.fromEntries(changed.map((tourId) => [tourId, tourProgressOf(before, tourId)])) };
}

/**
 * Undo of a reset: brings back what the reset cleared and keeps what happened since. A step done before
 * the reset is done again (with its first completion time); a step done after it (in a tab) stays done.
 * If the tour was started again after the reset, the user stays where they are now; otherwise the tour
 * is back at the step and status it had. Tours the reset did not touch are left as they are.
 */
export function undoReset(
  current: ProgressState,
  snapshot: ResetSnapshot,
  tours: TourStepIds,
  now: number,
): ProgressState {
  const merged = Object.entries(snapshot.tours).map(([tourId, before]): [string, TourProgress] => {
    const after = tourProgressOf(current, tourId);
    return [tourId, mergeTour(before, after, tours.get(tourId) ?? [], Math.max(now, after.updatedAt))];
  });
  if (merged.length === 0) return current;
  return { tours: { ...current.tours, ...Object.fromEntries(merged) } };
}

function mergeTour(
  before: TourProgress,
  after: TourProgress,
  stepIds: readonly string[],
  at: number,
): TourProgress {
  const done: Record<string, number> = { ...after.done };
  for (const [stepId, time] of Object.entries(before.done)) {
    const newer = done[stepId];
    done[stepId] = newer === undefined ? time : Math.min(newer, time);
  }
  const byHand = { ...before.byHand, ...after.byHand };
  const restartedSince = after.status !== 'not_started';
  const base: TourProgress = restartedSince
    ? { ...after, startedAt: before.startedAt ?? after.startedAt }
    : { ...before };
  const merged: TourProgress = {
    ...base,
    done,
    completedAt: after.completedAt ?? before.completedAt,
    updatedAt: at,
  };
  if (Object.keys(byHand).length > 0) merged.byHand = byHand;
  else delete merged.byHand;
  if (merged.status === 'in_progress' && allStepsDone(merged, stepIds))
    return { ...merged, status: 'completed', completedAt: merged.completedAt ?? at };
  return merged;
}

/** Snapshots read from session storage (untrusted); anything malformed is dropped. */
export function parseResetSnapshots(raw: unknown): ResetSnapshots {
  if (!isRecord(raw)) return {};
  const entries: [string, ResetSnapshot][] = [];
  for (const [scope, value] of Object.entries(raw)) {
    if (!isId(scope) || !isRecord(value) || !isTime(value.at)) continue;
    const { state, problems } = parseProgressState({ tours: value.tours });
    if (problems.length === 0) entries.push([scope, { at: value.at, tours: state.tours }]);
  }
  return Object.fromEntries(entries);
}
