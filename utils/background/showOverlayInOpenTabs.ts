import { browser } from 'wxt/browser';
import { MIXPANEL_MATCHES, isMixpanelUrl } from '../hosts';
import { activeTourId } from '../progress/tourProgress';
import type { ProgressState } from '../progress/types';
import type { InjectOverlay } from './overlayInjector';
import type { TabsApi } from './startTourInTab';

/** True when some tour is running now that was not running before. */
export function tourBecameActive(previous: ProgressState | null, next: ProgressState): boolean {
  return Object.entries(next.tours).some(
    ([id, tour]) => tour.status === 'in_progress' && previous?.tours[id]?.status !== 'in_progress',
  );
}

/**
 * When a tour starts (from the popup, a share link, another tab or a policy), every Mixpanel tab that is
 * already open shows it, not only the one it started in: their loaders ran before, while nothing was
 * active, and will not ask again until the next page load.
 */
export async function showOverlayInOpenTabs(
  previous: ProgressState | null,
  next: ProgressState,
  injectOverlay: InjectOverlay,
  tabs: Pick<TabsApi, 'query'> = browser.tabs,
): Promise<number> {
  if (!tourBecameActive(previous, next) || activeTourId(next) === null) return 0;
  const open = await tabs.query({ url: MIXPANEL_MATCHES });
  const injected = await Promise.allSettled(
    // The URL filter already asks for Mixpanel tabs; checking again costs nothing and guards the injection.
    open.flatMap((tab) =>
      tab.id === undefined || tab.discarded || !isMixpanelUrl(tab.url) ? [] : [injectOverlay(tab.id, 0)],
    ),
  );
  return injected.filter((result) => result.status === 'fulfilled').length;
}
