import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inviteUsersTour } from '@/tours/inviteUsers';
import type { TourDefinition } from '@/tours/types';
import { learnPlace, NO_PLACES, placeKey } from '../../learnedPlaces';
import { createProgressWriter } from '../progressWriter';
import { startTourInTab, type TabsApi } from '../startTourInTab';

const TOURS = [inviteUsersTour];
const STEP_IDS = new Map([[inviteUsersTour.id, inviteUsersTour.steps.map((step) => step.id)]]);

let openTabs: Browser.tabs.Tab[];
let tabs: TabsApi & { create: ReturnType<typeof vi.fn<TabsApi['create']>> };

beforeEach(() => {
  fakeBrowser.reset();
  openTabs = [];
  tabs = {
    query: vi.fn<TabsApi['query']>(async (info) => (info.active ? [] : openTabs)),
    create: vi.fn<TabsApi['create']>(async ({ url }) => ({ id: 99, url }) as Browser.tabs.Tab),
  };
});

async function openedUrl(step: number | undefined, places = NO_PLACES, lastHost: string | null = null) {
  const writer = createProgressWriter({ tours: STEP_IDS });
  await startTourInTab(
    { tourId: inviteUsersTour.id, ...(step === undefined ? {} : { step }) },
    { tours: TOURS, writer, injectOverlay: async () => undefined, tabs, lastHost, places },
  );
  return tabs.create.mock.calls[0]?.[0].url;
}

describe('starting a tour away from Mixpanel: which address the new tab opens', () => {
  it('the start opens the app home, where step 1 is still to do', async () => {
    expect(await openedUrl(undefined)).toBe('https://mixpanel.com/');
  });

  it('a later step with no address seen for its page opens the home too, never a guessed address', async () => {
    expect(await openedUrl(3)).toBe('https://mixpanel.com/');
  });

  it("a later step opens its page's address seen working on that host", async () => {
    const places = learnPlace(
      NO_PLACES,
      'eu.mixpanel.com',
      placeKey('invite-users', 'usersAndTeams'),
      '/s/u',
    );
    expect(await openedUrl(3, places, 'eu.mixpanel.com')).toBe('https://eu.mixpanel.com/s/u');
    // What was seen on the EU host says nothing about the US host.
    tabs.create.mockClear();
    expect(await openedUrl(3, places, 'mixpanel.com')).toBe('https://mixpanel.com/');
  });

  it('the host is the most recently used open Mixpanel tab, before the last host the guide ran on', async () => {
    openTabs = [
      { url: 'https://in.mixpanel.com/project/1', lastAccessed: 5 } as Browser.tabs.Tab,
      { url: 'https://eu.mixpanel.com/project/1', lastAccessed: 9 } as Browser.tabs.Tab,
    ];
    expect(await openedUrl(undefined, NO_PLACES, 'mixpanel.com')).toBe('https://eu.mixpanel.com/');
  });
});

describe('starting a tour: the tab it starts in', () => {
  /** The window the user last focused; the others are behind it. */
  const FOCUSED = 1;
  const mixpanel = (id: number, extra: Partial<Browser.tabs.Tab> = {}) =>
    ({
      id,
      windowId: FOCUSED,
      active: false,
      url: 'https://eu.mixpanel.com/project/1',
      ...extra,
    }) as Browser.tabs.Tab;

  /** `browser.tabs.query` as the browser answers it: every given field must match. */
  async function queryTabs(info: Browser.tabs.QueryInfo): Promise<Browser.tabs.Tab[]> {
    const patterns = info.url === undefined ? undefined : ([] as string[]).concat(info.url);
    return openTabs.filter(
      (tab) =>
        (info.active === undefined || tab.active === info.active) &&
        (info.lastFocusedWindow === undefined || (tab.windowId === FOCUSED) === info.lastFocusedWindow) &&
        (patterns === undefined ||
          patterns.some((pattern) => tab.url?.startsWith(pattern.replace(/\*$/, '')) === true)),
    );
  }

  let injected: number[];
  async function start(tour: TourDefinition = inviteUsersTour) {
    return startTourInTab(
      { tourId: tour.id },
      {
        tours: [tour],
        writer: createProgressWriter({ tours: STEP_IDS }),
        injectOverlay: async (tabId) => void injected.push(tabId),
        tabs,
        lastHost: 'in.mixpanel.com',
      },
    );
  }

  beforeEach(() => {
    injected = [];
    tabs.query = vi.fn<TabsApi['query']>(queryTabs);
  });

  it('is the Mixpanel tab in front of the last focused window', async () => {
    openTabs = [mixpanel(3), mixpanel(4, { active: true })];
    expect(await start()).toMatchObject({ ok: true, tabId: 4, openedNewTab: false });
    expect(injected).toEqual([4]);
  });

  it('is a new tab when the tab in front is not Mixpanel, even with Mixpanel open behind it', async () => {
    openTabs = [
      mixpanel(3, { lastAccessed: 10 }),
      mixpanel(5, { active: true, windowId: 2, lastAccessed: 5 }),
      { id: 6, windowId: FOCUSED, active: true, url: 'https://example.com/' } as Browser.tabs.Tab,
    ];
    expect(await start()).toMatchObject({ ok: true, tabId: 99, openedNewTab: true });
    expect(injected).toEqual([]);
    expect(tabs.create).toHaveBeenCalledWith({ url: 'https://eu.mixpanel.com/', active: true });
  });

  it('opens on the host of the Mixpanel tab used last, whatever order the browser lists them in', async () => {
    const us = mixpanel(3, { url: 'https://mixpanel.com/project/1', lastAccessed: 30 });
    const eu = mixpanel(4, { lastAccessed: 20 });
    const noTime = mixpanel(5, { url: 'https://in.mixpanel.com/project/1' });
    for (const order of [
      [us, eu, noTime],
      [noTime, eu, us],
      [eu, noTime, us],
    ]) {
      openTabs = order;
      await start();
    }
    openTabs = [noTime, eu];
    await start();
    expect(tabs.create.mock.calls.map(([created]) => created.url)).toEqual([
      'https://mixpanel.com/',
      'https://mixpanel.com/',
      'https://mixpanel.com/',
      'https://eu.mixpanel.com/',
    ]);
  });

  it('opens on the last host the guide ran on when the open tabs cannot be listed', async () => {
    tabs.query = vi.fn<TabsApi['query']>(async (info) =>
      info.url === undefined ? queryTabs(info) : Promise.reject(new Error('no host permission')),
    );
    openTabs = [mixpanel(4, { lastAccessed: 20 })];
    expect(await start()).toMatchObject({ ok: true, openedNewTab: true });
    expect(tabs.create).toHaveBeenCalledWith({ url: 'https://in.mixpanel.com/', active: true });
  });

  it('a start page that would leave Mixpanel opens the Mixpanel home instead', async () => {
    openTabs = [];
    await start({ ...inviteUsersTour, startPath: 'https://example.com/sign-in' });
    await start({ ...inviteUsersTour, startPath: '//example.com/sign-in' });
    expect(tabs.create.mock.calls.map(([created]) => created.url)).toEqual([
      'https://in.mixpanel.com/',
      'https://in.mixpanel.com/',
    ]);
  });

  it('a new tab the browser gives no id fails the start, saying to try again from a Mixpanel tab', async () => {
    tabs.create.mockResolvedValue({ url: 'https://in.mixpanel.com/' } as Browser.tabs.Tab);
    await expect(start()).rejects.toThrow(/try again from a Mixpanel tab/);
  });
});
