import type { TourDefinition } from '@/tours/types';
import { mixpanelHostOf } from '../hosts';
import type { MessageSender, RequestHandlers } from '../messaging';
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
import { createTimingsKeeper } from './timingsKeeper';
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
  const timings = createTimingsKeeper();

  /** Timings are a trainer's extra: failing to keep one never fails the user's command. */
  const keepTimings = (task: () => Promise<unknown>): Promise<void> =>
    task().then(
      () => undefined,
      (error: unknown) => console.error('[invite-guide] background: could not keep the step timings', error),
    );

  /**
   * Uses a waiting link (applied, or its question handed to the overlay) and injects the overlay while a
   * tour runs or a question waits; idle pages stay idle. A sign-in page is on the way to somewhere else:
   * no tour there, and a waiting link waits on. Returns whether it injected.
   */
  const showTour = async (sender: MessageSender, tabId: number): Promise<boolean | 'signIn'> => {
    if (isSignInPage(sender.url ?? sender.tab?.url)) return 'signIn';
    const question = await linkQueue(() => settleShareLink(linkDeps));
    if (question === null && activeTourId(await writer.read()) === null) return false;
    await injectOverlay(tabId, sender.frameId ?? 0, question ?? undefined);
    return true;
  };
  const notFoundLog = createNotFoundLog();

  return {
    command: async (command) => {
      if (command.type !== 'resetAll' && !stepIds.has(command.tourId))
        return { ok: false, error: 'unknownTour' };
      const { state, changed } = await writer.apply(command);
      // A reset clears the tour's timings even when its progress was already empty.
      if (changed || command.type === 'reset' || command.type === 'resetAll')
        await keepTimings(() => timings.afterCommand(command, state));
      return { ok: true, state, changed };
    },

    getProgress: async () => ({ ok: true, state: await writer.read() }),

    ensureOverlay: async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'noTab' };
      // A link that waited (e.g. through a sign-in on another host) is used on the first page after it.
      return { ok: true, injected: (await showTour(sender, tabId)) === true };
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

    shareLink: async (payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'noTab' };
      const policy = await readPolicy();
      const accepted = await linkQueue(() =>
        acceptShareLink(payload, sender, { tours, policy, now, translate }),
      );
      // Used, refused or ignored: the page shows the tour as any page would (a running one stays).
      const shown = await showTour(sender, tabId);
      if (!accepted.ok || accepted.outcome !== 'waits') return accepted;
      return shown === 'signIn' ? accepted : { ok: true, outcome: 'used' };
    },

    answerShareLink: (payload) => linkQueue(() => answerShareLink(payload, linkDeps)),

    undoReset: async ({ tourId }) => {
      if (tourId !== undefined && !stepIds.has(tourId)) return { ok: false, error: 'unknownTour' };
      const { state, changed } = await writer.undoReset(tourId ?? ALL_TOURS);
      let timingsBack = false;
      await keepTimings(async () => {
        timingsBack = await timings.undoReset(tourId ?? ALL_TOURS);
      });
      return changed || timingsBack ? { ok: true, state } : { ok: false, error: 'nothingToUndo' };
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

    stepShown: async ({ tourId, stepId }) => {
      const ids = stepIds.get(tourId);
      if (!ids) return { ok: false, error: 'unknownTour' };
      if (!ids.includes(stepId)) return { ok: false, error: 'unknownStep' };
      const tour = (await writer.read()).tours[tourId];
      if (tour?.status !== 'in_progress' || tour.startedAt === null) return { ok: true, recorded: false };
      const { startedAt } = tour;
      await timings.stepShown(tourId, stepId, startedAt, now());
      return { ok: true, recorded: true };
    },

    getStepTimings: async () => ({ ok: true, timings: await timings.read() }),

    importStepTimings: async (payload) => ({ ok: true, timings: await timings.replace(payload) }),
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
