import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inviteUsersTour } from '@/tours/inviteUsers';
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
