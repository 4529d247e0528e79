import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { TourDefinition } from '@/tours/types';
import { MIXPANEL_MATCHES, mixpanelHostOf } from '../hosts';
import type { Reply } from '../messaging';
import { checkResultsOf, parseTourProbes } from '../pageCheck/checkResults';
import type { NotFoundEvent } from '../pageCheck/notFoundEvents';
import type { ScriptingApi } from './overlayInjector';
import type { TabsApi } from './startTourInTab';

/** The page check, built by WXT with `registration: 'runtime'`: injected only when someone asks. */
export const PAGE_CHECK_SCRIPT: ScriptPublicPath = '/content-scripts/pageCheck.js';

export interface CheckPageDeps {
  tours: readonly TourDefinition[];
  scripting?: ScriptingApi;
  tabs?: Pick<TabsApi, 'query'>;
  readEvents: () => Promise<NotFoundEvent[]>;
  now: () => number;
}

/**
 * "Check this page": runs every step of every tour against the Mixpanel tab in front, in that tab, with
 * the locator (`entrypoints/pageCheck.content.ts`), and answers with the per-step results, the tab's host
 * and the last not-found events. The tab in front is the active tab of the last focused window; when
 * that is the asking page itself (the options page), the Mixpanel tab used last.
 */
export async function checkPageInTab(
  sender: Browser.runtime.MessageSender,
  { tours, scripting = browser.scripting, tabs = browser.tabs, readEvents, now }: CheckPageDeps,
): Promise<Reply<'checkPage'>> {
  const tab = await tabInFront(sender, tabs);
  const host = mixpanelHostOf(tab?.url);
  if (tab?.id === undefined || !host) return { ok: false, error: 'notMixpanel' };
  let results: { result?: unknown }[] | undefined;
  try {
    results = (await scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      files: [PAGE_CHECK_SCRIPT],
    })) as { result?: unknown }[] | undefined;
  } catch (error) {
    console.warn('[invite-guide] background: the page check could not run in the tab', error);
    return { ok: false, error: 'checkFailed' };
  }
  const probes = parseTourProbes(results?.[0]?.result, tours);
  if (!probes) return { ok: false, error: 'checkFailed' };
  return {
    ok: true,
    host,
    checkedAt: now(),
    tours: checkResultsOf(tours, probes),
    events: await readEvents(),
  };
}

async function tabInFront(
  sender: Browser.runtime.MessageSender,
  tabs: Pick<TabsApi, 'query'>,
): Promise<Browser.tabs.Tab | undefined> {
  const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
  const own = sender.tab?.id;
  if (own === undefined || active?.id !== own) return active;
  const mixpanelTabs = await tabs.query({ url: MIXPANEL_MATCHES });
  return mixpanelTabs
    .filter((tab) => tab.id !== own)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
