import { describe, expect, it } from 'vitest';
import { progressReducer } from '../progressReducer';
import { ALL_TOURS, parseResetSnapshots, snapshotOfReset, undoReset } from '../resetUndo';
import { tourProgressOf } from '../tourProgress';
import type { ProgressCommand, ProgressState } from '../types';
import { INVITE_STEPS, TOURS } from './fixtures/tours';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

function run(state: ProgressState, commands: ProgressCommand[], from: number): ProgressState {
  return commands.reduce((s, c, i) => progressReducer(s, c, { now: from + i, tours: TOURS }), state);
}

/** The invite tour on step 4 with its first three steps done, and the second tour started. */
const BEFORE: ProgressState = run(
  { tours: {} },
  [
    { type: 'start', tourId: TOUR },
    { type: 'completeStep', tourId: TOUR, stepId: 'open-settings' },
    { type: 'completeStep', tourId: TOUR, stepId: 'open-users-and-teams' },
    { type: 'completeStep', tourId: TOUR, stepId: 'open-invite-dialog' },
    { type: 'start', tourId: 'second-tour' },
  ],
  T0,
);

function reset(state: ProgressState, command: ProgressCommand, at: number) {
  const after = progressReducer(state, command, { now: at, tours: TOURS });
  const scope = command.type === 'resetAll' ? ALL_TOURS : TOUR;
  return { after, snapshot: snapshotOfReset(state, after, scope, at)! };
}

describe('undo of a reset', () => {
  it('with nothing done since, gives back exactly the progress the reset cleared', () => {
    const { after, snapshot } = reset(BEFORE, { type: 'reset', tourId: TOUR }, T0 + 100);
    const undone = undoReset(after, snapshot, TOURS, T0 + 200);
    expect({ ...tourProgressOf(undone, TOUR), updatedAt: 0 }).toEqual({
      ...tourProgressOf(BEFORE, TOUR),
      updatedAt: 0,
    });
    expect(undone.tours['second-tour']).toBe(after.tours['second-tour']);
  });

  it('keeps a step a tab completed after the reset, beside the restored steps', () => {
    const { after, snapshot } = reset(BEFORE, { type: 'reset', tourId: TOUR }, T0 + 100);
    // In a tab: the tour is started again and the step on the page is done.
    const since = run(
      after,
      [
        { type: 'start', tourId: TOUR, step: 3 },
        { type: 'completeStep', tourId: TOUR, stepId: 'enter-email' },
      ],
      T0 + 150,
    );
    const undone = tourProgressOf(undoReset(since, snapshot, TOURS, T0 + 300), TOUR);
    expect(undone.done).toEqual({
      ...tourProgressOf(BEFORE, TOUR).done,
      'enter-email': T0 + 151,
    });
    // The user stays where the tab has them now, and the tour's first start is its history.
    expect(undone.status).toBe('in_progress');
    expect(undone.currentStep).toBe(4);
    expect(undone.startedAt).toBe(tourProgressOf(BEFORE, TOUR).startedAt);
  });

  it('a step done both before and after the reset keeps its first completion time', () => {
    const { after, snapshot } = reset(BEFORE, { type: 'reset', tourId: TOUR }, T0 + 100);
    const since = run(
      after,
      [
        { type: 'start', tourId: TOUR },
        { type: 'completeStep', tourId: TOUR, stepId: 'open-settings' },
      ],
      T0 + 150,
    );
    const undone = tourProgressOf(undoReset(since, snapshot, TOURS, T0 + 300), TOUR);
    expect(undone.done['open-settings']).toBe(tourProgressOf(BEFORE, TOUR).done['open-settings']);
  });

  it('completes the tour when the restored and the newer steps together are all of it', () => {
    const allButLast = run(
      { tours: {} },
      [
        { type: 'start', tourId: TOUR },
        ...INVITE_STEPS.slice(0, -1).map((stepId): ProgressCommand => ({
          type: 'completeStep',
          tourId: TOUR,
          stepId,
        })),
      ],
      T0,
    );
    const { after, snapshot } = reset(allButLast, { type: 'reset', tourId: TOUR }, T0 + 100);
    const since = run(
      after,
      [
        { type: 'start', tourId: TOUR, step: 7 },
        { type: 'completeStep', tourId: TOUR, stepId: 'verify-pending' },
      ],
      T0 + 150,
    );
    const undone = tourProgressOf(undoReset(since, snapshot, TOURS, T0 + 300), TOUR);
    expect(undone.status).toBe('completed');
    expect(Object.keys(undone.done)).toHaveLength(INVITE_STEPS.length);
  });

  it('after "reset all", brings back every tour the reset cleared and only those', () => {
    const { after, snapshot } = reset(BEFORE, { type: 'resetAll' }, T0 + 100);
    expect(Object.keys(snapshot.tours).sort()).toEqual([TOUR, 'second-tour']);
    const undone = undoReset(after, snapshot, TOURS, T0 + 200);
    expect(tourProgressOf(undone, TOUR).done).toEqual(tourProgressOf(BEFORE, TOUR).done);
    expect(tourProgressOf(undone, 'second-tour').status).toBe('in_progress');
  });

  it('never moves a timestamp backwards', () => {
    const { after, snapshot } = reset(BEFORE, { type: 'reset', tourId: TOUR }, T0 + 100);
    const undone = undoReset(after, snapshot, TOURS, T0 - 1_000_000);
    expect(tourProgressOf(undone, TOUR).updatedAt).toBeGreaterThanOrEqual(
      tourProgressOf(after, TOUR).updatedAt,
    );
  });

  it('a reset that changed nothing leaves nothing to undo', () => {
    const untouched: ProgressState = { tours: {} };
    const after = progressReducer(untouched, { type: 'reset', tourId: TOUR }, { now: T0, tours: TOURS });
    expect(snapshotOfReset(untouched, after, TOUR, T0)).toBeNull();
  });

  it('reads back stored snapshots and drops malformed ones', () => {
    const { snapshot } = reset(BEFORE, { type: 'reset', tourId: TOUR }, T0 + 100);
    expect(
      parseResetSnapshots({
        [TOUR]: snapshot,
        broken: { at: 'yesterday', tours: {} },
        worse: { at: T0, tours: { [TOUR]: { status: 'won' } } },
      }),
    ).toEqual({ [TOUR]: snapshot });
    expect(parseResetSnapshots('nope')).toEqual({});
  });
});
