import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressReducer } from '../progressReducer';
import { allStepsDone, emptyProgressState, tourProgressOf } from '../tourProgress';
import type { ProgressCommand, ProgressState } from '../types';
import { TOURS } from './fixtures/tours';

const tourIds = [...TOURS.keys(), 'unknown-tour'];
const stepIds = [...new Set([...TOURS.values()].flat()), 'unknown-step'];

const tourId = fc.constantFrom(...tourIds);
const stepIndex = fc.integer({ min: -2, max: 10 });
const stepId = fc.constantFrom(...stepIds);

const command: fc.Arbitrary<ProgressCommand> = fc.oneof(
  fc.record({ type: fc.constant('start' as const), tourId }),
  fc.record({ type: fc.constant('start' as const), tourId, step: stepIndex }),
  fc.record({ type: fc.constant('restart' as const), tourId }),
  fc.record({ type: fc.constant('next' as const), tourId }),
  fc.record({ type: fc.constant('back' as const), tourId }),
  fc.record({ type: fc.constant('goTo' as const), tourId, step: stepIndex }),
  // Weighted: completing steps is what real users mostly do, and it reaches "completed".
  { arbitrary: fc.record({ type: fc.constant('completeStep' as const), tourId, stepId }), weight: 4 },
  fc.record({ type: fc.constant('dismiss' as const), tourId }),
  fc.record({ type: fc.constant('reset' as const), tourId }),
  fc.record({ type: fc.constant('resetStep' as const), tourId, stepId }),
  fc.constant<ProgressCommand>({ type: 'resetAll' }),
);

/** Each command comes with a clock reading that may jump backwards (sync, manual clock changes). */
const history = fc.array(fc.tuple(command, fc.integer({ min: 0, max: 2_000_000 })), { maxLength: 60 });

/** Replays a history, calling `check(prev, command, next, now)` after every command. */
function replay(
  steps: [ProgressCommand, number][],
  check: (prev: ProgressState, command: ProgressCommand, next: ProgressState, now: number) => void,
): void {
  let state = emptyProgressState();
  for (const [cmd, now] of steps) {
    const next = progressReducer(state, cmd, { now, tours: TOURS });
    check(state, cmd, next, now);
    state = next;
  }
}

/** Does this command clear things of this tour on purpose? */
function clears(cmd: ProgressCommand, id: string): boolean {
  if (cmd.type === 'resetAll') return true;
  return cmd.tourId === id && (cmd.type === 'reset' || cmd.type === 'restart' || cmd.type === 'resetStep');
}

describe('progressReducer over random command sequences', () => {
  it('the current step always stays within the tour', () => {
    fc.assert(
      fc.property(history, (steps) =>
        replay(steps, (_prev, _cmd, next) => {
          for (const [id, progress] of Object.entries(next.tours)) {
            const count = TOURS.get(id)?.length ?? 0;
            expect(progress.currentStep).toBeGreaterThanOrEqual(0);
            expect(progress.currentStep).toBeLessThan(count);
          }
        }),
      ),
    );
  });

  it('done steps never vanish, and keep their time, except on reset, restart and resetStep', () => {
    fc.assert(
      fc.property(history, (steps) =>
        replay(steps, (prev, cmd, next) => {
          for (const id of TOURS.keys()) {
            const before = tourProgressOf(prev, id).done;
            const after = tourProgressOf(next, id).done;
            for (const [step, time] of Object.entries(before)) {
              const allowedToGo = clears(cmd, id) && (cmd.type !== 'resetStep' || cmd.stepId === step);
              if (!allowedToGo) expect(after[step]).toBe(time);
            }
          }
        }),
      ),
    );
  });

  it('updatedAt never goes backwards, nor do start and completion times (unless cleared)', () => {
    fc.assert(
      fc.property(history, (steps) =>
        replay(steps, (prev, cmd, next) => {
          for (const id of TOURS.keys()) {
            const before = tourProgressOf(prev, id);
            const after = tourProgressOf(next, id);
            expect(after.updatedAt).toBeGreaterThanOrEqual(before.updatedAt);
            if (before.startedAt !== null && !(clears(cmd, id) && cmd.type !== 'resetStep')) {
              expect(after.startedAt).not.toBeNull();
              expect(after.startedAt).toBeGreaterThanOrEqual(before.startedAt);
            }
            if (before.completedAt !== null && !(clears(cmd, id) && cmd.type !== 'resetStep')) {
              expect(after.completedAt).not.toBeNull();
              expect(after.completedAt).toBeGreaterThanOrEqual(before.completedAt);
            }
          }
        }),
      ),
    );
  });

  it('a command that changes nothing returns the same object, and a new object always differs', () => {
    fc.assert(
      fc.property(history, (steps) =>
        replay(steps, (prev, _cmd, next) => {
          if (next !== prev) {
            // updatedAt alone is not a change.
            const strip = (state: ProgressState) =>
              Object.fromEntries(Object.entries(state.tours).map(([id, p]) => [id, { ...p, updatedAt: 0 }]));
            expect(strip(next)).not.toEqual(strip(prev));
          }
        }),
      ),
    );
  });

  it('repeating a settling command right away is a no-op', () => {
    const settling = command.filter(
      (cmd) => cmd.type !== 'restart' && cmd.type !== 'next' && cmd.type !== 'back',
    );
    fc.assert(
      fc.property(history, settling, fc.integer({ min: 0, max: 2_000_000 }), (steps, cmd, now) => {
        let state = emptyProgressState();
        for (const [c, t] of steps) state = progressReducer(state, c, { now: t, tours: TOURS });
        const once = progressReducer(state, cmd, { now, tours: TOURS });
        expect(progressReducer(once, cmd, { now: now + 1, tours: TOURS })).toBe(once);
      }),
    );
  });

  it('unknown tours never get an entry, and a completed tour has every step done', () => {
    fc.assert(
      fc.property(history, (steps) =>
        replay(steps, (_prev, _cmd, next) => {
          expect(Object.hasOwn(next.tours, 'unknown-tour')).toBe(false);
          for (const [id, progress] of Object.entries(next.tours)) {
            if (progress.status === 'completed')
              expect(allStepsDone(progress, TOURS.get(id) ?? [])).toBe(true);
          }
        }),
      ),
    );
  });
});
