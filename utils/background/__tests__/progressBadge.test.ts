import { describe, expect, it } from 'vitest';
import type { ProgressState, TourProgress } from '../../progress/types';
import { TOURS } from '../../progress/__tests__/fixtures/tours';
import { BADGE_DONE, badgeTextFor, showProgressBadge, type BadgeApi } from '../progressBadge';

function progress(partial: Partial<TourProgress>): TourProgress {
  return {
    status: 'in_progress',
    currentStep: 0,
    done: {},
    startedAt: 1,
    completedAt: null,
    updatedAt: 1,
    ...partial,
  };
}

const threeDone = { 'open-settings': 1, 'open-users-and-teams': 2, 'open-invite-dialog': 3 };

describe('badgeTextFor', () => {
  it('shows nothing before any tour is started', () => {
    expect(badgeTextFor({ tours: {} }, TOURS)).toBe('');
    expect(badgeTextFor({ tours: { 'invite-users': progress({ status: 'not_started' }) } }, TOURS)).toBe('');
  });

  it('shows "3/8" for an admin with three of eight steps done', () => {
    expect(
      badgeTextFor({ tours: { 'invite-users': progress({ done: threeDone, currentStep: 3 }) } }, TOURS),
    ).toBe('3/8');
  });

  it('shows "0/8" right after starting', () => {
    expect(badgeTextFor({ tours: { 'invite-users': progress({}) } }, TOURS)).toBe('0/8');
  });

  it('keeps "3/8" after the admin closes the tour, as a reminder to come back', () => {
    const state = { tours: { 'invite-users': progress({ status: 'dismissed', done: threeDone }) } };
    expect(badgeTextFor(state, TOURS)).toBe('3/8');
  });

  it('shows nothing for a tour closed before any step was done', () => {
    expect(badgeTextFor({ tours: { 'invite-users': progress({ status: 'dismissed' }) } }, TOURS)).toBe('');
  });

  it('shows "✓" once the tour is completed', () => {
    expect(badgeTextFor({ tours: { 'invite-users': progress({ status: 'completed' }) } }, TOURS)).toBe('✓');
  });

  it('with several tours, shows the one changed last', () => {
    const state: ProgressState = {
      tours: {
        'invite-users': progress({ status: 'completed', updatedAt: 10 }),
        'second-tour': progress({ done: { first: 20 }, updatedAt: 20 }),
      },
    };
    expect(badgeTextFor(state, TOURS)).toBe('1/3');
    const [invite, second] = [state.tours['invite-users']!, state.tours['second-tour']!];
    expect(badgeTextFor({ tours: { 'second-tour': second, 'invite-users': invite } }, TOURS)).toBe('1/3');
    expect(
      badgeTextFor(
        { tours: { ...state.tours, 'second-tour': progress({ status: 'dismissed', updatedAt: 30 }) } },
        TOURS,
      ),
    ).toBe('✓');
  });

  it('ignores tours this version does not know', () => {
    expect(badgeTextFor({ tours: { 'future-tour': progress({ updatedAt: 99 }) } }, TOURS)).toBe('');
  });
});

describe('showProgressBadge', () => {
  function fakeAction() {
    const shown = { text: undefined as string | undefined, color: undefined as string | undefined };
    const action: BadgeApi = {
      setBadgeText: async ({ text }) => void (shown.text = text),
      setBadgeBackgroundColor: async ({ color }) => void (shown.color = color),
    };
    return { action, shown };
  }

  it('shows the steps done on the tour’s purple while a tour runs', async () => {
    const { action, shown } = fakeAction();
    await showProgressBadge({ tours: { 'invite-users': progress({ done: threeDone }) } }, TOURS, action);
    expect(shown).toEqual({ text: '3/8', color: '#7856FF' });
  });

  it('shows the tick on green once the tour is completed', async () => {
    const { action, shown } = fakeAction();
    await showProgressBadge({ tours: { 'invite-users': progress({ status: 'completed' }) } }, TOURS, action);
    expect(shown).toEqual({ text: BADGE_DONE, color: '#1F8A4C' });
  });

  it('clears the badge, leaving its colour alone, when there is nothing to show', async () => {
    const { action, shown } = fakeAction();
    await showProgressBadge({ tours: {} }, TOURS, action);
    expect(shown).toEqual({ text: '', color: undefined });
  });
});
