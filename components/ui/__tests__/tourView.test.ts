import { describe, expect, it } from 'vitest';
import { fakeTour, INVITE_STEPS } from '@/utils/progress/__tests__/fixtures/tours';
import { NOT_STARTED } from '@/utils/progress/tourProgress';
import type { TourProgress } from '@/utils/progress/types';
import { tourViewOf } from '../tourView';

const TOUR = fakeTour('invite-users', INVITE_STEPS);
const T0 = 1_700_000_000_000;

function progress(fields: Partial<TourProgress>): TourProgress {
  return { ...NOT_STARTED, done: {}, updatedAt: T0, ...fields };
}

function doneUpTo(count: number): Record<string, number> {
  return Object.fromEntries(INVITE_STEPS.slice(0, count).map((id, i) => [id, T0 + i]));
}

describe('tourViewOf', () => {
  it('a tour nobody started: Start, nothing current, every step to do', () => {
    const view = tourViewOf(TOUR, NOT_STARTED);
    expect(view).toMatchObject({
      primary: 'start',
      doneCount: 0,
      stepCount: 8,
      currentIndex: null,
      targetIndex: 0,
    });
    expect(view.steps.map((step) => step.state)).toEqual(Array(8).fill('todo'));
  });

  it('an admin at step 3 with two steps done: Resume at step 3, which is current', () => {
    const view = tourViewOf(TOUR, progress({ status: 'in_progress', currentStep: 2, done: doneUpTo(2) }));
    expect(view).toMatchObject({ primary: 'resume', doneCount: 2, currentIndex: 2, targetIndex: 2 });
    expect(view.steps.map((step) => step.state)).toEqual([
      'done',
      'done',
      'current',
      'todo',
      'todo',
      'todo',
      'todo',
      'todo',
    ]);
    expect(view.steps[0]).toMatchObject({ id: 'open-settings', doneAt: T0 });
    expect(view.steps[2]!.doneAt).toBeNull();
  });

  it('a step the admin went back to is current even though it is done', () => {
    const view = tourViewOf(TOUR, progress({ status: 'in_progress', currentStep: 1, done: doneUpTo(3) }));
    expect(view.steps[1]).toMatchObject({ state: 'current', doneAt: T0 + 1 });
    expect(view.doneCount).toBe(3);
  });

  it('a tour closed half-way is resumed; one closed at its first step with nothing done is started', () => {
    const halfWay = progress({ status: 'dismissed', currentStep: 4, done: doneUpTo(4) });
    expect(tourViewOf(TOUR, halfWay)).toMatchObject({ primary: 'resume', currentIndex: 4 });
    const untouched = progress({ status: 'dismissed', currentStep: 0 });
    expect(tourViewOf(TOUR, untouched)).toMatchObject({ primary: 'start', currentIndex: 0 });
  });

  it('a finished tour: Restart, every step done, none current', () => {
    const view = tourViewOf(TOUR, progress({ status: 'completed', currentStep: 7, done: doneUpTo(8) }));
    expect(view).toMatchObject({ primary: 'restart', doneCount: 8, currentIndex: null, targetIndex: 0 });
    expect(view.steps.every((step) => step.state === 'done')).toBe(true);
  });

  it('done entries of steps the tour no longer has are not counted', () => {
    const view = tourViewOf(
      TOUR,
      progress({ status: 'in_progress', currentStep: 1, done: { ...doneUpTo(1), 'old-step': T0 } }),
    );
    expect(view.doneCount).toBe(1);
  });
});
