import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import { DEFAULT_POLICY, type Policy } from '../../policy';
import { parseProgressState } from '../../progress/parseProgress';
import { tourProgressOf } from '../../progress/tourProgress';
import type { ProgressCommand } from '../../progress/types';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { ask, popupSender } from '../../__tests__/messageHarness';
import type { ScriptingApi } from '../overlayInjector';
import { startBackground, type BackgroundOptions } from '../startBackground';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

let stopWorker: (() => void) | undefined;
let policy: Policy;
let readPolicy: ReturnType<typeof vi.fn<() => Promise<Policy>>>;
const executeScript = vi.fn<ScriptingApi['executeScript']>(async () => []);

function startWorker(options: Partial<BackgroundOptions> = {}): void {
  stopWorker?.();
  stopWorker = startBackground({
    tours: FAKE_TOURS,
    now: () => T0,
    scripting: { executeScript },
    tabs: { query: async () => [], create: async () => ({ id: 99 }) as never },
    readPolicy,
    ...options,
  });
}

function request<T extends RequestType>(type: T, payload?: unknown): Promise<Reply<T>> {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, popupSender()) as Promise<Reply<T>>;
}

const command = (cmd: ProgressCommand) => request('command', cmd);

async function storedTour() {
  const { progress } = await fakeBrowser.storage.local.get('progress');
  return tourProgressOf(parseProgressState(progress ?? { tours: {} }).state, TOUR);
}

/** Lets the work started by an event (policy read, storage, queue) run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockClear();
  policy = { ...DEFAULT_POLICY, autoStartForNewInstalls: true };
  readPolicy = vi.fn(async () => policy);
});

afterEach(() => {
  stopWorker?.();
  stopWorker = undefined;
  vi.restoreAllMocks();
});

describe('the policy autoStartForNewInstalls', () => {
  it('starts the first tour on a new install', async () => {
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect((await storedTour()).status).toBe('in_progress'));
  });

  it('starts nothing when the extension is updated or the browser updated', async () => {
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    await settle();
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });

  it('leaves a tour the user already closed as it was', async () => {
    startWorker();
    await command({ type: 'start', tourId: TOUR });
    await command({ type: 'dismiss', tourId: TOUR });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect((await storedTour()).status).toBe('dismissed');
  });

  it('with no tours at all, a new install starts nothing and reports no error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startWorker({ tours: [] });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(error).not.toHaveBeenCalled();
  });

  it('a failed start on install is reported in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startWorker();
    await settle();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('start the tour on install'),
        expect.any(Error),
      ),
    );
  });
});

describe('failures the worker survives, and reports in the console', () => {
  it('a policy that cannot be read at start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    readPolicy.mockRejectedValue(new Error('managed storage unavailable'));
    startWorker();
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('enterprise policy'), expect.any(Error)),
    );
    expect(await request('getProgress')).toMatchObject({ ok: true });
  });

  it('a badge that cannot be set', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = () => Promise.reject(new Error('no toolbar button'));
    startWorker({ action: { setBadgeText: failing, setBadgeBackgroundColor: failing } });
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(expect.stringContaining('badge'), expect.any(Error)),
    );
    expect(await command({ type: 'start', tourId: TOUR })).toMatchObject({ ok: true });
  });

  it('open Mixpanel tabs that cannot be listed when a tour starts', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    startWorker({
      tabs: { query: () => Promise.reject(new Error('tabs unavailable')), create: async () => ({}) as never },
    });
    expect(await command({ type: 'start', tourId: TOUR })).toMatchObject({ ok: true });
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('open Mixpanel tabs'), expect.any(Error)),
    );
  });

  it('progress that cannot be read at start', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    startWorker();
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('read progress at start'),
        expect.any(Error),
      ),
    );
  });
});
