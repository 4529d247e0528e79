import { allStepsDone, isStepDone, nextStepIndex, NOT_STARTED, tourProgressOf } from './tourProgress';
import type { ProgressCommand, ProgressContext, ProgressState, TourProgress } from './types';

/**
 * The tour engine: `(state, command) -> state`, pure. Anything it cannot apply (an unknown tour or step,
 * a step out of range, a command that makes no sense in the tour's status) returns the very same object,
 * so callers can skip storage writes and re-renders with `next === prev`.
 */
export function progressReducer(
  state: ProgressState,
  command: ProgressCommand,
  ctx: ProgressContext,
): ProgressState {
  if (command.type === 'resetAll') return resetAll(state, Number.isFinite(ctx.now) ? ctx.now : 0);

  const stepIds = ctx.tours.get(command.tourId);
  if (!stepIds || stepIds.length === 0) return state;
  const prev = tourProgressOf(state, command.tourId);
  // The clock may go backwards (sync, manual change); stored timestamps must not.
  const at = Number.isFinite(ctx.now) ? Math.max(prev.updatedAt, ctx.now) : prev.updatedAt;
  const next = reduceTour(prev, command, stepIds, at);
  if (next === prev || sameProgress(prev, next)) return state;
  return { tours: { ...state.tours, [command.tourId]: { ...next, updatedAt: at } } };
}

/** The change to one tour; `at` is the command's time, already made monotonic. */
function reduceTour(
  prev: TourProgress,
  command: Exclude<ProgressCommand, { type: 'resetAll' }>,
  stepIds: readonly string[],
  at: number,
): TourProgress {
  const last = stepIds.length - 1;
  const current = clamp(prev.currentStep, 0, last);
  const inProgress = prev.status === 'in_progress';

  switch (command.type) {
    case 'start': {
      if (command.step !== undefined && !isIndex(command.step, last)) return prev;
      // A tour that was closed or is running resumes where the user was; otherwise begin at the first
      // step still to do.
      const resumable = prev.status === 'in_progress' || prev.status === 'dismissed';
      const step = command.step ?? (resumable ? current : (nextStepIndex(prev, stepIds) ?? 0));
      return {
        ...prev,
        status: 'in_progress',
        currentStep: step,
        startedAt: prev.startedAt ?? at,
      };
    }
    case 'restart': {
      // Nothing of the earlier run is kept, not even which steps were ticked by hand.
      const { byHand: _earlierRun, ...rest } = prev;
      return { ...rest, status: 'in_progress', currentStep: 0, done: {}, startedAt: at, completedAt: null };
    }
    case 'next':
      if (!inProgress) return prev;
      if (current < last) return { ...prev, currentStep: current + 1 };
      return allStepsDone(prev, stepIds) ? { ...prev, status: 'completed', completedAt: at } : prev;
    case 'back':
      return inProgress && current > 0 ? { ...prev, currentStep: current - 1 } : prev;
    case 'goTo':
      return inProgress && isIndex(command.step, last) ? { ...prev, currentStep: command.step } : prev;
    case 'completeStep': {
      const index = stepIds.indexOf(command.stepId);
      if (!inProgress || index === -1) return prev;
      // The first completion time is kept: redoing a step does not rewrite history.
      const already = isStepDone(prev, command.stepId);
      const done = already ? prev.done : { ...prev.done, [command.stepId]: at };
      // Ticked by hand: the page never showed the outcome (the closing card says so).
      const byHand =
        !already && command.byHand ? { ...prev.byHand, [command.stepId]: true as const } : prev.byHand;
      const completed: TourProgress = {
        ...prev,
        done,
        ...(byHand ? { byHand } : {}),
        currentStep: current === index ? Math.min(index + 1, last) : current,
      };
      return allStepsDone(completed, stepIds)
        ? { ...completed, status: 'completed', completedAt: at }
        : completed;
    }
    case 'dismiss':
      // "Close tour" keeps the step and what is done, so a later start resumes.
      return inProgress ? { ...prev, status: 'dismissed' } : prev;
    case 'reset':
      return pristine(at);
    case 'resetStep': {
      if (!stepIds.includes(command.stepId) || !isStepDone(prev, command.stepId)) return prev;
      const done = Object.fromEntries(Object.entries(prev.done).filter(([id]) => id !== command.stepId));
      const { [command.stepId]: _undone, ...byHand } = prev.byHand ?? {};
      const { byHand: _before, ...rest } = prev;
      const undone: TourProgress = { ...rest, done, ...(Object.keys(byHand).length > 0 ? { byHand } : {}) };
      // A completed tour with a step undone is no longer complete: put the user on that step.
      return prev.status === 'completed'
        ? { ...undone, status: 'in_progress', currentStep: stepIds.indexOf(command.stepId) }
        : undone;
    }
  }
}

function resetAll(state: ProgressState, now: number): ProgressState {
  const entries = Object.entries(state.tours);
  if (entries.every(([, progress]) => sameProgress(progress, NOT_STARTED))) return state;
  return {
    tours: Object.fromEntries(
      entries.map(([tourId, progress]) => [
        tourId,
        sameProgress(progress, NOT_STARTED) ? progress : pristine(Math.max(progress.updatedAt, now)),
      ]),
    ),
  };
}

/** A reset tour keeps an entry, so its updatedAt keeps moving forward and watchers see the change. */
function pristine(updatedAt: number): TourProgress {
  return { ...NOT_STARTED, done: {}, updatedAt };
}

/** Equal in everything but updatedAt (which alone does not make a change). */
function sameProgress(a: TourProgress, b: TourProgress): boolean {
  return (
    a.status === b.status &&
    a.currentStep === b.currentStep &&
    a.startedAt === b.startedAt &&
    a.completedAt === b.completedAt &&
    sameDone(a.done, b.done)
  );
}

function sameDone(a: Record<string, number>, b: Record<string, number>): boolean {
  const aKeys = Object.keys(a);
  return (
    aKeys.length === Object.keys(b).length && aKeys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
  );
}

function isIndex(step: number, last: number): boolean {
  return Number.isInteger(step) && step >= 0 && step <= last;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
