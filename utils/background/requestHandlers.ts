import type { TourDefinition } from '@/tours/types';
import { mixpanelHostOf } from '../hosts';
import type { RequestHandlers } from '../messaging';
import type { Policy } from '../policy';
import { parseProgressState } from '../progress/parseProgress';
import { ALL_TOURS } from '../progress/resetUndo';
import { activeTourId } from '../progress/tourProgress';
import type { TourStepIds } from '../progress/types';
import type { Translate } from '../shareLink';
import { acceptShareLink } from './acceptShareLink';
import type { InjectOverlay } from './overlayInjector';
import type { ProgressWriter } from './progressWriter';
import { createSerialQueue } from './serialQueue';
import { answerShareLink, isSignInPage, settleShareLink, type ShareLinkDeps } from './settleShareLink';
import { startTourInTab, type TabsApi } from './startTourInTab';
import { createPlacesKeeper } from './placesKeeper';
import { checkPageInTab } from './checkPage';
import { createNotFoundLog } from './notFoundLog';
import type { ScriptingApi } from './overlayInjector';

export interface RequestHandlerDeps {
  tours: readonly TourDefinition[];
  stepIds: TourStepIds;
  writer: ProgressWriter;
  injectOverlay: InjectOverlay;
  now: () => number;
  readPolicy: () => Promise<Policy>;
  translate: Translate;
  tabs?: TabsApi;
  /** For the page check (the overlay has its own injector). */
  scripting?: ScriptingApi;
}

/** What the background answers. Payloads arrive validated by `onRequest`. */
export function createRequestHandlers(deps: RequestHandlerDeps): RequestHandlers {
  const { tours, stepIds, writer, injectOverlay, now, readPolicy, translate, tabs, scripting } = deps;
  // Taking in, using and answering a share link each read then write it: one at a time.
  const linkQueue = createSerialQueue();
  const linkDeps: ShareLinkDeps = { writer, stepIds, policy: readPolicy, now };
  const places = createPlacesKeeper();
  const notFoundLog = createNotFoundLog();

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
      // A sign-in page is on the way to somewhere else: no tour there, and a waiting link waits on.
      if (isSignInPage(sender.url ?? sender.tab?.url)) return { ok: true, injected: false };
      const offer = await linkQueue(() => settleShareLink(linkDeps));
      // Idle pages stay idle: the overlay only loads while a tour runs or a share link needs an answer.
      if (offer === null && activeTourId(await writer.read()) === null) return { ok: true, injected: false };
      await injectOverlay(tabId, sender.frameId ?? 0);
      return { ok: true, injected: true };
    },

    startTour: async (payload) => {
      const learned = await places.read();
      return startTourInTab(payload, {
        tours,
        writer,
        injectOverlay,
        tabs,
        lastHost: learned.lastHost,
        places: learned,
      });
    },

    shareLink: (payload, sender) =>
      linkQueue(async () =>
        acceptShareLink(payload, sender, { tours, policy: await readPolicy(), now, translate }),
      ),

    shareLinkOffer: async (_payload, sender) => {
      if (sender.tab?.id === undefined) return { ok: false, error: 'noTab' };
      if (isSignInPage(sender.url ?? sender.tab.url)) return { ok: true, offer: null };
      return { ok: true, offer: await linkQueue(() => settleShareLink(linkDeps)) };
    },

    answerShareLink: (payload) => linkQueue(() => answerShareLink(payload, linkDeps)),

    undoReset: async ({ tourId }) => {
      if (tourId !== undefined && !stepIds.has(tourId)) return { ok: false, error: 'unknownTour' };
      const { state, changed } = await writer.undoReset(tourId ?? ALL_TOURS);
      return changed ? { ok: true, state } : { ok: false, error: 'nothingToUndo' };
    },

    getPolicy: async () => ({ ok: true, policy: await readPolicy() }),

    dismissNotice: async ({ id }) => ({ ok: true, notices: await writer.dismissNotice(id) }),

    importProgress: async (payload) => {
      // Checked again against the tours this version has (a current step must exist).
      const { state, problems } = parseProgressState(payload, stepIds);
      if (problems.length > 0) return { ok: false, error: 'invalidProgress' };
      return { ok: true, state: await writer.replace(state) };
    },

    learnPlace: async (payload, sender) => {
      const host = mixpanelHostOf(sender.url ?? sender.tab?.url);
      if (!host) return { ok: false, error: 'notMixpanel' };
      return { ok: true, places: await places.learn(host, payload) };
    },

    getLearnedPlaces: async () => ({ ok: true, places: await places.read() }),

    notFound: async ({ tourId, stepId, strategies }) => {
      if (!stepIds.get(tourId)?.includes(stepId)) return { ok: false, error: 'unknownStep' };
      await notFoundLog.record({ tourId, stepId, strategies, at: now() });
      return { ok: true };
    },

    checkPage: (_payload, sender) =>
      checkPageInTab(sender, {
        tours,
        ...(scripting ? { scripting } : {}),
        ...(tabs ? { tabs } : {}),
        readEvents: notFoundLog.read,
        now,
      }),
  };
}
