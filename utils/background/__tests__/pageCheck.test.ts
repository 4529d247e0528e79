import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOURS } from '@/tours';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import { allFound } from './tourProbes';
import { ask, contentScriptSender, popupSender, type Sender } from '../../__tests__/messageHarness';
import { startBackground } from '../startBackground';

const T0 = 1_700_000_000_000;
let clock = T0;
let stopWorker: (() => void) | undefined;
let openTabs: Browser.tabs.Tab[];
let injected: { tabId: number; files: string[] }[];
/** What the page check script returns in the tab. */
let probeResult: unknown;

function request<T extends RequestType>(type: T, payload?: unknown, sender: Sender = popupSender()) {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, sender) as Promise<Reply<T> | undefined>;
}

const notFound = (payload: unknown, sender = contentScriptSender()) => request('notFound', payload, sender);

async function storedEvents(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('notFoundEvents')).notFoundEvents;
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  openTabs = [];
  injected = [];
  probeResult = allFound();
  stopWorker = startBackground({
    tours: TOURS,
    now: () => clock++,
    scripting: {
      executeScript: async (injection) => {
        if (!('files' in injection)) return [];
        const { target, files } = injection;
        injected.push({ tabId: target.tabId, files });
        return files.includes('/content-scripts/pageCheck.js') ? [{ frameId: 0, result: probeResult }] : [];
      },
    },
    tabs: {
      query: async (info) => {
        if (info.active) return openTabs.filter((tab) => tab.active);
        if (info.url) return openTabs.filter((tab) => tab.url?.startsWith('https://mixpanel.com/'));
        return openTabs;
      },
      create: async () => ({ id: 99 }) as never,
    },
  });
});

beforeEach(async () => {
  // The background reads progress as it starts (which takes a tick of the clock): begin after that.
  await request('getProgress');
  clock = T0;
});

afterEach(() => stopWorker?.());

describe('not-found events', () => {
  it('keeps step, tour, the strategies that missed and the time, in local:notFoundEvents', async () => {
    const reply = await notFound({
      tourId: 'invite-users',
      stepId: 'open-invite-dialog',
      strategies: ['role', 'text'],
    });
    expect(reply).toEqual({ ok: true });
    expect(await storedEvents()).toEqual([
      { tourId: 'invite-users', stepId: 'open-invite-dialog', strategies: ['role', 'text'], at: T0 },
    ]);
  });

  it('keeps only the last 20, oldest dropped first', async () => {
    for (let i = 0; i < 25; i++)
      await notFound({ tourId: 'invite-users', stepId: 'enter-email', strategies: ['role'] });
    const events = (await storedEvents()) as { at: number }[];
    expect(events).toHaveLength(20);
    expect(events[0]!.at).toBe(T0 + 5);
    expect(events[19]!.at).toBe(T0 + 24);
  });

  it('refuses anything beyond names: extra fields, selectors, page text, unknown steps', async () => {
    const base = { tourId: 'invite-users', stepId: 'enter-email', strategies: ['role'] };
    // Not ours (invalid payloads are left unanswered), or refused.
    expect(await notFound({ ...base, text: 'ada@example.com' })).toBeUndefined();
    expect(await notFound({ ...base, strategies: ['[aria-label="ada@example.com"]'] })).toBeUndefined();
    expect(await notFound({ ...base, strategies: [{ by: 'role', name: 'Ada Lovelace' }] })).toBeUndefined();
    expect(await notFound({ ...base, strategies: [] })).toBeUndefined();
    expect(await notFound({ ...base, stepId: 'ada@example.com' })).toEqual({
      ok: false,
      error: 'unknownStep',
    });
    expect(await storedEvents()).toBeUndefined();
  });

  it('drops damaged stored entries when it adds one', async () => {
    await fakeBrowser.storage.local.set({
      notFoundEvents: [{ tourId: 'invite-users', stepId: 'review', strategies: ['text'], at: 5 }, 'junk', {}],
    });
    await notFound({ tourId: 'invite-users', stepId: 'enter-email', strategies: ['label'] });
    expect(await storedEvents()).toEqual([
      { tourId: 'invite-users', stepId: 'review', strategies: ['text'], at: 5 },
      { tourId: 'invite-users', stepId: 'enter-email', strategies: ['label'], at: T0 },
    ]);
  });
});

describe('check this page', () => {
  const mixpanelTab = (id: number, extra: Partial<Browser.tabs.Tab> = {}) =>
    ({
      id,
      url: 'https://mixpanel.com/settings/org/users?email=ada@example.com',
      ...extra,
    }) as Browser.tabs.Tab;

  it('runs the check in the Mixpanel tab in front and answers with its host only, results and events', async () => {
    openTabs = [mixpanelTab(4, { active: true })];
    await notFound({ tourId: 'invite-users', stepId: 'review', strategies: ['role', 'text'] });
    const reply = await request('checkPage');
    expect(injected).toEqual([{ tabId: 4, files: ['/content-scripts/pageCheck.js'] }]);
    expect(reply).toMatchObject({ ok: true, host: 'mixpanel.com' });
    if (!reply?.ok) throw new Error('no reply');
    expect(reply.tours.map((t) => t.tourId)).toEqual(TOURS.map((t) => t.id));
    expect(reply.tours[0]!.steps[2]).toEqual({
      stepId: 'open-invite-dialog',
      result: { kind: 'found', strategy: 'role', strategyIndex: 0, pageMatched: true },
    });
    expect(reply.events).toEqual([
      { tourId: 'invite-users', stepId: 'review', strategies: ['role', 'text'], at: T0 },
    ]);
    expect(JSON.stringify(reply)).not.toMatch(/ada|email=|settings\/org/);
  });

  it('on a tab that is not Mixpanel, says so and injects nothing', async () => {
    openTabs = [{ id: 4, active: true } as Browser.tabs.Tab];
    expect(await request('checkPage')).toEqual({ ok: false, error: 'notMixpanel' });
    expect(injected).toEqual([]);
  });

  it('from the options page (itself the tab in front), checks the Mixpanel tab used last', async () => {
    const options = { id: 1, active: true, url: 'chrome-extension://x/options.html' } as Browser.tabs.Tab;
    openTabs = [options, mixpanelTab(5, { lastAccessed: 10 }), mixpanelTab(6, { lastAccessed: 20 })];
    const sender: Sender = { id: fakeBrowser.runtime.id, tab: options, url: options.url! };
    const reply = await request('checkPage', undefined, sender);
    expect(reply).toMatchObject({ ok: true, host: 'mixpanel.com' });
    expect(injected.map((i) => i.tabId)).toEqual([6]);
  });

  it('refuses a result the page tampered with (unknown ids, text in place of names)', async () => {
    openTabs = [mixpanelTab(4, { active: true })];
    const probes = allFound();
    probes[0]!.steps[0]!.misses = [{ strategy: 'Ada Lovelace' as never, reason: 'no-match' }];
    probeResult = probes;
    expect(await request('checkPage')).toEqual({ ok: false, error: 'checkFailed' });
    probeResult = [{ tourId: 'ada@example.com', steps: [] }];
    expect(await request('checkPage')).toEqual({ ok: false, error: 'checkFailed' });
    probeResult = undefined;
    expect(await request('checkPage')).toEqual({ ok: false, error: 'checkFailed' });
  });
});
