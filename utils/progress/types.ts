/**
 * The shapes of tour progress and of the commands that change it. Pure data: no browser API here.
 * The background service worker is the only writer; every other context sends a `ProgressCommand`.
 */

export type TourStatus = 'not_started' | 'in_progress' | 'completed' | 'dismissed';

export interface TourProgress {
  status: TourStatus;
  /** Index (0-based) of the step the user is on. Always within 0..stepCount-1. */
  currentStep: number;
  /** Step id -> epoch ms when it was completed. Entries only disappear on reset. */
  done: Record<string, number>;
  startedAt: number | null;
  completedAt: number | null;
  /** Epoch ms of the last change; never goes backwards. */
  updatedAt: number;
}

/** Everything stored, keyed by tour id. */
export interface ProgressState {
  tours: Record<string, TourProgress>;
}

export type ProgressCommand =
  | { type: 'start'; tourId: string; step?: number }
  | { type: 'restart'; tourId: string }
  | { type: 'next'; tourId: string }
  | { type: 'back'; tourId: string }
  | { type: 'goTo'; tourId: string; step: number }
  | { type: 'completeStep'; tourId: string; stepId: string }
  | { type: 'dismiss'; tourId: string }
  | { type: 'reset'; tourId: string }
  | { type: 'resetStep'; tourId: string; stepId: string }
  | { type: 'resetAll' };
