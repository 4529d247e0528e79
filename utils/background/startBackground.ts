import type { TourDefinition } from '@/tours/types';
import { onRequest } from '../messaging';
import { parseProgressState } from '../progress/parseProgress';
import { stepIdsByTour } from '../progress/tourProgress';
import { progressItem } from '../storage';
import { createOverlayInjector, type ScriptingApi } from './overlayInjector';
import { showProgressBadge, type BadgeApi } from './progressBadge';
import { createProgressWriter } from './progressWriter';
import { createRequestHandlers } from './requestHandlers';
import type { TabsApi } from './startTourInTab';

export interface BackgroundOptions {
  tours: readonly TourDefinition[];
  now?: () => number;
  /** Browser APIs the background drives; the defaults are the real ones (tests pass fakes). */
  action?: BadgeApi;
  scripting?: ScriptingApi;
  tabs?: TabsApi;
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
  tabs,
}: BackgroundOptions): () => void {
  const stepIds = stepIdsByTour(tours);
  const writer = createProgressWriter({ tours: stepIds, now });
  const injectOverlay = createOverlayInjector(scripting);
  const showBadge = (value: unknown): void => {
    showProgressBadge(parseProgressState(value, stepIds).state, stepIds, action).catch((error: unknown) =>
      console.error('[invite-guide] background: could not update the badge', error),
    );
  };

  const stopRequests = onRequest(createRequestHandlers({ tours, stepIds, writer, injectOverlay, now, tabs }));
  // Every write (from any command, or a repair) reaches the badge through storage.onChanged.
  const stopBadge = progressItem.watch(showBadge);

  // Cold start: repair damaged data if any (with its notice) and show what is stored.
  writer
    .read()
    .then(showBadge, (error: unknown) =>
      console.error('[invite-guide] background: could not read progress at start', error),
    );

  return () => {
    stopRequests();
    stopBadge();
  };
}
