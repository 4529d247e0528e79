import { describe, expect, it } from 'vitest';
import { progressReducer } from '../progressReducer';
import { activeTourId, doneCount, emptyProgressState, nextStepIndex, tourProgressOf } from '../tourProgress';
import type { ProgressCommand, ProgressState } from '../types';
import { INVITE_STEPS, TOURS } from './fixtures/tours';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

/** Applies commands one after the other, one second apart, starting at `from`. */
function run(state: ProgressState, commands: ProgressCommand[], from = T0): ProgressState {
  return commands.reduce(
    (current, command, i) => progressReducer(current, command, { now: from + i * 1000, tours: TOURS }),
    state,
  );
}

function invite(state: ProgressState) {
  return tourProgressOf(state, TOUR);
}

const start: ProgressCommand = { type: 'start', tourId: TOUR };
const complete = (stepId: string): ProgressCommand => ({ type: 'completeStep', tourId: TOUR, stepId });
/** The first `n` steps completed in order, as a real admin would. */
const completeFirst = (n: number): ProgressCommand[] => INVITE_STEPS.slice(0, n).map(complete);

describe('progressReducer: start', () => {
  it('a new admin who starts the invite tour is on the first step with nothing done', () => {
    const state = run(emptyProgressState(), [start]);
    expect(invite(state)).toEqual({
      status: 'in_progress',
      currentStep: 0,
      done: {},
      startedAt: T0,
      completedAt: null,
      updatedAt: T0,
    });
  });

  it('an admin opening a link to step 4 starts on step 4', () => {
    const state = run(emptyProgressState(), [{ type: 'start', tourId: TOUR, step: 3 }]);
    expect(invite(state).currentStep).toBe(3);
    expect(invite(state).status).toBe('in_progress');
  });

  it('a link to a step the tour does not have changes nothing', () => {
    const state = emptyProgressState();
    expect(run(state, [{ type: 'start', tourId: TOUR, step: 8 }])).toBe(state);
    expect(run(state, [{ type: 'start', tourId: TOUR, step: -1 }])).toBe(state);
    expect(run(state, [{ type: 'start', tourId: TOUR, step: 1.5 }])).toBe(state);
  });

  it('starting a tour that is already running is a no-op that returns the same object', () => {
    const running = run(emptyProgressState(), [start, ...completeFirst(2)]);
    expect(progressReducer(running, start, { now: T0 + 60_000, tours: TOURS })).toBe(running);
  });

  it('a new admin who closes the tour at step 5 resumes at step 5', () => {
    const closed = run(emptyProgressState(), [start, ...completeFirst(4), { type: 'dismiss', tourId: TOUR }]);
    expect(invite(closed)).toMatchObject({ status: 'dismissed', currentStep: 4 });
    const resumed = run(closed, [start], T0 + 3_600_000);
    expect(invite(resumed)).toMatchObject({ status: 'in_progress', currentStep: 4 });
    expect(doneCount(invite(resumed), INVITE_STEPS)).toBe(4);
  });

  it('an admin who went back to re-read step 2 and closed the tour resumes on step 2', () => {
    const closed = run(emptyProgressState(), [
      start,
      ...completeFirst(4),
      { type: 'goTo', tourId: TOUR, step: 1 },
      { type: 'dismiss', tourId: TOUR },
    ]);
    expect(invite(run(closed, [start], T0 + 60_000)).currentStep).toBe(1);
  });

  it('the start time is set by the first start and survives closing and resuming', () => {
    const state = run(emptyProgressState(), [start, { type: 'dismiss', tourId: TOUR }, start]);
    expect(invite(state).startedAt).toBe(T0);
    expect(invite(state).updatedAt).toBe(T0 + 2000);
  });

  it('an admin who finished the tour and starts it again begins at step 1 and keeps what is done', () => {
    const finished = run(emptyProgressState(), [start, ...completeFirst(8)]);
    expect(invite(finished).status).toBe('completed');
    const again = run(finished, [start], T0 + 60_000);
    expect(invite(again)).toMatchObject({ status: 'in_progress', currentStep: 0, startedAt: T0 });
    expect(doneCount(invite(again), INVITE_STEPS)).toBe(8);
    // The earlier completion stays on record.
    expect(invite(again).completedAt).toBe(invite(finished).completedAt);
  });
});

describe('progressReducer: restart', () => {
  it('restarting clears what is done and begins again at step 1 with a new start time', () => {
    const midway = run(emptyProgressState(), [start, ...completeFirst(5)]);
    const restarted = run(midway, [{ type: 'restart', tourId: TOUR }], T0 + 60_000);
    expect(invite(restarted)).toEqual({
      status: 'in_progress',
      currentStep: 0,
      done: {},
      startedAt: T0 + 60_000,
      completedAt: null,
      updatedAt: T0 + 60_000,
    });
  });

  it('restart works on a tour never started (it is a start from scratch)', () => {
    const state = run(emptyProgressState(), [{ type: 'restart', tourId: TOUR }]);
    expect(invite(state)).toMatchObject({ status: 'in_progress', currentStep: 0, startedAt: T0 });
  });
});

describe('progressReducer: next, back and goTo', () => {
  it('next and back move one step within the tour', () => {
    const state = run(emptyProgressState(), [
      start,
      { type: 'next', tourId: TOUR },
      { type: 'next', tourId: TOUR },
      { type: 'back', tourId: TOUR },
    ]);
    expect(invite(state).currentStep).toBe(1);
  });

  it('back on the first step stays there (same object)', () => {
    const state = run(emptyProgressState(), [start]);
    expect(run(state, [{ type: 'back', tourId: TOUR }])).toBe(state);
  });

  it('next on the last step does not finish a tour with steps still to do', () => {
    const state = run(emptyProgressState(), [
      start,
      ...completeFirst(6),
      { type: 'goTo', tourId: TOUR, step: 7 },
    ]);
    expect(run(state, [{ type: 'next', tourId: TOUR }])).toBe(state);
    expect(invite(state).status).toBe('in_progress');
  });

  it('next on the last step finishes the tour once every step is done', () => {
    const allDone = run(emptyProgressState(), [start, ...completeFirst(8)]);
    // Reopen the finished tour on its last step, then press Next.
    const reopened = run(allDone, [{ type: 'start', tourId: TOUR, step: 7 }], T0 + 60_000);
    const finished = run(reopened, [{ type: 'next', tourId: TOUR }], T0 + 120_000);
    expect(invite(finished)).toMatchObject({ status: 'completed', completedAt: T0 + 120_000 });
  });

  it('goTo jumps to any step of the tour and ignores steps it does not have', () => {
    const state = run(emptyProgressState(), [start, { type: 'goTo', tourId: TOUR, step: 6 }]);
    expect(invite(state).currentStep).toBe(6);
    expect(run(state, [{ type: 'goTo', tourId: TOUR, step: 8 }])).toBe(state);
    expect(run(state, [{ type: 'goTo', tourId: TOUR, step: -1 }])).toBe(state);
    expect(run(state, [{ type: 'goTo', tourId: TOUR, step: 6 }])).toBe(state);
  });

  it('a closed tour does not move until it is resumed', () => {
    const closed = run(emptyProgressState(), [start, { type: 'dismiss', tourId: TOUR }]);
    expect(run(closed, [{ type: 'next', tourId: TOUR }])).toBe(closed);
    expect(run(closed, [{ type: 'goTo', tourId: TOUR, step: 3 }])).toBe(closed);
  });
});

describe('progressReducer: completeStep', () => {
  it('doing the step the admin is on marks it done and moves to the next one', () => {
    const state = run(emptyProgressState(), [start, complete('open-settings')]);
    expect(invite(state)).toMatchObject({ currentStep: 1, done: { 'open-settings': T0 + 1000 } });
  });

  it('a step done while the admin looks at another one is recorded without moving them', () => {
    const state = run(emptyProgressState(), [
      start,
      { type: 'goTo', tourId: TOUR, step: 3 },
      complete('open-settings'),
    ]);
    expect(invite(state)).toMatchObject({ currentStep: 3, done: { 'open-settings': T0 + 2000 } });
  });

  it('redoing a step keeps the time it was first done', () => {
    const state = run(emptyProgressState(), [
      start,
      complete('open-settings'),
      { type: 'back', tourId: TOUR },
      complete('open-settings'),
    ]);
    expect(invite(state)).toMatchObject({ currentStep: 1, done: { 'open-settings': T0 + 1000 } });
  });

  it('the invitee showing up as pending completes the tour when every step is done', () => {
    const state = run(emptyProgressState(), [start, ...completeFirst(8)]);
    expect(invite(state)).toMatchObject({ status: 'completed', currentStep: 7, completedAt: T0 + 8000 });
    expect(doneCount(invite(state), INVITE_STEPS)).toBe(8);
  });

  it('the last step done while an earlier one is still open does not complete the tour', () => {
    const state = run(emptyProgressState(), [start, ...INVITE_STEPS.slice(1).map(complete)]);
    expect(invite(state).status).toBe('in_progress');
    expect(nextStepIndex(invite(state), INVITE_STEPS)).toBe(0);
  });

  it('a step the tour does not have changes nothing', () => {
    const state = run(emptyProgressState(), [start]);
    expect(run(state, [complete('delete-everything')])).toBe(state);
  });

  it('steps done while the tour is closed or not started are not recorded', () => {
    const empty = emptyProgressState();
    expect(run(empty, [complete('open-settings')])).toBe(empty);
    const closed = run(empty, [start, { type: 'dismiss', tourId: TOUR }]);
    expect(run(closed, [complete('open-settings')])).toBe(closed);
  });
});

describe('progressReducer: dismiss', () => {
  it('"Close tour" keeps the step and what is done', () => {
    const state = run(emptyProgressState(), [start, ...completeFirst(2), { type: 'dismiss', tourId: TOUR }]);
    expect(invite(state)).toMatchObject({ status: 'dismissed', currentStep: 2 });
    expect(Object.keys(invite(state).done)).toEqual(['open-settings', 'open-users-and-teams']);
  });

  it('closing twice, or closing a tour never started, is a no-op', () => {
    const closed = run(emptyProgressState(), [start, { type: 'dismiss', tourId: TOUR }]);
    expect(run(closed, [{ type: 'dismiss', tourId: TOUR }])).toBe(closed);
    const empty = emptyProgressState();
    expect(run(empty, [{ type: 'dismiss', tourId: TOUR }])).toBe(empty);
  });
});

describe('progressReducer: reset, resetStep, resetAll', () => {
  it('resetting a tour puts it back to not started with everything cleared', () => {
    const state = run(emptyProgressState(), [start, ...completeFirst(8), { type: 'reset', tourId: TOUR }]);
    expect(invite(state)).toEqual({
      status: 'not_started',
      currentStep: 0,
      done: {},
      startedAt: null,
      completedAt: null,
      updatedAt: T0 + 9000,
    });
  });

  it('resetting a tour that was never started is a no-op', () => {
    const state = emptyProgressState();
    expect(run(state, [{ type: 'reset', tourId: TOUR }])).toBe(state);
    const reset = run(state, [start, { type: 'reset', tourId: TOUR }]);
    expect(run(reset, [{ type: 'reset', tourId: TOUR }], T0 + 60_000)).toBe(reset);
  });

  it('a trainer who resets one step of a finished tour sends the admin back to that step', () => {
    const state = run(emptyProgressState(), [
      start,
      ...completeFirst(8),
      { type: 'resetStep', tourId: TOUR, stepId: 'set-roles' },
    ]);
    expect(invite(state)).toMatchObject({ status: 'in_progress', currentStep: 4 });
    expect(Object.hasOwn(invite(state).done, 'set-roles')).toBe(false);
    expect(doneCount(invite(state), INVITE_STEPS)).toBe(7);
  });

  it('resetting a step that is not done changes nothing', () => {
    const state = run(emptyProgressState(), [start, complete('open-settings')]);
    expect(run(state, [{ type: 'resetStep', tourId: TOUR, stepId: 'review' }])).toBe(state);
    expect(run(state, [{ type: 'resetStep', tourId: TOUR, stepId: 'no-such-step' }])).toBe(state);
  });

  it('resetting a step of a running tour keeps the admin where they are', () => {
    const state = run(emptyProgressState(), [
      start,
      ...completeFirst(3),
      { type: 'resetStep', tourId: TOUR, stepId: 'open-settings' },
    ]);
    expect(invite(state)).toMatchObject({ status: 'in_progress', currentStep: 3 });
    expect(nextStepIndex(invite(state), INVITE_STEPS)).toBe(0);
  });

  it('"Reset all" puts every tour back to not started', () => {
    const state = run(emptyProgressState(), [
      start,
      ...completeFirst(3),
      { type: 'start', tourId: 'second-tour' },
      { type: 'resetAll' },
    ]);
    expect(tourProgressOf(state, TOUR)).toMatchObject({ status: 'not_started', done: {}, startedAt: null });
    expect(tourProgressOf(state, 'second-tour')).toMatchObject({ status: 'not_started', done: {} });
    expect(run(state, [{ type: 'resetAll' }], T0 + 60_000)).toBe(state);
  });
});

describe('progressReducer: untrusted input and the clock', () => {
  const running = run(emptyProgressState(), [start, complete('open-settings')]);

  it.each<ProgressCommand>([
    { type: 'start', tourId: 'no-such-tour' },
    { type: 'restart', tourId: 'no-such-tour' },
    { type: 'next', tourId: 'no-such-tour' },
    { type: 'back', tourId: 'no-such-tour' },
    { type: 'goTo', tourId: 'no-such-tour', step: 0 },
    { type: 'completeStep', tourId: 'no-such-tour', stepId: 'open-settings' },
    { type: 'dismiss', tourId: 'no-such-tour' },
    { type: 'reset', tourId: 'no-such-tour' },
    { type: 'resetStep', tourId: 'no-such-tour', stepId: 'open-settings' },
    { type: 'start', tourId: '__proto__' },
    { type: 'start', tourId: 'constructor' },
  ])('a command for a tour that does not exist changes nothing: %o', (command) => {
    expect(progressReducer(running, command, { now: T0 + 60_000, tours: TOURS })).toBe(running);
  });

  it('a clock that jumps backwards never moves a timestamp backwards', () => {
    const later = run(emptyProgressState(), [start], T0 + 60_000);
    const state = progressReducer(later, complete('open-settings'), { now: T0, tours: TOURS });
    expect(invite(state).updatedAt).toBe(T0 + 60_000);
    expect(invite(state).done['open-settings']).toBe(T0 + 60_000);
  });

  it('a broken clock (NaN) cannot put NaN into stored times', () => {
    const later = run(emptyProgressState(), [start], T0 + 60_000);
    const state = progressReducer(later, complete('open-settings'), { now: Number.NaN, tours: TOURS });
    expect(invite(state).done['open-settings']).toBe(T0 + 60_000);
    expect(invite(state).updatedAt).toBe(T0 + 60_000);
  });

  it('changing one tour leaves the others untouched', () => {
    const both = run(emptyProgressState(), [start, { type: 'start', tourId: 'second-tour' }]);
    const next = run(both, [complete('open-settings')], T0 + 60_000);
    expect(next.tours['second-tour']).toBe(both.tours['second-tour']);
  });
});

describe('progress helpers', () => {
  it('a tour with no entry reads as not started', () => {
    expect(tourProgressOf(emptyProgressState(), TOUR)).toMatchObject({
      status: 'not_started',
      currentStep: 0,
    });
    expect(tourProgressOf(emptyProgressState(), 'constructor').status).toBe('not_started');
  });

  it('doneCount counts only the tour’s own steps', () => {
    const progress = {
      ...tourProgressOf(emptyProgressState(), TOUR),
      done: { 'open-settings': 1, 'old-step': 2 },
    };
    expect(doneCount(progress, INVITE_STEPS)).toBe(1);
  });

  it('nextStepIndex is the first step still to do, or null when all are done', () => {
    const progress = tourProgressOf(emptyProgressState(), TOUR);
    expect(
      nextStepIndex({ ...progress, done: { 'open-settings': 1, 'open-invite-dialog': 1 } }, INVITE_STEPS),
    ).toBe(1);
    expect(
      nextStepIndex(
        { ...progress, done: Object.fromEntries(INVITE_STEPS.map((id) => [id, 1])) },
        INVITE_STEPS,
      ),
    ).toBeNull();
  });

  it('the active tour is the most recently changed one in progress', () => {
    const state = run(emptyProgressState(), [start, { type: 'start', tourId: 'second-tour' }]);
    expect(activeTourId(state)).toBe('second-tour');
    expect(activeTourId(run(state, [{ type: 'dismiss', tourId: 'second-tour' }], T0 + 60_000))).toBe(TOUR);
    expect(activeTourId(emptyProgressState())).toBeNull();
  });
});

describe('steps ticked by hand', () => {
  const byHand = (stepId: string): ProgressCommand => ({
    type: 'completeStep',
    tourId: TOUR,
    stepId,
    byHand: true,
  });

  it('are remembered, so the closing card can say the page did not show them', () => {
    const state = run(emptyProgressState(), [start, complete(INVITE_STEPS[0]!), byHand(INVITE_STEPS[1]!)]);
    expect(invite(state).byHand).toEqual({ [INVITE_STEPS[1]!]: true });
  });

  it('a step already done on the page stays done on the page when ticked again', () => {
    const state = run(emptyProgressState(), [start, complete(INVITE_STEPS[0]!), byHand(INVITE_STEPS[0]!)]);
    expect(invite(state).byHand).toBeUndefined();
  });

  it('undoing the step forgets the tick; a restart begins a run with none', () => {
    const ticked = run(emptyProgressState(), [start, byHand(INVITE_STEPS[0]!), byHand(INVITE_STEPS[1]!)]);
    const undone = run(ticked, [{ type: 'resetStep', tourId: TOUR, stepId: INVITE_STEPS[0]! }], T0 + 100);
    expect(invite(undone).byHand).toEqual({ [INVITE_STEPS[1]!]: true });
    const restarted = run(ticked, [{ type: 'restart', tourId: TOUR }], T0 + 100);
    expect(invite(restarted).byHand).toBeUndefined();
  });
});
