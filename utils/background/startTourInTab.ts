import { browser, type Browser } from 'wxt/browser';
import type { TourDefinition } from '@/tours/types';
import { isMixpanelUrl, MIXPANEL_MATCHES, mixpanelHostOf } from '../hosts';
import type { Reply, StartTourPayload } from '../messaging';
import { NO_PLACES, pathOfPage, type LearnedPlaces } from '../learnedPlaces';
import type { InjectOverlay } from './overlayInjector';
import type { ProgressWriter } from './progressWriter';

/** Where a tour opens when the user is not on Mixpanel and no host was used before: the US host. */
export const DEFAULT_MIXPANEL_ORIGIN = 'https://mixpanel.com';

/** The part of `browser.tabs` used here (tests pass a fake). */
export interface TabsApi {
  query(queryInfo: Browser.tabs.QueryInfo): Promise<Browser.tabs.Tab[]>;
  create(createProperties: Browser.tabs.CreateProperties): Promise<Browser.tabs.Tab>;
}

export interface StartTourDeps {
  tours: readonly TourDefinition[];
  writer: ProgressWriter;
  injectOverlay: InjectOverlay;
  tabs?: TabsApi;
  /** The Mixpanel host the guide last ran on (EU and India admins have their own), if any. */
  lastHost?: string | null;
  /** Addresses of the tours' pages seen working, per host (a step opens on its page when one is known). */
  places?: LearnedPlaces;
}

/**
 * "Start" in the popup. On a Mixpanel tab the tour starts right there (the overlay is injected into the
 * page); anywhere else a new tab opens at the tour's start page, whose loader then asks for the overlay.
 * Progress is written first, so the overlay finds the tour running when it loads.
 */
export async function startTourInTab(
  { tourId, step, restart }: StartTourPayload,
  { tours, writer, injectOverlay, tabs = browser.tabs, lastHost = null, places = NO_PLACES }: StartTourDeps,
): Promise<Reply<'startTour'>> {
  const tour = tours.find((candidate) => candidate.id === tourId);
  if (!tour) return { ok: false, error: 'unknownTour' };
  if (step !== undefined && step >= tour.steps.length) return { ok: false, error: 'stepOutOfRange' };

  const [activeTab] = await tabs.query({ active: true, lastFocusedWindow: true });
  // A restart is one command: nothing can land between its reset and its start.
  const { state } = await writer.apply(
    restart
      ? { type: 'restart', tourId }
      : step === undefined
        ? { type: 'start', tourId }
        : { type: 'start', tourId, step },
  );
  if (activeTab?.id !== undefined && isMixpanelUrl(activeTab.url)) {
    await injectOverlay(activeTab.id, 0);
    return { ok: true, state, tabId: activeTab.id, openedNewTab: false };
  }
  const origin = await hostToOpen(tabs, lastHost);
  const created = await tabs.create({
    url: startUrlOf(tour, origin, step === undefined ? undefined : learnedPathOf(tour, step, places, origin)),
    active: true,
  });
  if (created.id === undefined)
    throw new Error('startTourInTab: the new tab has no id; try again from a Mixpanel tab');
  return { ok: true, state, tabId: created.id, openedNewTab: true };
}

/**
 * The tour's start page (a page where its first step is still to do) on a Mixpanel origin. A start
 * path that would leave that origin falls back to its home.
 */
export function startUrlOf(
  tour: TourDefinition,
  origin = DEFAULT_MIXPANEL_ORIGIN,
  path = tour.startPath,
): string {
  const url = new URL(path, origin);
  return url.origin === origin ? url.href : `${origin}/`;
}

/**
 * The address of a step's page seen working on `origin`'s host, if any. Never a documented guess: a
 * page the guide has not seen may live elsewhere, and from the start page the card shows the way.
 */
function learnedPathOf(
  tour: TourDefinition,
  step: number,
  places: LearnedPlaces,
  origin: string,
): string | undefined {
  const pageKey = tour.steps[step]?.page;
  if (pageKey === undefined) return undefined;
  return pathOfPage(places, new URL(origin).host, tour.id, pageKey, undefined);
}

/**
 * The Mixpanel the user works in: the most recently used open Mixpanel tab's host, else the host the
 * guide last ran on, else the US host. (Host permissions let `tabs.query` match these URLs.)
 */
async function hostToOpen(tabs: TabsApi, lastHost: string | null): Promise<string> {
  const open = await tabs.query({ url: MIXPANEL_MATCHES }).catch(() => []);
  const recent = open
    .filter((tab) => isMixpanelUrl(tab.url))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  const host = mixpanelHostOf(recent?.url) ?? lastHost;
  return host ? `https://${host}` : DEFAULT_MIXPANEL_ORIGIN;
}
