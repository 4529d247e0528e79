import type { TourDefinition } from '@/tours/types';
import type { RequestHandlers } from '../messaging';
import { parseProgressState } from '../progress/parseProgress';
import { activeTourId } from '../progress/tourProgress';
import type { TourStepIds } from '../progress/types';
import { pendingShareLinkItem } from '../storage';
import { acceptShareLink } from './acceptShareLink';
import type { InjectOverlay } from './overlayInjector';
import type { ProgressWriter } from './progressWriter';
import { startTourInTab, type TabsApi } from './startTourInTab';

export interface RequestHandlerDeps {
  tours: readonly TourDefinition[];
  stepIds: TourStepIds;
  writer: ProgressWriter;
  injectOverlay: InjectOverlay;
  now: () => number;
  tabs?: TabsApi;
}

/** What the background answers. Payloads arrive validated by `onRequest`. */
export function createRequestHandlers(deps: RequestHandlerDeps): RequestHandlers {
  const { tours, stepIds, writer, injectOverlay, now, tabs } = deps;
  return {
    command: async (command) => {
      if (command.type !== 'resetAll' && !stepIds.has(command.tourId))
        return { ok: false, error: 'unknownTour' };
      const { state, changed } = await writer.apply(command);
      return { ok: true, state, changed };
    },

    getProgress: async () => ({ ok: true, state: await writer.read() }),

    ensureOverlay: async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'noTab' };
      // Idle pages stay idle: the overlay only loads while a tour runs or a share link waits.
      const [state, pendingLink] = await Promise.all([writer.read(), pendingShareLinkItem.getValue()]);
      if (activeTourId(state) === null && pendingLink === null) return { ok: true, injected: false };
      await injectOverlay(tabId, sender.frameId ?? 0);
      return { ok: true, injected: true };
    },

    startTour: (payload) => startTourInTab(payload, { tours, writer, injectOverlay, tabs }),

    shareLink: (payload, sender) =>
      acceptShareLink(payload, sender, { tours, raiseNotice: writer.raiseNotice, now }),

    dismissNotice: async ({ id }) => ({ ok: true, notices: await writer.dismissNotice(id) }),

    importProgress: async (payload) => {
      // Checked again against the tours this version has (a current step must exist).
      const { state, problems } = parseProgressState(payload, stepIds);
      if (problems.length > 0) return { ok: false, error: 'invalidProgress' };
      return { ok: true, state: await writer.replace(state) };
    },
  };
}
