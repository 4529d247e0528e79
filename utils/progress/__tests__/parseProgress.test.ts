import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseNotices,
  parsePendingShareLink,
  parseProgressBackup,
  parseProgressState,
} from '../parseProgress';
import type { ProgressState, TourProgress } from '../types';
import { TOURS } from './fixtures/tours';

const T0 = 1_700_000_000_000;

const midway: TourProgress = {
  status: 'in_progress',
  currentStep: 2,
  done: { 'open-settings': T0, 'open-users-and-teams': T0 + 1000 },
  startedAt: T0 - 1000,
  completedAt: null,
  updatedAt: T0 + 1000,
};

describe('parseProgressState', () => {
  it('a valid stored state comes back unchanged, with no problems', () => {
    const stored: ProgressState = { tours: { 'invite-users': midway } };
    expect(parseProgressState(stored, TOURS)).toEqual({ state: stored, problems: [] });
  });

  it('an admin whose tour lost steps in an update lands on the last step, not beyond it', () => {
    const { state, problems } = parseProgressState(
      { tours: { 'second-tour': { ...midway, currentStep: 7 } } },
      TOURS,
    );
    expect(state.tours['second-tour']?.currentStep).toBe(2);
    expect(problems).toEqual(['tour "second-tour".currentStep: 7 out of range; set to 2']);
  });

  it('a negative or fractional current step is repaired', () => {
    expect(
      parseProgressState({ tours: { t: { ...midway, currentStep: -3 } } }).state.tours.t?.currentStep,
    ).toBe(0);
    expect(
      parseProgressState({ tours: { t: { ...midway, currentStep: 1.5 } } }).state.tours.t?.currentStep,
    ).toBe(0);
  });

  it('a done entry with a time that is not a number is dropped and the rest is kept', () => {
    const raw = {
      tours: { 'invite-users': { ...midway, done: { 'open-settings': 'yesterday', review: T0 } } },
    };
    const { state, problems } = parseProgressState(raw, TOURS);
    expect(state.tours['invite-users']?.done).toEqual({ review: T0 });
    expect(problems).toEqual(['tour "invite-users".done["open-settings"]: not a time; dropped']);
  });

  it('a tour with an unknown status is dropped and the other tours are kept', () => {
    const raw = { tours: { 'invite-users': { ...midway, status: 'paused' }, 'second-tour': midway } };
    const { state, problems } = parseProgressState(raw, TOURS);
    expect(Object.keys(state.tours)).toEqual(['second-tour']);
    expect(problems).toEqual(['tour "invite-users": unknown status; dropped']);
  });

  it('tours the definitions do not know (from a newer version) are kept', () => {
    const raw = { tours: { 'future-tour': { ...midway, currentStep: 40 } } };
    expect(parseProgressState(raw, TOURS)).toEqual({ state: raw, problems: [] });
  });

  it('bad times are cleared, and a missing updatedAt becomes the latest known time', () => {
    const raw = { tours: { t: { ...midway, startedAt: 'soon', completedAt: -5, updatedAt: undefined } } };
    const { state, problems } = parseProgressState(raw);
    expect(state.tours.t).toMatchObject({ startedAt: null, completedAt: null, updatedAt: T0 + 1000 });
    expect(problems).toHaveLength(3);
  });

  it.each([null, undefined, 'garbage', 42, [], { tours: [] }, { tours: 'x' }])(
    'a value that is not progress at all (%o) gives an empty state and a problem',
    (raw) => {
      const { state, problems } = parseProgressState(raw);
      expect(state).toEqual({ tours: {} });
      expect(problems).toHaveLength(1);
    },
  );

  it('a tour id of "__proto__" stays an ordinary key and cannot change prototypes', () => {
    const raw: unknown = JSON.parse(`{ "tours": { "__proto__": ${JSON.stringify(midway)} } }`);
    const { state } = parseProgressState(raw);
    expect(Object.hasOwn(state.tours, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(state.tours)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('never throws, and what it returns is itself valid (parsing again finds nothing to repair)', () => {
    const tourLike = fc.record(
      {
        status: fc.oneof(
          fc.constantFrom('not_started', 'in_progress', 'completed', 'dismissed'),
          fc.anything(),
        ),
        currentStep: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.anything()),
        done: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.nat(), fc.anything())), fc.anything()),
        startedAt: fc.oneof(fc.nat(), fc.constant(null), fc.anything()),
        completedAt: fc.oneof(fc.nat(), fc.constant(null), fc.anything()),
        updatedAt: fc.oneof(fc.nat(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const raw = fc.oneof(
      fc.anything(),
      fc.record({
        tours: fc.dictionary(fc.constantFrom('invite-users', 'second-tour', 'x', '__proto__'), tourLike),
      }),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const first = parseProgressState(value, TOURS);
        const second = parseProgressState(first.state, TOURS);
        expect(second).toEqual({ state: first.state, problems: [] });
      }),
    );
  });
});

describe('parseNotices, parsePendingShareLink and parseProgressBackup', () => {
  const notice = { id: 'n1', kind: 'warning', messageKey: 'notice.progressRepaired', at: T0, details: ['x'] };

  it('keeps valid notices and skips the ones it could not show', () => {
    const raw = [
      notice,
      { ...notice, id: 'n2', messageKey: 'notice.unknown' },
      { ...notice, id: 'n3', kind: 'loud' },
      7,
    ];
    expect(parseNotices(raw)).toEqual([notice]);
    expect(parseNotices('nope')).toEqual([]);
    expect(parseNotices([{ ...notice, details: ['ok', 3] }])[0]?.details).toEqual(['ok']);
  });

  it('reads a pending share link only when every field is sound', () => {
    const link = { tourId: 'invite-users', step: 3, action: 'step', host: 'eu.mixpanel.com', at: T0 };
    expect(parsePendingShareLink(link)).toEqual(link);
    expect(parsePendingShareLink({ ...link, action: 'restart', step: 0 })).toMatchObject({
      action: 'restart',
    });
    const { action: _, ...stored } = link; // written before links had an action
    expect(parsePendingShareLink(stored)).toEqual(link);
    expect(parsePendingShareLink({ ...link, action: 'wipe' })).toBeNull();
    expect(parsePendingShareLink({ ...link, step: -1 })).toBeNull();
    expect(parsePendingShareLink({ ...link, step: '3' })).toBeNull();
    expect(parsePendingShareLink(null)).toBeNull();
  });

  it('reads a backup, whatever its raw value was', () => {
    expect(parseProgressBackup({ at: T0, version: 3, raw: 'garbage', problems: ['p', 1] })).toEqual({
      at: T0,
      version: 3,
      raw: 'garbage',
      problems: ['p'],
    });
    expect(parseProgressBackup({ at: 'x', raw: 1 })).toBeNull();
  });
});

describe('parseProgressState: steps ticked by hand', () => {
  const tour = (byHand: unknown) => ({
    tours: {
      'invite-users': {
        status: 'in_progress',
        currentStep: 2,
        done: { 'open-settings': 1, 'open-users-and-teams': 2 },
        byHand,
        startedAt: 1,
        completedAt: null,
        updatedAt: 2,
      },
    },
  });

  it('keeps a tick on a done step, and drops ticks that are not true or whose step is not done', () => {
    const { state, problems } = parseProgressState(
      tour({ 'open-users-and-teams': true, 'open-settings': 'yes', 'enter-email': true }),
    );
    expect(state.tours['invite-users']?.byHand).toEqual({ 'open-users-and-teams': true });
    expect(problems).toHaveLength(2);
  });

  it('a byHand that is not an object is cleared with a problem, the rest kept', () => {
    const { state, problems } = parseProgressState(tour(['open-settings']));
    expect(state.tours['invite-users']).not.toHaveProperty('byHand');
    expect(state.tours['invite-users']?.done).toEqual({ 'open-settings': 1, 'open-users-and-teams': 2 });
    expect(problems).toEqual([expect.stringContaining('byHand')]);
  });
});
