import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY, type Policy } from '../../policy';
import { tourProgressOf } from '../../progress/tourProgress';
import type { PendingShareLink } from '../../progress/types';
import { TOURS } from '../../progress/__tests__/fixtures/tours';
import { createProgressWriter, type ProgressWriter } from '../progressWriter';
import {
  answerShareLink,
  isSignInPage,
  readPendingShareLink,
  SHARE_LINK_TTL_MS,
  type ShareLinkDeps,
} from '../settleShareLink';

const T0 = 1_700_000_000_000;
const TOUR = 'invite-users';
/** Clocks of one machine may disagree this much (`CLOCK_SKEW_MS`). */
const SKEW = 60_000;

let writer: ProgressWriter;
let policy: Policy;
let clock: number;

const deps = (): ShareLinkDeps => ({ writer, stepIds: TOURS, policy: async () => policy, now: () => clock });

const link = (extra: Partial<PendingShareLink> = {}): PendingShareLink => ({
  tourId: TOUR,
  step: 3,
  action: 'step',
  host: 'mixpanel.com',
  at: T0,
  ...extra,
});

async function waiting(value: unknown): Promise<void> {
  await fakeBrowser.storage.session.set({ pendingShareLink: value });
}

async function stillWaiting(): Promise<unknown> {
  return (await fakeBrowser.storage.session.get('pendingShareLink')).pendingShareLink;
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  policy = { ...DEFAULT_POLICY };
  writer = createProgressWriter({ tours: TOURS, now: () => clock });
});

describe('sign-in pages', () => {
  it.each<[string | undefined, boolean]>([
    ['https://mixpanel.com/login?next=%2Fsettings', true],
    ['https://eu.mixpanel.com/SSO/start', true],
    ['https://mixpanel.com/logins', false],
    ['https://mixpanel.com/project/1/login', false],
    ['not an address', false],
    [undefined, false],
  ])('%s is a sign-in page: %s', (url, expected) => {
    expect(isSignInPage(url)).toBe(expected);
  });
});

describe('the waiting link', () => {
  it('is used while sound and fresh', async () => {
    await waiting(link());
    clock = T0 + SHARE_LINK_TTL_MS;
    expect(await readPendingShareLink(deps())).toEqual(link());
  });

  it('is still used when it seems to come from a little in the future (clocks differ)', async () => {
    await waiting(link({ at: T0 + SKEW }));
    expect(await readPendingShareLink(deps())).toEqual(link({ at: T0 + SKEW }));
  });

  it.each<[string, unknown]>([
    ['damaged', { tourId: TOUR, step: 'three' }],
    ['for a tour this version does not have', link({ tourId: 'no-such-tour', step: 0 })],
    ['for a step beyond the tour (it got shorter)', link({ step: 8 })],
    ['from too far in the future', link({ at: T0 + SKEW + 1 })],
    ['too old', link({ at: T0 - SHARE_LINK_TTL_MS - 1 })],
  ])('%s is dropped', async (_, stored) => {
    await waiting(stored);
    expect(await readPendingShareLink(deps())).toBeNull();
    expect(await stillWaiting()).toBeUndefined();
  });

  it('is dropped when the organization turned share links off', async () => {
    await waiting(link());
    policy = { ...policy, disableShareLinks: true };
    expect(await readPendingShareLink(deps())).toBeNull();
    expect(await stillWaiting()).toBeUndefined();
  });
});

describe('the answer to the offer on the page', () => {
  beforeEach(async () => {
    await writer.apply({ type: 'start', tourId: TOUR });
    await writer.apply({ type: 'goTo', tourId: TOUR, step: 5 });
  });

  it('"no" leaves the tour where it was and forgets the link', async () => {
    await waiting(link());
    const before = await writer.read();
    expect(await answerShareLink({ at: T0, accept: false }, deps())).toEqual({
      ok: true,
      state: before,
      changed: false,
    });
    expect(await stillWaiting()).toBeUndefined();
  });

  it('"yes" to a link to a step opens it there, even with resets turned off', async () => {
    policy = { ...policy, hideReset: true };
    await waiting(link());
    const reply = await answerShareLink({ at: T0, accept: true }, deps());
    expect(reply).toMatchObject({ ok: true, changed: true });
    expect(tourProgressOf(await writer.read(), TOUR).currentStep).toBe(3);
  });

  it('"yes" to a link to start again is refused with resets turned off', async () => {
    policy = { ...policy, hideReset: true };
    await waiting(link({ action: 'restart', step: 0 }));
    expect(await answerShareLink({ at: T0, accept: true }, deps())).toEqual({
      ok: false,
      error: 'resetHidden',
    });
    expect(tourProgressOf(await writer.read(), TOUR).currentStep).toBe(5);
  });

  it('an answer about a link replaced since is about nothing', async () => {
    await waiting(link({ at: T0 + 5 }));
    expect(await answerShareLink({ at: T0, accept: true }, deps())).toEqual({
      ok: false,
      error: 'noPendingLink',
    });
    expect(await stillWaiting()).toEqual(link({ at: T0 + 5 }));
  });
});
