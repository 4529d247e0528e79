import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import { parseNotices, parseProgressState } from '../../progress/parseProgress';
import { progressReducer } from '../../progress/progressReducer';
import { emptyProgressState, tourProgressOf } from '../../progress/tourProgress';
import type { ProgressCommand, ProgressState } from '../../progress/types';
import { FAKE_TOURS, INVITE_STEPS, TOURS } from '../../progress/__tests__/fixtures/tours';
import { ask, contentScriptSender, deliver, popupSender, type Sender } from '../../__tests__/messageHarness';
import { OVERLAY_SCRIPT, type ScriptingApi } from '../overlayInjector';
import { startBackground } from '../startBackground';
import type { TabsApi } from '../startTourInTab';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

let clock = T0;
let stopWorker: (() => void) | undefined;
let executeScript: ReturnType<typeof vi.fn<ScriptingApi['executeScript']>>;

/** The injections of the overlay's script (not the look into the frame that comes first). */
const overlayInjections = () => executeScript.mock.calls.filter(([injection]) => 'files' in injection);
let activeTab: Browser.tabs.Tab | undefined;
let tabs: TabsApi & { create: ReturnType<typeof vi.fn<TabsApi['create']>> };

/** A fresh service worker, as after the browser killed the previous one. */
function startWorker(): void {
  stopWorker?.();
  stopWorker = startBackground({ tours: FAKE_TOURS, now: () => clock++, scripting: { executeScript }, tabs });
}

function request<T extends RequestType>(
  type: T,
  payload?: unknown,
  sender: Sender = popupSender(),
): Promise<Reply<T>> {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, sender) as Promise<Reply<T>>;
}

function command(cmd: ProgressCommand, sender: Sender = contentScriptSender()) {
  return request('command', cmd, sender);
}

async function storedProgress(): Promise<ProgressState> {
  const { progress } = await fakeBrowser.storage.local.get('progress');
  return parseProgressState(progress ?? { tours: {} }).state;
}

async function badgeText(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}

function tab(id: number, url: string): Browser.tabs.Tab {
  return {
    id,
    url,
    index: 0,
    pinned: false,
    highlighted: false,
    windowId: 1,
    active: true,
    incognito: false,
  } as Browser.tabs.Tab;
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  executeScript = vi.fn<ScriptingApi['executeScript']>(async () => []);
  activeTab = undefined;
  tabs = {
    query: vi.fn<TabsApi['query']>(async () => (activeTab ? [activeTab] : [])),
    create: vi.fn<TabsApi['create']>(async ({ url }) => tab(99, url ?? '')),
  };
  startWorker();
});

afterEach(() => {
  stopWorker?.();
  stopWorker = undefined;
});

describe('background: commands', () => {
  it('an admin working in two tabs with the popup open loses no step when all three send at once', async () => {
    await command({ type: 'start', tourId: TOUR });
    const senders = [contentScriptSender(1), contentScriptSender(2), popupSender()];
    const replies = await Promise.all(
      INVITE_STEPS.map((stepId, i) =>
        command({ type: 'completeStep', tourId: TOUR, stepId }, senders[i % 3]),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const progress = tourProgressOf(await storedProgress(), TOUR);
    expect(Object.keys(progress.done).sort()).toEqual([...INVITE_STEPS].sort());
    expect(progress.status).toBe('completed');
  });

  it('commands sent together are applied one after the other, in the order they were sent', async () => {
    const sequence: ProgressCommand[] = [
      { type: 'start', tourId: TOUR },
      { type: 'goTo', tourId: TOUR, step: 5 },
      { type: 'completeStep', tourId: TOUR, stepId: 'set-roles' },
      { type: 'back', tourId: TOUR },
      { type: 'back', tourId: TOUR },
      { type: 'next', tourId: TOUR },
      { type: 'dismiss', tourId: TOUR },
      { type: 'start', tourId: TOUR },
      { type: 'goTo', tourId: TOUR, step: 2 },
    ];
    const replies = await Promise.all(sequence.map((cmd) => command(cmd)));

    // The same commands folded one by one give the same steps, reply by reply.
    let expected = emptyProgressState();
    const expectedSteps = sequence.map((cmd) => {
      expected = progressReducer(expected, cmd, { now: T0, tours: TOURS });
      return tourProgressOf(expected, TOUR).currentStep;
    });
    const repliedSteps = replies.map((reply) =>
      reply.ok ? tourProgressOf(reply.state, TOUR).currentStep : null,
    );
    expect(repliedSteps).toEqual(expectedSteps);
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 2,
    });
  });

  it('a command that changes nothing writes nothing', async () => {
    await command({ type: 'start', tourId: TOUR });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const reply = await command({ type: 'back', tourId: TOUR });
    expect(reply).toMatchObject({ ok: true, changed: false });
    expect(set).not.toHaveBeenCalled();
  });

  it('a worker killed in the middle of the tour resumes from storage exactly where the admin was', async () => {
    await command({ type: 'start', tourId: TOUR });
    await command({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
    await command({ type: 'completeStep', tourId: TOUR, stepId: 'open-users-and-teams' });
    const before = await storedProgress();

    startWorker();
    const progress = await request('getProgress');
    expect(progress).toEqual({ ok: true, state: before });
    await command({ type: 'completeStep', tourId: TOUR, stepId: 'open-invite-dialog' });
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({ currentStep: 3 });
  });

  it('a command for a tour that does not exist is refused and changes nothing', async () => {
    expect(await command({ type: 'start', tourId: 'no-such-tour' })).toEqual({
      ok: false,
      error: 'unknownTour',
    });
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });

  it.each<[string, unknown, Sender]>([
    [
      'another extension',
      { type: 'start', tourId: TOUR },
      { id: 'another-extension', tab: { id: 1 } as Browser.tabs.Tab },
    ],
    ['a web page', { type: 'start', tourId: TOUR }, { url: 'https://mixpanel.com/' }],
    ['a malformed command', { type: 'start', tourId: TOUR, step: 'all' }, popupSender()],
    ['a command with no type', { tourId: TOUR }, popupSender()],
  ])('%s gets no answer and changes nothing', async (_, payload, sender) => {
    const delivery = await deliver({ channel: MESSAGE_CHANNEL, type: 'command', payload }, sender);
    expect(delivery.handled).toBe(false);
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });
});

describe('background: badge', () => {
  it('follows the tour: "0/8" on start, "2/8" after two steps, "✓" when done, empty after a reset', async () => {
    await command({ type: 'start', tourId: TOUR });
    await vi.waitFor(async () => expect(await badgeText()).toBe('0/8'));
    await command({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
    await command({ type: 'completeStep', tourId: TOUR, stepId: 'open-users-and-teams' });
    await vi.waitFor(async () => expect(await badgeText()).toBe('2/8'));
    for (const stepId of INVITE_STEPS) await command({ type: 'completeStep', tourId: TOUR, stepId });
    await vi.waitFor(async () => expect(await badgeText()).toBe('✓'));
    await command({ type: 'reset', tourId: TOUR });
    await vi.waitFor(async () => expect(await badgeText()).toBe(''));
  });

  it('is restored when the worker starts, from what is stored', async () => {
    stopWorker?.();
    const stored = progressReducer(
      progressReducer(emptyProgressState(), { type: 'start', tourId: TOUR }, { now: T0, tours: TOURS }),
      { type: 'completeStep', tourId: TOUR, stepId: 'open-settings' },
      { now: T0, tours: TOURS },
    );
    await fakeBrowser.storage.local.set({ progress: stored, progress$: { v: 2 } });
    expect(await badgeText()).toBe('');
    startWorker();
    await vi.waitFor(async () => expect(await badgeText()).toBe('1/8'));
  });
});

describe('background: overlay injection', () => {
  it('a Mixpanel tab with a tour running gets the overlay injected into the frame that asked', async () => {
    await command({ type: 'start', tourId: TOUR });
    expect(await request('ensureOverlay', undefined, contentScriptSender(7, 3))).toEqual({
      ok: true,
      injected: true,
    });
    expect(overlayInjections()).toHaveLength(1);
    // The look into the frame hands in the tours' definitions, so the overlay's first card waits for no
    // message of its own.
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [3] }, args: [null, FAKE_TOURS] }),
    );
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [OVERLAY_SCRIPT],
      // As soon as the frame has a document, not at its document_idle: the card is ready as the app renders.
      injectImmediately: true,
    });
  });

  it('an idle Mixpanel page (no tour running, no share link) gets no overlay', async () => {
    expect(await request('ensureOverlay', undefined, contentScriptSender())).toEqual({
      ok: true,
      injected: false,
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a burst of requests from one frame injects once', async () => {
    await command({ type: 'start', tourId: TOUR });
    let finish: () => void = () => undefined;
    executeScript.mockImplementation(async (injection) =>
      'files' in injection ? new Promise((resolve) => (finish = () => resolve([]))) : [],
    );
    const replies = [1, 2, 3].map(() => request('ensureOverlay', undefined, contentScriptSender(7)));
    await vi.waitFor(() => expect(overlayInjections()).toHaveLength(1));
    finish();
    expect(await Promise.all(replies)).toEqual(Array(3).fill({ ok: true, injected: true }));
    expect(overlayInjections()).toHaveLength(1);
  });

  it('a frame whose overlay is alive is not given a second copy of its script (start/close cycles)', async () => {
    await command({ type: 'start', tourId: TOUR });
    executeScript.mockImplementation(async (injection) => ('files' in injection ? [] : [{ result: true }]));
    expect(await request('ensureOverlay', undefined, contentScriptSender(7))).toEqual({
      ok: true,
      injected: true,
    });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(overlayInjections()).toHaveLength(0);
  });

  it('a request from a page with no tab (the popup) is refused', async () => {
    await command({ type: 'start', tourId: TOUR });
    expect(await request('ensureOverlay')).toEqual({ ok: false, error: 'noTab' });
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('background: starting a tour from the popup', () => {
  it('on a Mixpanel tab, the tour starts right there with the overlay', async () => {
    activeTab = tab(12, 'https://eu.mixpanel.com/project/1/view/2/app/home');
    const reply = await request('startTour', { tourId: TOUR });
    expect(reply).toMatchObject({ ok: true, tabId: 12, openedNewTab: false });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 12, frameIds: [0] },
      files: [OVERLAY_SCRIPT],
      // As soon as the frame has a document, not at its document_idle: the card is ready as the app renders.
      injectImmediately: true,
    });
    expect(tabs.create).not.toHaveBeenCalled();
    expect(tourProgressOf(await storedProgress(), TOUR).status).toBe('in_progress');
  });

  it.each([
    ['another site', tab(5, 'https://example.com/')],
    ['a look-alike host', tab(5, 'https://mixpanel.com.evil.example/')],
    ['no active tab', undefined],
  ])('from %s, a new tab opens at the tour’s start page with the tour started', async (_, current) => {
    activeTab = current;
    const reply = await request('startTour', { tourId: TOUR, step: 2 });
    expect(reply).toMatchObject({ ok: true, tabId: 99, openedNewTab: true });
    expect(tabs.create).toHaveBeenCalledWith({ url: 'https://mixpanel.com/settings/org', active: true });
    expect(executeScript).not.toHaveBeenCalled();
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 2,
    });
  });

  it('an unknown tour or a step it does not have opens nothing and changes nothing', async () => {
    expect(await request('startTour', { tourId: 'nope' })).toEqual({ ok: false, error: 'unknownTour' });
    expect(await request('startTour', { tourId: TOUR, step: 8 })).toEqual({
      ok: false,
      error: 'stepOutOfRange',
    });
    expect(tabs.create).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });
});

// Share links have their own file: shareLinks.test.ts.
describe('background: notices', () => {
  it('corrupt progress found at worker start raises a notice the user can dismiss', async () => {
    stopWorker?.();
    await fakeBrowser.storage.local.set({ progress: 'garbage', progress$: { v: 2 } });
    startWorker();
    await vi.waitFor(async () =>
      expect(parseNotices((await fakeBrowser.storage.local.get('notices')).notices)).toHaveLength(1),
    );
    const [notice] = parseNotices((await fakeBrowser.storage.local.get('notices')).notices);
    expect(await request('dismissNotice', { id: notice!.id })).toEqual({ ok: true, notices: [] });
    expect(parseNotices((await fakeBrowser.storage.local.get('notices')).notices)).toEqual([]);
  });
});
