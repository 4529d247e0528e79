/**
 * The shapes of tour progress and of the commands that change it. Pure data: no browser API here.
 * The background service worker is the only writer; every other context sends a `ProgressCommand`.
 */

export type TourStatus = 'not_started' | 'in_progress' | 'completed' | 'dismissed';

export interface TourProgress {
  status: TourStatus;
  /** Index (0-based) of the step the user is on. Always within 0..stepCount-1. */
  currentStep: number;
  /** Step id -> epoch ms when it was completed. Entries only disappear on reset, restart and resetStep. */
  done: Record<string, number>;
  /** Step id -> true for steps the user ticked by hand (the page did not show their outcome). */
  byHand?: Record<string, true>;
  /** Set by the first start (and again by restart); cleared only by reset. */
  startedAt: number | null;
  /** When the tour was last completed. Kept when a completed tour is started again, as history. */
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
  | { type: 'completeStep'; tourId: string; stepId: string; byHand?: true }
  | { type: 'dismiss'; tourId: string }
  | { type: 'reset'; tourId: string }
  | { type: 'resetStep'; tourId: string; stepId: string }
  | { type: 'resetAll' };

export type ProgressCommandType = ProgressCommand['type'];

/** What the pure engine knows about the tours: tour id -> its step ids, in order. */
export type TourStepIds = ReadonlyMap<string, readonly string[]>;

export interface ProgressContext {
  /** Epoch ms of the command. A clock that goes backwards never moves a timestamp backwards. */
  now: number;
  tours: TourStepIds;
}

/** i18n keys (in `locales/en.yml`, group `notice`) of the notices the background can raise. */
export type NoticeMessageKey =
  | 'notice.progressReset'
  | 'notice.progressRepaired'
  | 'notice.progressNewerVersion'
  | 'notice.shareLinkInvalid';

export type NoticeKind = 'info' | 'warning' | 'error';

/** Something the user should know about, shown in the popup and the options page until dismissed. */
export interface Notice {
  id: string;
  kind: NoticeKind;
  messageKey: NoticeMessageKey;
  /** Epoch ms when it was raised. */
  at: number;
  /** Technical detail for the diagnostics view (English, not translated). Never contains typed input. */
  details: string[];
}

/** A share link captured from a Mixpanel URL, kept for the session while the user signs in. */
export interface PendingShareLink {
  tourId: string;
  /** 0-based step index, already checked against the tour (0 for `resume` and `restart`). */
  step: number;
  /**
   * `step`: open that step. `resume`: the link named no step (resume, or begin at step 1). `restart`:
   * begin again at step 1 once the user agrees. Values stored before this field existed read as `step`.
   */
  action: 'step' | 'resume' | 'restart';
  /** The Mixpanel host the link was opened on (e.g. `eu.mixpanel.com`). */
  host: string;
  at: number;
}

/** What could not be read, kept before the background repaired or reset it (for diagnostics, export). */
export interface ProgressBackup {
  at: number;
  /** The stored version marker, if there was one (a newer version's data keeps its number here). */
  version: number | null;
  raw: unknown;
  problems: string[];
}
