import { isRecord } from './isRecord';
import type { TourProgress } from './types';

/** Version 1 of stored progress: one flat record per tour id, no status and no times. */
export type ProgressV1 = Record<string, TourProgressV1>;

export interface TourProgressV1 {
  /** 0-based index of the step the user was on. */
  step: number;
  completedSteps: string[];
  finished: boolean;
}

/**
 * v1 -> v2. A v1 entry existed from the moment a tour was started, so it becomes "in_progress", or
 * "completed" when finished. v1 recorded no times: the migration time stands for all of them, being the
 * earliest moment we can vouch for. An entry that is not valid v1 is passed through unchanged, so the
 * v2 validation reports it and the original ends up in the backup instead of vanishing here.
 */
export function migrateProgressV1(raw: unknown, now: number): unknown {
  if (!isRecord(raw) || looksLikeV2(raw)) return raw;
  const tours = Object.entries(raw).map(([tourId, entry]) => [
    tourId,
    isTourProgressV1(entry) ? migrateTour(entry, now) : entry,
  ]);
  return { tours: Object.fromEntries(tours) };
}

function migrateTour(entry: TourProgressV1, now: number): TourProgress {
  return {
    status: entry.finished ? 'completed' : 'in_progress',
    currentStep: entry.step,
    done: Object.fromEntries(entry.completedSteps.map((stepId) => [stepId, now])),
    startedAt: now,
    completedAt: entry.finished ? now : null,
    updatedAt: now,
  };
}

export function isTourProgressV1(value: unknown): value is TourProgressV1 {
  return (
    isRecord(value) &&
    typeof value.step === 'number' &&
    Number.isInteger(value.step) &&
    value.step >= 0 &&
    typeof value.finished === 'boolean' &&
    Array.isArray(value.completedSteps) &&
    value.completedSteps.every((stepId) => typeof stepId === 'string' && stepId !== '')
  );
}

/** A value already in the v2 shape (its version marker lost) must not be migrated a second time. */
function looksLikeV2(raw: Record<string, unknown>): boolean {
  return isRecord(raw.tours) && !isTourProgressV1(raw.tours);
}
