import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { TOURS } from '@/tours';
import { allFound } from './tourProbes';
import { popupSender, type Sender } from '../../__tests__/messageHarness';
import { checkPageInTab, type CheckPageDeps } from '../checkPage';
import type { ScriptingApi } from '../overlayInjector';

/** The window the user last focused; the others are behind it. */
const FOCUSED_WINDOW = 1;
let openTabs: Browser.tabs.Tab[];
let checkedTabs: (number | undefined)[];
let injection: () => Promise<unknown>;

/** `browser.tabs.query` as the browser answers it: every given field must match. */
async function queryTabs(info: Browser.tabs.QueryInfo): Promise<Browser.tabs.Tab[]> {
  const patterns = info.url === undefined ? undefined : ([] as string[]).concat(info.url);
  return openTabs.filter(
    (tab) =>
      (info.active === undefined || tab.active === info.active) &&
      (info.lastFocusedWindow === undefined ||
        (tab.windowId === FOCUSED_WINDOW) === info.lastFocusedWindow) &&
      (patterns === undefined ||
        patterns.some((pattern) => tab.url?.startsWith(pattern.replace(/\*$/, '')) === true)),
  );
}

const scripting: ScriptingApi = {
  executeScript: async (details) => {
    checkedTabs.push(details.target.tabId);
    return (await injection()) as never;
  },
};

const deps = (): CheckPageDeps => ({
  tours: TOURS,
  scripting,
  tabs: { query: queryTabs },
  readEvents: async () => [],
  now: () => 42,
});

const tab = (id: number | undefined, extra: Partial<Browser.tabs.Tab> = {}) =>
  ({
    id,
    windowId: FOCUSED_WINDOW,
    active: false,
    url: 'https://eu.mixpanel.com/project/1',
    ...extra,
  }) as Browser.tabs.Tab;

const optionsTab = (id = 1, extra: Partial<Browser.tabs.Tab> = {}) =>
  tab(id, { active: true, url: 'chrome-extension://guide/options.html', ...extra });

const fromTab = (asking: Browser.tabs.Tab): Sender => ({ ...popupSender(), tab: asking, url: asking.url! });

beforeEach(() => {
  openTabs = [];
  checkedTabs = [];
  injection = async () => [{ frameId: 0, result: allFound() }];
});

describe('which tab "Check this page" checks', () => {
  it('from the popup, the tab in front of the last focused window, not a tab used more recently elsewhere', async () => {
    openTabs = [
      tab(3, { lastAccessed: 50 }),
      tab(8, { active: true, windowId: 2, lastAccessed: 90 }),
      tab(4, { active: true, lastAccessed: 10 }),
    ];
    expect(await checkPageInTab(popupSender(), deps())).toMatchObject({ ok: true, host: 'eu.mixpanel.com' });
    expect(checkedTabs).toEqual([4]);
  });

  it('from a page that is not the tab in front, the tab in front', async () => {
    const options = optionsTab(1, { active: false });
    openTabs = [options, tab(4, { active: true, lastAccessed: 10 }), tab(6, { lastAccessed: 20 })];
    expect(await checkPageInTab(fromTab(options), deps())).toMatchObject({ ok: true });
    expect(checkedTabs).toEqual([4]);
  });

  it('from the options page in front, the Mixpanel tab used last, whatever order the browser lists them in', async () => {
    const options = optionsTab(1, { lastAccessed: 99 });
    const other = tab(9, { url: 'https://example.com/', lastAccessed: 80 });
    openTabs = [options, other, tab(5, { lastAccessed: 20 }), tab(6), tab(7, { lastAccessed: 30 })];
    await checkPageInTab(fromTab(options), deps());
    openTabs = [options, other, tab(7, { lastAccessed: 30 }), tab(6), tab(5, { lastAccessed: 20 })];
    await checkPageInTab(fromTab(options), deps());
    openTabs = [options, tab(6), tab(5, { lastAccessed: 20 })];
    await checkPageInTab(fromTab(options), deps());
    expect(checkedTabs).toEqual([7, 7, 5]);
  });

  it('from the options page in front with no Mixpanel tab open, says so and checks nothing', async () => {
    const options = optionsTab();
    openTabs = [options, tab(9, { url: 'https://example.com/', lastAccessed: 80 })];
    expect(await checkPageInTab(fromTab(options), deps())).toEqual({ ok: false, error: 'notMixpanel' });
    expect(checkedTabs).toEqual([]);
  });

  it('with no tab in front at all (every window minimised), says there is no Mixpanel tab', async () => {
    openTabs = [tab(4, { windowId: 2, active: true })];
    expect(await checkPageInTab(popupSender(), deps())).toEqual({ ok: false, error: 'notMixpanel' });
    expect(await checkPageInTab(fromTab(optionsTab(1, { windowId: 2 })), deps())).toEqual({
      ok: false,
      error: 'notMixpanel',
    });
    expect(checkedTabs).toEqual([]);
  });

  it('a Mixpanel tab the browser gives no id (it cannot be scripted) is not checked', async () => {
    openTabs = [tab(undefined, { active: true })];
    expect(await checkPageInTab(popupSender(), deps())).toEqual({ ok: false, error: 'notMixpanel' });
    expect(checkedTabs).toEqual([]);
  });
});

describe('when the check cannot run', () => {
  beforeEach(() => {
    openTabs = [tab(4, { active: true })];
  });

  it('the tab refusing the script (closed meanwhile, an error page) is a failed check, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    injection = () => Promise.reject(new Error('Cannot access contents of the page'));
    expect(await checkPageInTab(popupSender(), deps())).toEqual({ ok: false, error: 'checkFailed' });
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('page check'), expect.any(Error));
    warn.mockRestore();
  });

  it('no result from the frame (nothing injected, no answer) is a failed check', async () => {
    for (const results of [undefined, [], [{ frameId: 0 }]]) {
      injection = async () => results;
      expect(await checkPageInTab(popupSender(), deps())).toEqual({ ok: false, error: 'checkFailed' });
    }
  });

  it('a result answers with the host, the time of the check, the results and the events', async () => {
    const reply = await checkPageInTab(popupSender(), {
      ...deps(),
      readEvents: async () => [{ tourId: 'invite-users', stepId: 'review', strategies: ['text'], at: 7 }],
    });
    expect(reply).toMatchObject({
      ok: true,
      host: 'eu.mixpanel.com',
      checkedAt: 42,
      events: [{ tourId: 'invite-users', stepId: 'review', strategies: ['text'], at: 7 }],
    });
  });
});
