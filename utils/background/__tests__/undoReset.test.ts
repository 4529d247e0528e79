import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import { parseProgressState } from '../../progress/parseProgress';
import { tourProgressOf } from '../../progress/tourProgress';
import type { ProgressCommand, ProgressState } from '../../progress/types';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { ask, contentScriptSender, deliver, popupSender, type Sender } from '../../__tests__/messageHarness';
import { startBackground } from '../startBackground';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

let clock = T0;
let stopWorker: (() => void) | undefined;

function request<T extends RequestType>(type: T, payload?: unknown, sender: Sender = popupSender()) {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, sender) as Promise<Reply<T>>;
}

/** A command from the overlay in a Mixpanel tab. */
function inTab(cmd: ProgressCommand) {
  return request('command', cmd, contentScriptSender());
}

async function stored(): Promise<ProgressState> {
  const { progress } = await fakeBrowser.storage.local.get('progress');
  return parseProgressState(progress ?? { tours: {} }).state;
}

function startWorker(): void {
  stopWorker?.();
  stopWorker = startBackground({
    tours: FAKE_TOURS,
    now: () => clock++,
    scripting: { executeScript: async () => [] },
    tabs: { query: async () => [], create: async () => ({ id: 7 }) as never },
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = T0;
  startWorker();
  await inTab({ type: 'start', tourId: TOUR });
  await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
  await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-users-and-teams' });
});

afterEach(() => {
  stopWorker?.();
  stopWorker = undefined;
});

describe('background: undo of a reset', () => {
  it('a step completed in a tab between the reset and the undo survives the undo', async () => {
    await request('command', { type: 'reset', tourId: TOUR });
    await inTab({ type: 'start', tourId: TOUR, step: 2 });
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-invite-dialog' });

    const reply = await request('undoReset', { tourId: TOUR });
    expect(reply.ok).toBe(true);
    expect(Object.keys(tourProgressOf(await stored(), TOUR).done).sort()).toEqual([
      'open-invite-dialog',
      'open-settings',
      'open-users-and-teams',
    ]);
  });

  it('survives the service worker being stopped between the reset and the undo', async () => {
    const before = tourProgressOf(await stored(), TOUR);
    await request('command', { type: 'reset', tourId: TOUR });
    startWorker();

    await request('undoReset', { tourId: TOUR });
    expect({ ...tourProgressOf(await stored(), TOUR), updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });
  });

  it('undoes "reset all" for every tour, and an undo is used once', async () => {
    await inTab({ type: 'start', tourId: 'second-tour' });
    await request('command', { type: 'resetAll' });
    expect(await request('undoReset', { tourId: TOUR })).toEqual({ ok: false, error: 'nothingToUndo' });

    expect((await request('undoReset', {})).ok).toBe(true);
    const state = await stored();
    expect(tourProgressOf(state, TOUR).status).toBe('in_progress');
    expect(tourProgressOf(state, 'second-tour').status).toBe('in_progress');
    expect(await request('undoReset', {})).toEqual({ ok: false, error: 'nothingToUndo' });
  });

  it('an unknown tour is refused and nothing changes', async () => {
    await request('command', { type: 'reset', tourId: TOUR });
    const before = await fakeBrowser.storage.local.get(null);
    expect(await request('undoReset', { tourId: 'nope' })).toEqual({ ok: false, error: 'unknownTour' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('background: restart from the popup', () => {
  it('is one startTour request that clears the ticks and begins at step 1', async () => {
    const reply = await request('startTour', { tourId: TOUR, restart: true });
    expect(reply.ok).toBe(true);
    expect(tourProgressOf(await stored(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 0,
      done: {},
    });
  });

  it('with a step as well is not ours and gets no answer', async () => {
    const before = await stored();
    const delivery = await deliver(
      { channel: MESSAGE_CHANNEL, type: 'startTour', payload: { tourId: TOUR, restart: true, step: 3 } },
      popupSender(),
    );
    expect(delivery.handled).toBe(false);
    expect(await stored()).toEqual(before);
  });
});
