import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import { parseProgressState } from '../../progress/parseProgress';
import { tourProgressOf } from '../../progress/tourProgress';
import type { ProgressCommand, ProgressState } from '../../progress/types';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { ask, deliver, popupSender } from '../../__tests__/messageHarness';
import { startBackground } from '../startBackground';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

let clock = T0;
let stopWorker: (() => void) | undefined;

function request<T extends RequestType>(type: T, payload?: unknown): Promise<Reply<T>> {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, popupSender()) as Promise<Reply<T>>;
}

function command(cmd: ProgressCommand) {
  return request('command', cmd);
}

async function storedProgress(): Promise<ProgressState> {
  const { progress } = await fakeBrowser.storage.local.get('progress');
  return parseProgressState(progress ?? { tours: {} }).state;
}

/** Progress as a backup file holds it: the invite tour at step 4 with three steps done. */
const BACKUP: ProgressState = {
  tours: {
    [TOUR]: {
      status: 'in_progress',
      currentStep: 3,
      done: {
        'open-settings': T0 - 3000,
        'open-users-and-teams': T0 - 2000,
        'open-invite-dialog': T0 - 1000,
      },
      startedAt: T0 - 4000,
      completedAt: null,
      updatedAt: T0 - 1000,
    },
  },
};

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  stopWorker = startBackground({
    tours: FAKE_TOURS,
    now: () => clock++,
    scripting: { executeScript: async () => [] },
    tabs: { query: async () => [], create: async () => ({}) as never },
  });
});

afterEach(() => {
  stopWorker?.();
  stopWorker = undefined;
});

describe('background: importProgress', () => {
  it('an admin who imports a backup gets exactly its progress, replacing what was there', async () => {
    await command({ type: 'start', tourId: 'second-tour' });
    await command({ type: 'completeStep', tourId: 'second-tour', stepId: 'first' });

    expect(await request('importProgress', BACKUP)).toEqual({ ok: true, state: BACKUP });
    expect(await storedProgress()).toEqual(BACKUP);
  });

  it('the toolbar badge follows the imported progress', async () => {
    await request('importProgress', BACKUP);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('3/8'));
  });

  it('a reset undone by importing the progress from before the reset restores it', async () => {
    await request('importProgress', BACKUP);
    const before = await storedProgress();
    await command({ type: 'reset', tourId: TOUR });
    expect(tourProgressOf(await storedProgress(), TOUR).status).toBe('not_started');

    await request('importProgress', before);
    expect(await storedProgress()).toEqual(BACKUP);
  });

  it('waits for commands sent before it and is followed by commands sent after it', async () => {
    const replies = await Promise.all([
      command({ type: 'start', tourId: TOUR }),
      command({ type: 'goTo', tourId: TOUR, step: 6 }),
      request('importProgress', BACKUP),
      command({ type: 'completeStep', tourId: TOUR, stepId: 'enter-email' }),
    ]);
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      currentStep: 4,
      done: { ...BACKUP.tours[TOUR]!.done, 'enter-email': expect.any(Number) },
    });
  });

  it('progress whose current step the tour does not have is refused, and nothing changes', async () => {
    await command({ type: 'start', tourId: TOUR });
    const stored = await fakeBrowser.storage.local.get(null);
    const beyond: ProgressState = { tours: { [TOUR]: { ...BACKUP.tours[TOUR]!, currentStep: 8 } } };

    expect(await request('importProgress', beyond)).toEqual({ ok: false, error: 'invalidProgress' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });

  it.each([
    ['no payload', undefined],
    ['a list', [BACKUP]],
    ['progress without tours', { steps: 3 }],
    ['a tour with an unknown status', { tours: { [TOUR]: { ...BACKUP.tours[TOUR], status: 'won' } } }],
    ['a done time that is text', { tours: { [TOUR]: { ...BACKUP.tours[TOUR], done: { x: 'today' } } } }],
  ])('a payload of %s gets no answer and changes nothing', async (_, payload) => {
    await command({ type: 'start', tourId: TOUR });
    const stored = await fakeBrowser.storage.local.get(null);

    const delivery = await deliver(
      { channel: MESSAGE_CHANNEL, type: 'importProgress', payload },
      popupSender(),
    );
    expect(delivery.handled).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });

  it('a message from a web page is ignored', async () => {
    const delivery = await deliver(
      { channel: MESSAGE_CHANNEL, type: 'importProgress', payload: BACKUP },
      { url: 'https://mixpanel.com/' },
    );
    expect(delivery.handled).toBe(false);
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });
});
