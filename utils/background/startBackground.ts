import { browser, type Browser } from 'wxt/browser';
import type { TourDefinition } from '@/tours/types';
import { translateKey } from '../i18n';
import { onRequest } from '../messaging';
import { readPolicy as readManagedPolicy, type Policy } from '../policy';
import { parseProgressState } from '../progress/parseProgress';
import { activeTourId, stepIdsByTour } from '../progress/tourProgress';
import { progressItem } from '../storage';
import { createEarlyOverlay, type ContentScriptsApi } from './earlyOverlay';
import { createOverlayInjector, type ScriptingApi } from './overlayInjector';
import { showProgressBadge, type BadgeApi } from './progressBadge';
import { createProgressWriter, type ProgressWriter } from './progressWriter';
import { createRequestHandlers } from './requestHandlers';
import { showOverlayInOpenTabs } from './showOverlayInOpenTabs';
import type { TabsApi } from './startTourInTab';
import type { Translate } from '../shareLink';

export interface BackgroundOptions {
  tours: readonly TourDefinition[];
  now?: () => number;
  /** Browser APIs the background drives; the defaults are the real ones (tests pass fakes). */
  action?: BadgeApi;
  scripting?: ScriptingApi;
  contentScripts?: ContentScriptsApi;
  tabs?: TabsApi;
  /** The enterprise policy; read afresh on each use, as an administrator may change it at any time. */
  readPolicy?: () => Promise<Policy>;
  translate?: Translate;
}

/**
 * Everything the service worker does. Listeners are registered synchronously, before the first await,
 * as MV3 requires to receive the event that woke the worker. Returns the cleanup that removes them.
 */
export function startBackground({
  tours,
  now = Date.now,
  action,
  scripting,
  contentScripts,
  tabs,
  readPolicy = () => readManagedPolicy(),
  translate = translateKey,
}: BackgroundOptions): () => void {
  const stepIds = stepIdsByTour(tours);
  const writer = createProgressWriter({ tours: stepIds, now });
  const injectOverlay = createOverlayInjector(tours, scripting);
  const keepEarlyOverlay = createEarlyOverlay(contentScripts);
  const showBadge = (value: unknown): void => {
    showProgressBadge(parseProgressState(value, stepIds).state, stepIds, action).catch((error: unknown) =>
      console.error('[invite-guide] background: could not update the badge', error),
    );
  };

  const stopRequests = onRequest(
    createRequestHandlers({
      tours,
      stepIds,
      writer,
      injectOverlay,
      now,
      readPolicy,
      translate,
      tabs,
      ...(scripting ? { scripting } : {}),
    }),
  );
  const onInstalled = ({ reason }: Browser.runtime.InstalledDetails): void => {
    if (reason === 'install') autoStartForNewInstall(tours, writer, readPolicy);
  };
  browser.runtime.onInstalled.addListener(onInstalled);
  // Chrome's first read of managed storage after the browser starts can take seconds (its policy service
  // is still loading): begin it now, so a share link opened soon after waits less.
  readPolicy().catch((error: unknown) =>
    console.warn('[invite-guide] background: could not read the enterprise policy at start', error),
  );
  // Every write (from any command, or a repair) reaches the badge through storage.onChanged, and a tour
  // that starts appears in every Mixpanel tab already open.
  const stopBadge = progressItem.watch((value, previous) => {
    showBadge(value);
    const next = parseProgressState(value, stepIds).state;
    // Nothing stored before (null) parses as no tours, the same as no previous state.
    const before = parseProgressState(previous, stepIds).state;
    const running = activeTourId(next) !== null;
    if (running !== (activeTourId(before) !== null)) void keepEarlyOverlay(running);
    showOverlayInOpenTabs(before, next, injectOverlay, tabs).catch((error: unknown) =>
      console.warn('[invite-guide] background: could not show the tour in open Mixpanel tabs', error),
    );
  });

  // Cold start: repair damaged data if any (with its notice) and show what is stored.
  writer.read().then(
    (state) => {
      showBadge(state);
      return keepEarlyOverlay(activeTourId(state) !== null);
    },
    (error: unknown) => console.error('[invite-guide] background: could not read progress at start', error),
  );

  return () => {
    stopRequests();
    stopBadge();
    browser.runtime.onInstalled.removeListener(onInstalled);
  };
}

/** Policy `autoStartForNewInstalls`: a managed install begins with the invite tour (the first tour) running. */
function autoStartForNewInstall(
  tours: readonly TourDefinition[],
  writer: ProgressWriter,
  readPolicy: () => Promise<Policy>,
): void {
  const [tour] = tours;
  if (!tour) return;
  readPolicy()
    .then(async (policy) => {
      if (!policy.autoStartForNewInstalls) return;
      const state = await writer.read();
      if ((state.tours[tour.id]?.status ?? 'not_started') === 'not_started')
        await writer.apply({ type: 'start', tourId: tour.id });
    })
    .catch((error: unknown) =>
      console.error('[invite-guide] background: could not start the tour on install', error),
    );
}
