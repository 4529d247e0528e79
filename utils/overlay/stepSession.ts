import type { TourDefinition, TourStep } from '@/tours/types';
import { beginStep, decideStep, pressTarget, resumeIndex, startGuiding } from '@/utils/engine/decideStep';
import type { StepMemory, StepReading, StepView } from '@/utils/engine/stepFacts';
import {
  changeMayMatter,
  deepQueryAll,
  getRole,
  locateTarget,
  observeComposedTree,
  resolvePlatform,
  strategiesIn,
  type LocatorPlatform,
  type StrategyMiss,
} from '@/utils/locator';
import { currentAppPath } from './appPath';
import { editableOf } from './fieldState';
import { locateWith, readStep, stepShownDone, typedAddresses, type PageLens } from './readStep';
import { isValidEmail } from '@/utils/email';

export type { StepView } from '@/utils/engine/stepFacts';

/** The overlay's own host element: never a target, and its repositioning is not a page change. */
export const OVERLAY_HOST_TAG = 'invite-guide-overlay';
const isOverlay = (element: Element) => element.localName === OVERLAY_HOST_TAG;
/** Pop-ups the user opens while doing a step (drop-down lists, menus): the card must not cover them. */
const POPUP_ROLES = new Set(['listbox', 'menu', 'tooltip']);

/** What the overlay remembers for the whole tour in this tab: never stored, never sent. */
export interface TabMemory {
  /** Addresses typed into the invite form (lower case), to recognise the invitee's row later. */
  invitees: Set<string>;
  /**
   * A press on the next step's target made while a step that only asks to look (Review) was shown: the
   * user skipped ahead. The next step begins with that press (a submission in flight), not without it.
   */
  carried?: { stepId: string; memory: StepMemory; done: boolean };
}

export const createTabMemory = (): TabMemory => ({ invitees: new Set() });

export interface StepSessionOptions {
  tour: TourDefinition;
  stepIndex: number;
  /** The step is already recorded as done: it completes again only when its outcome newly appears. */
  alreadyDone: boolean;
  /** Whether another step of the tour is recorded as done (to know where to resume). */
  isDone: (stepId: string) => boolean;
  memory: TabMemory;
  onView: (view: StepView) => void;
  /** The page shows the step's outcome. Called once per session. */
  onComplete: () => void;
  /** What the step needs came back (the form was opened again): go on at this step index. */
  onResume?: (stepIndex: number) => void;
  /** The step's page was proven by its landmarks at this path (to learn the app's real addresses). */
  onPageProven?: (pageKey: string, path: string) => void;
  /**
   * The step's target was not found (the fallback card shows): the strategies that missed. Called at
   * most once per session, i.e. once per step shown on a page, however often the card comes and goes.
   */
  onNotFound?: (misses: readonly StrategyMiss[]) => void;
  /** The drop-down lists and menus open on the page, whenever that set changes. */
  onPopups?: (popups: readonly Element[]) => void;
  /** How long to look for a missing target or page before showing the fallback card. */
  notFoundAfterMs?: number;
  window?: Window;
  /** Visibility and frame scheduling; tests without layout pass their own. @default the window's */
  platform?: Partial<LocatorPlatform>;
}

export interface StepSession {
  /** "Take me there": point at the app's own controls until the step's page is on screen. */
  guide(): void;
  /** Removes every listener, observer and timer. */
  stop(): void;
}

/**
 * Runs one step on the page: reads the page (`readStep`) whenever it changes, lets the engine decide
 * (`decideStep`) and reports the card to show and the step's completion. One observer of the composed
 * tree plus navigation and input events, batched to animation frames; a timer only for the not-found wait.
 */
export function startStepSession(options: StepSessionOptions): StepSession {
  const { tour, stepIndex, memory: tab, onView, onComplete, onPopups, notFoundAfterMs = 4000 } = options;
  const step = tour.steps[stepIndex];
  if (!step) throw new Error(`stepSession: tour "${tour.id}" has no step ${stepIndex}`);
  const win = options.window ?? window;
  const doc = win.document;
  const platform = resolvePlatform({
    requestAnimationFrame: (callback) => win.requestAnimationFrame(() => callback()),
    cancelAnimationFrame: (handle) => win.cancelAnimationFrame(handle),
    ...options.platform,
  });
  const lens: PageLens = {
    root: doc,
    platform,
    ignore: isOverlay,
    path: () => currentAppPath(win.location),
    watched: () => doc.visibilityState === 'visible',
  };
  const cleanups: (() => void)[] = [];
  let memory: StepMemory = beginStep(options.alreadyDone);
  const carried = tab.carried?.stepId === step.id ? tab.carried : undefined;
  if (carried) memory = { ...carried.memory, armed: true };
  delete tab.carried;
  // A step that only asks to look is done too when the user goes on with the next step's own control.
  const lookOnly = step.completeOn.every((c) => c.kind === 'acknowledge');
  const next = lookOnly ? tour.steps[stepIndex + 1] : undefined;
  let reading: StepReading | null = null;
  let lastView: StepView | null = null;
  let completed = false;
  let resumed = false;
  let proven = '';
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let popups: readonly Element[] = [];
  let reportedNotFound = false;

  /** Whether the view changed. */
  const show = (view: StepView): boolean => {
    if (lastView && sameView(lastView, view)) return false;
    lastView = view;
    if (view.kind === 'notFound' && !reportedNotFound && view.misses.length > 0) {
      reportedNotFound = true;
      options.onNotFound?.(view.misses);
    }
    onView(view);
    return true;
  };

  const rememberTyped = () => {
    const field = reading?.target && editableOf(reading.target);
    if (field && isValidEmail(field.value)) tab.invitees.add(field.value.trim().toLowerCase());
  };

  /** Reads the page and acts on it; returns whether anything the user sees, or the step, changed. */
  const evaluate = (): boolean => {
    frame = 0;
    clearTimeout(timer);
    const popupsChanged = reportPopups();
    reading = readStep(
      lens,
      tour,
      step,
      memory.guiding || lastView?.kind === 'wrongPage',
      memory.submission?.choice ?? null,
    );
    const now = Date.now();
    const decision = decideStep({
      tour,
      step,
      reading,
      memory,
      invitees: tab.invitees,
      now,
      notFoundAfterMs,
    });
    memory = decision.memory;
    if (step.page && reading.watched && reading.pagesHere.has(step.page) && proven !== reading.path) {
      proven = reading.path;
      options.onPageProven?.(step.page, reading.path);
    }
    if (decision.complete && !completed) {
      completed = true;
      rememberTyped();
      onComplete();
    }
    if (decision.resume && !resumed) {
      const index = resumeIndex(
        tour,
        stepIndex,
        (s) =>
          stepShownDone(lens, tour, s) ||
          (s.completeOn.every((c) => c.kind === 'acknowledge') && options.isDone(s.id)),
      );
      if (index !== stepIndex) {
        resumed = true;
        options.onResume?.(index);
      }
    }
    const viewChanged = show(decision.view);
    // Waits end by time, not by a page change: look again when one is due.
    const due = [memory.missingSince, memory.submission?.at]
      .filter((t): t is number => t !== null && t !== undefined)
      .map((t) => t + notFoundAfterMs - now)
      .filter((ms) => ms > 0);
    if (due.length) timer = setTimeout(schedule, Math.min(...due) + 5);
    // Completing or resuming ends this session; a target found or lost changes the view.
    return popupsChanged || viewChanged;
  };

  const schedule = () => {
    if (!frame) frame = platform.requestAnimationFrame(evaluate);
  };

  /** Tells `onPopups` the open drop-downs and menus when they changed; returns whether they did. */
  const reportPopups = (): boolean => {
    if (!onPopups) return false;
    const open = deepQueryAll(doc, (el) => POPUP_ROLES.has(getRole(el) ?? '') && platform.isVisible(el), {
      ignore: isOverlay,
    });
    if (open.length === popups.length && open.every((el, i) => el === popups[i])) return false;
    popups = open;
    onPopups(open);
    return true;
  };

  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, capture = true) => {
    target.addEventListener(type, handler, { capture });
    cleanups.push(() => target.removeEventListener(type, handler, { capture }));
  };

  const rememberInvitees = (of: TourStep) => {
    const sent = of.completeOn.find((c) => c.kind === 'sent');
    const dialog = sent && sent.kind === 'sent' ? locateWith(lens, sent.dialog).element : null;
    if (dialog) typedAddresses(lens, dialog).forEach((address) => tab.invitees.add(address));
  };

  /** The next step's target pressed while this look-only step is shown: both go on from that press. */
  const pressedAhead = (event: Event): boolean => {
    if (!next || completed) return false;
    const ahead = readStep(lens, tour, next, false);
    if (!ahead.target || !event.composedPath().includes(ahead.target) || !ahead.watched) return false;
    const pressed = pressTarget(next, ahead, beginStep(false), Date.now());
    if (ahead.targetDisabled) return false;
    if (ahead.dialogOpen) rememberInvitees(next);
    tab.carried = { stepId: next.id, memory: pressed.memory, done: pressed.clicked };
    completed = true;
    onComplete();
    return true;
  };

  // A press anywhere inside the target (child elements, shadow content) counts, unless it is disabled.
  listen(win, 'click', (event) => {
    if (pressedAhead(event)) return;
    const target = reading?.target;
    if (!target || !event.composedPath().includes(target)) return;
    const fresh = readStep(lens, tour, step, false);
    if (fresh.dialogOpen) rememberInvitees(step);
    const pressed = pressTarget(step, fresh, memory, Date.now());
    memory = pressed.memory;
    if (pressed.clicked && fresh.watched && !completed) {
      completed = true;
      onComplete();
      return;
    }
    schedule();
  });
  // Typing changes values, not the DOM: look again on input.
  for (const type of ['input', 'change', 'popstate', 'hashchange']) listen(win, type, schedule);
  // Mixpanel's router announces its own navigations with a "pushstate" event.
  listen(win, 'pushstate', schedule, false);
  listen(doc, 'visibilitychange', schedule, false);
  // SPA navigations by pushState fire no event; the Navigation API reports them where it exists.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) listen(navigation, 'currententrychange', schedule, false);
  // The observer already batches to a frame: evaluate in that frame, not one later.
  const evaluateNow = (): boolean => {
    if (frame) platform.cancelAnimationFrame(frame);
    return evaluate();
  };
  // The target arriving with new elements (a dialog opening) is read at once, before the page paints,
  // so its card is placed in the same frame. Only the added subtrees are searched: cheap on busy pages.
  const targetAdded = (elements: readonly Element[]) => {
    if (reading?.target?.isConnected) return;
    const options = { ignore: isOverlay, platform };
    if (elements.some((root) => locateTarget(step.target, { ...options, root }).element)) void evaluateNow();
  };
  // Changes where nothing the reading looks at can be (a ticker, a chart) are not read for. Besides the
  // tour's texts, the reading looks for addresses in listed rows and for the remembered choice.
  const listsRows = step.completeOn.some((c) => c.kind === 'listed' || (c.kind === 'sent' && c.listed));
  const matters = changeMayMatter(strategiesIn(tour), () => [
    listsRows ? '@' : '',
    memory.submission?.choice ?? '',
    reading?.choiceValue ?? '',
  ]);
  cleanups.push(
    observeComposedTree({
      root: doc,
      ignore: isOverlay,
      onChange: evaluateNow,
      onAdded: targetAdded,
      matters,
      platform,
    }),
  );

  if (carried?.done) {
    completed = true;
    onComplete();
  } else evaluate();
  return {
    guide() {
      memory = startGuiding(memory);
      schedule();
    },
    stop() {
      cleanups.forEach((cleanup) => cleanup());
      clearTimeout(timer);
      if (frame) platform.cancelAnimationFrame(frame);
    },
  };
}

function sameView(a: StepView, b: StepView): boolean {
  if (a.kind !== b.kind) return false;
  const elementOf = (v: StepView) => ('element' in v ? v.element : undefined);
  if (elementOf(a) !== elementOf(b)) return false;
  if (a.kind === 'sendFailed' && b.kind === 'sendFailed') return a.error === b.error;
  if (a.kind === 'confirming' && b.kind === 'confirming') return a.waitedTooLong === b.waitedTooLong;
  if (a.kind === 'guiding' && b.kind === 'guiding') return a.hintKey === b.hintKey;
  return true;
}
