import { describe, expect, it } from 'vitest';
import type { PendingShareLink, TourProgress, TourStatus } from '../../progress/types';
import { acceptCommand, decideShareLink, type ShareLinkDecision } from '../shareLinkDecision';

const TOUR = 'invite-users';

function progress(status: TourStatus, currentStep: number, done: Record<string, number> = {}): TourProgress {
  return {
    status,
    currentStep,
    done,
    startedAt: status === 'not_started' ? null : 1,
    completedAt: status === 'completed' ? 2 : null,
    updatedAt: 3,
  };
}

const link = (action: PendingShareLink['action'], step = 0): PendingShareLink => ({
  tourId: TOUR,
  step,
  action,
  host: 'mixpanel.com',
  at: 0,
});

const ask: ShareLinkDecision = { kind: 'ask' };
const done: ShareLinkDecision = { kind: 'done' };
const restart: ShareLinkDecision = { kind: 'apply', command: { type: 'restart', tourId: TOUR } };
const startAt = (step: number): ShareLinkDecision => ({
  kind: 'apply',
  command: { type: 'start', tourId: TOUR, step },
});
const resume: ShareLinkDecision = { kind: 'apply', command: { type: 'start', tourId: TOUR } };

describe('a link to start again from step 1', () => {
  it.each<[string, TourProgress | undefined, ShareLinkDecision]>([
    ['a tour never opened', undefined, restart],
    ['a tour that was reset', progress('not_started', 0), restart],
    ['a tour opened at step 1 with nothing done', progress('in_progress', 0), restart],
    ['a tour closed at step 1 with nothing done', progress('dismissed', 0), restart],
    ['a tour at step 1 with a step done', progress('in_progress', 0, { 'open-settings': 5 }), ask],
    ['a tour at step 3 with nothing done', progress('in_progress', 2), ask],
    ['a tour closed at step 3 with nothing done', progress('dismissed', 2), ask],
    ['a finished tour, even one whose ticks were cleared', progress('completed', 0), ask],
  ])('on %s', (_, current, expected) => {
    expect(decideShareLink(link('restart'), current)).toEqual(expected);
  });
});

describe('a link to the tour without a step', () => {
  it.each<[string, TourProgress | undefined, ShareLinkDecision]>([
    ['a tour never opened', undefined, resume],
    ['a tour that was reset', progress('not_started', 0), resume],
    ['a running tour: the user is already in it', progress('in_progress', 4), done],
    ['a closed tour: it opens again', progress('dismissed', 4), resume],
    ['a finished tour', progress('completed', 7), ask],
  ])('on %s', (_, current, expected) => {
    expect(decideShareLink(link('resume'), current)).toEqual(expected);
  });
});

describe('a link to step 4', () => {
  it.each<[string, TourProgress | undefined, ShareLinkDecision]>([
    ['a tour never opened', undefined, startAt(3)],
    ['a tour that was reset (left at step 1)', progress('not_started', 0), startAt(3)],
    ['a tour running at step 4: the user is already there', progress('in_progress', 3), done],
    ['a tour closed at step 4: it opens there', progress('dismissed', 3), startAt(3)],
    ['a tour running at step 6', progress('in_progress', 5), ask],
    ['a tour closed at step 6', progress('dismissed', 5), ask],
    ['a tour finished (left at step 4)', progress('completed', 3), ask],
  ])('on %s', (_, current, expected) => {
    expect(decideShareLink(link('step', 3), current)).toEqual(expected);
  });
});

describe('accepting the offer on the page', () => {
  it('of a link to start again restarts the tour', () => {
    expect(acceptCommand(link('restart'))).toEqual({ type: 'restart', tourId: TOUR });
  });

  it('of a link to a step opens the tour at that step', () => {
    expect(acceptCommand(link('step', 5))).toEqual({ type: 'start', tourId: TOUR, step: 5 });
  });

  it('of a link without a step opens the tour at step 1', () => {
    expect(acceptCommand(link('resume'))).toEqual({ type: 'start', tourId: TOUR, step: 0 });
  });
});
