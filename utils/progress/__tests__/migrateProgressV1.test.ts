import { describe, expect, it } from 'vitest';
import { migrateProgressV1 } from '../migrateProgressV1';
import { parseProgressState } from '../parseProgress';
import v1Fixture from './fixtures/progress-v1.json';
import { TOURS } from './fixtures/tours';

const MIGRATED_AT = 1_700_000_000_000;

describe('migrateProgressV1 (v1 -> v2)', () => {
  it('an admin half-way through the v1 tour keeps their step and done steps, and a finished tour stays finished', () => {
    const migrated = migrateProgressV1(v1Fixture, MIGRATED_AT);
    expect(migrated).toEqual({
      tours: {
        'invite-users': {
          status: 'in_progress',
          currentStep: 4,
          done: {
            'open-settings': MIGRATED_AT,
            'open-users-and-teams': MIGRATED_AT,
            'open-invite-dialog': MIGRATED_AT,
            'enter-email': MIGRATED_AT,
          },
          startedAt: MIGRATED_AT,
          completedAt: null,
          updatedAt: MIGRATED_AT,
        },
        'second-tour': {
          status: 'completed',
          currentStep: 2,
          done: { first: MIGRATED_AT, second: MIGRATED_AT, third: MIGRATED_AT },
          startedAt: MIGRATED_AT,
          completedAt: MIGRATED_AT,
          updatedAt: MIGRATED_AT,
        },
      },
    });
    expect(parseProgressState(migrated, TOURS).problems).toEqual([]);
  });

  it('a broken v1 entry is passed on untouched, so validation reports it instead of it vanishing here', () => {
    const broken = { step: 'three', completedSteps: [], finished: false };
    const migrated = migrateProgressV1({ ...v1Fixture, 'second-tour': broken }, MIGRATED_AT);
    const { state, problems } = parseProgressState(migrated, TOURS);
    expect(Object.keys(state.tours)).toEqual(['invite-users']);
    expect(problems).toEqual(['tour "second-tour": unknown status; dropped']);
  });

  it('a value already in the v2 shape is not migrated twice', () => {
    const v2 = migrateProgressV1(v1Fixture, MIGRATED_AT);
    expect(migrateProgressV1(v2, MIGRATED_AT + 1)).toBe(v2);
  });

  it('a value that is not an object is left for validation to reset', () => {
    expect(migrateProgressV1('garbage', MIGRATED_AT)).toBe('garbage');
  });
});
