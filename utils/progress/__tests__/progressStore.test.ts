import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseNotices } from '../parseProgress';
import { createProgressStore, type ProgressStoreHandle } from '../progressStore';
import type { Notice, ProgressState } from '../types';
import { TOURS } from './fixtures/tours';

const T0 = 1_700_000_000_000;

function stateAt(step: number): ProgressState {
  return {
    tours: {
      'invite-users': {
        status: 'in_progress',
        currentStep: step,
        done: {},
        startedAt: T0,
        completedAt: null,
        updatedAt: T0 + step,
      },
    },
  };
}

const notice: Notice = { id: 'n1', kind: 'error', messageKey: 'notice.progressReset', at: T0, details: [] };

let handle: ProgressStoreHandle | undefined;

function open(options?: Parameters<typeof createProgressStore>[0]): ProgressStoreHandle {
  handle = createProgressStore({ readNotices: parseNotices, ...options });
  return handle;
}

it('without a notice reader, holds no notices and reads none (the overlay shows none)', async () => {
  await fakeBrowser.storage.local.set({ progress: { tours: {} }, notices: [notice] });
  handle = createProgressStore();
  await ready(handle);
  expect(handle.store.getState().notices).toEqual([]);
  await fakeBrowser.storage.local.set({ notices: [notice, { ...notice, id: 'n2' }] });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(handle.store.getState().notices).toEqual([]);
});

async function ready(h: ProgressStoreHandle): Promise<void> {
  await vi.waitFor(() => expect(h.store.getState().ready).toBe(true));
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  handle?.dispose();
  handle = undefined;
});

describe('createProgressStore', () => {
  it('starts not ready, then holds what is stored after one storage read', async () => {
    await fakeBrowser.storage.local.set({ progress: stateAt(3), notices: [notice] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { store } = open();
    expect(store.getState()).toEqual({ ready: false, state: { tours: {} }, notices: [] });
    await ready(handle!);
    expect(store.getState()).toEqual({ ready: true, state: stateAt(3), notices: [notice] });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('damaged or old-version data wakes the background, which repairs it; sound data sends nothing', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await fakeBrowser.storage.local.set({ progress: stateAt(3), progress$: { v: 2 } });
    await ready(open());
    expect(send).not.toHaveBeenCalled();
    handle!.dispose();

    await fakeBrowser.storage.local.set({ progress: 'garbage', progress$: { v: 2 } });
    await ready(open());
    expect(send).toHaveBeenCalledWith({ channel: 'invite-guide', type: 'getProgress', payload: undefined });
    handle!.dispose();

    send.mockClear();
    await fakeBrowser.storage.local.set({ progress: stateAt(1), progress$: { v: 3 } });
    await ready(open());
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('an admin with nothing stored sees no progress, ready', async () => {
    const { store } = open();
    await ready(handle!);
    expect(store.getState().state).toEqual({ tours: {} });
  });

  it('follows every change the background writes, in every context', async () => {
    const { store } = open();
    await ready(handle!);
    const seen: number[] = [];
    store.subscribe((view) => seen.push(view.state.tours['invite-users']?.currentStep ?? -1));
    await fakeBrowser.storage.local.set({ progress: stateAt(1) });
    await fakeBrowser.storage.local.set({ progress: stateAt(2) });
    await fakeBrowser.storage.local.set({ notices: [notice] });
    expect(seen).toEqual([1, 2, 2]);
    expect(store.getState().notices).toEqual([notice]);
  });

  it('shows damaged data as far as it is valid, and never throws', async () => {
    await fakeBrowser.storage.local.set({
      progress: {
        tours: { 'invite-users': { ...stateAt(40).tours['invite-users'], done: { x: 'no' } }, bad: 7 },
      },
      notices: 'not a list',
    });
    const { store } = open({ tours: TOURS });
    await ready(handle!);
    expect(store.getState().state.tours['invite-users']).toMatchObject({ currentStep: 7, done: {} });
    expect(Object.keys(store.getState().state.tours)).toEqual(['invite-users']);
    expect(store.getState().notices).toEqual([]);
  });

  it('a change that lands while the first read is in flight is not overwritten by that older read', async () => {
    await fakeBrowser.storage.local.set({ progress: stateAt(1) });
    const realGet = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let releaseRead: () => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const snapshot = await realGet(keys);
      await new Promise<void>((resolve) => (releaseRead = resolve));
      return snapshot;
    });
    const { store } = open();
    await vi.waitFor(() => expect(fakeBrowser.storage.local.get).toHaveBeenCalled());
    await fakeBrowser.storage.local.set({ progress: stateAt(5) });
    releaseRead();
    await ready(handle!);
    expect(store.getState().state).toEqual(stateAt(5));
  });

  it('stops following storage once disposed', async () => {
    const { store, dispose } = open();
    await ready(handle!);
    dispose();
    await fakeBrowser.storage.local.set({ progress: stateAt(4) });
    expect(store.getState().state).toEqual({ tours: {} });
    expect(fakeBrowser.storage.local.onChanged.hasListeners()).toBe(false);
  });

  it('a failed read still ends in ready, with no progress shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(
      new Error('Extension context invalidated.'),
    );
    const { store } = open();
    await ready(handle!);
    expect(store.getState().state).toEqual({ tours: {} });
    expect(console.error).toHaveBeenCalled();
  });
});
