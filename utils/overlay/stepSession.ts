import type { Target, TourStep } from '@/tours/types';
import {
  deepQueryAll,
  getRole,
  locateTarget,
  observeComposedTree,
  resolvePlatform,
  type LocatorPlatform,
  type StrategyMiss,
} from '@/utils/locator';
import { currentAppPath } from './appPath';
import { editableOf, hasChosenValue, isDisabledControl, isValidEmail } from './fieldState';

/** The overlay's own host element: never a target, and its repositioning is not a page change. */
export const OVERLAY_HOST_TAG = 'invite-guide-overlay';
const isOverlay = (element: Element) => element.localName === OVERLAY_HOST_TAG;
/** Pop-ups the user opens while doing a step (drop-down lists, menus): the card must not cover them. */
const POPUP_ROLES = new Set(['listbox', 'menu', 'tooltip']);

/** What the overlay should show for the step, as the page stands now. */
export type StepView =
  | { kind: 'searching' }
  | { kind: 'anchored'; element: Element }
  | { kind: 'wrongPage' }
  /** `misses` says which strategy failed and why, for diagnostics. */
  | { kind: 'notFound'; misses: readonly StrategyMiss[] };

export interface StepSessionOptions {
  step: TourStep;
  onView: (view: StepView) => void;
  /** The user did the step's real action. Called once per session. */
  onComplete: () => void;
  /** The drop-down lists and menus open on the page, whenever that set changes. */
  onPopups?: (popups: readonly Element[]) => void;
  /** How long to look for a missing target before showing the fallback card. */
  notFoundAfterMs?: number;
  window?: Window;
  /** Visibility and frame scheduling; tests without layout pass their own. @default the window's */
  platform?: Partial<LocatorPlatform>;
}

/**
 * Runs one step on the page: finds its target (waiting for it, following re-renders), tells where the
 * user is, and watches for the real action that completes it. Everything is driven by one observer of
 * the composed tree plus navigation and input events, batched to animation frames; no polling.
 * Returns one cleanup that removes every listener, observer and timer.
 */
export function startStepSession({
  step,
  onView,
  onComplete,
  onPopups,
  notFoundAfterMs = 4000,
  window: win = window,
  platform: platformOverrides,
}: StepSessionOptions): () => void {
  const doc = win.document;
  const platform = resolvePlatform({
    requestAnimationFrame: (callback) => win.requestAnimationFrame(() => callback()),
    cancelAnimationFrame: (handle) => win.cancelAnimationFrame(handle),
    ...platformOverrides,
  });
  const locate = (target: Target) => locateTarget(target, { root: doc, ignore: isOverlay, platform });
  const find = (target: Target) => locate(target).element;
  const pagePattern = new RegExp(step.page.path);
  const routes = step.completeOn.flatMap((c) => (c.kind === 'route' ? [new RegExp(c.path)] : []));
  const cleanups: (() => void)[] = [];
  let current: Element | null = null;
  let lastView: StepView | null = null;
  let missingSince: number | null = null;
  let notFoundTimer: ReturnType<typeof setTimeout> | undefined;
  let completed = false;
  let frame = 0;
  let popups: readonly Element[] = [];

  const complete = () => {
    if (completed) return;
    completed = true;
    onComplete();
  };

  const show = (view: StepView) => {
    const same =
      lastView?.kind === view.kind &&
      (view.kind !== 'anchored' || (lastView.kind === 'anchored' && lastView.element === view.element));
    if (same) return;
    lastView = view;
    onView(view);
  };

  const conditionsMet = (element: Element | null): boolean =>
    step.completeOn.some((condition) => {
      switch (condition.kind) {
        case 'route':
          return false; // checked before the page test, below
        case 'present':
          return find(condition.target) !== null;
        case 'validEmail': {
          const field = element && editableOf(element);
          return !!field && isValidEmail(field.value);
        }
        case 'fieldsChosen':
          return condition.fields.every((field) => {
            const el = find(field.target);
            return el !== null && hasChosenValue(el, field.placeholder);
          });
        case 'click':
        case 'acknowledge':
          return false;
      }
    });

  const reportPopups = () => {
    if (!onPopups) return;
    const open = deepQueryAll(doc, (el) => POPUP_ROLES.has(getRole(el) ?? '') && platform.isVisible(el), {
      ignore: isOverlay,
    });
    if (open.length === popups.length && open.every((el, i) => el === popups[i])) return;
    popups = open;
    onPopups(open);
  };

  const evaluate = () => {
    frame = 0;
    reportPopups();
    const path = currentAppPath(win.location);
    // Only the page the user is looking at completes steps by its state: a background tab (or one kept
    // in the back/forward cache) that happens to show Users & Teams must not skip steps for another tab.
    const watched = doc.visibilityState === 'visible';
    if (watched && routes.some((route) => route.test(path))) return complete();
    if (!pagePattern.test(path)) {
      current = null;
      missingSince = null;
      clearTimeout(notFoundTimer);
      return show({ kind: 'wrongPage' });
    }
    current = find(step.target);
    if (watched && conditionsMet(current)) complete();
    if (current) {
      missingSince = null;
      clearTimeout(notFoundTimer);
      return show({ kind: 'anchored', element: current });
    }
    if (missingSince === null) {
      missingSince = Date.now();
      notFoundTimer = setTimeout(() => {
        const result = locate(step.target);
        if (result.element) return schedule();
        console.info(`overlay: step "${step.id}" target not found`, result.misses);
        show({ kind: 'notFound', misses: result.misses });
      }, notFoundAfterMs);
    }
    if (lastView?.kind !== 'notFound') show({ kind: 'searching' });
  };

  const schedule = () => {
    if (!frame) frame = platform.requestAnimationFrame(evaluate);
  };

  const listen = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void) => {
    win.addEventListener(type, handler, { capture: true });
    cleanups.push(() => win.removeEventListener(type, handler, { capture: true }));
  };

  // A click anywhere inside the target (child elements, shadow content) counts, unless it is disabled.
  if (step.completeOn.some((c) => c.kind === 'click')) {
    listen('click', (event) => {
      if (current && event.composedPath().includes(current) && !isDisabledControl(current)) complete();
    });
  }
  // Typing changes values, not the DOM: re-check on input.
  listen('input', schedule);
  listen('change', schedule);
  listen('popstate', schedule);
  listen('hashchange', schedule);
  // Mixpanel's router announces its own navigations with a "pushstate" event.
  win.addEventListener('pushstate', schedule);
  cleanups.push(() => win.removeEventListener('pushstate', schedule));
  doc.addEventListener('visibilitychange', schedule);
  cleanups.push(() => doc.removeEventListener('visibilitychange', schedule));
  // SPA navigations by pushState fire no event; the Navigation API reports them where it exists.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', schedule);
    cleanups.push(() => navigation.removeEventListener('currententrychange', schedule));
  }
  cleanups.push(
    observeComposedTree({
      root: doc,
      ignore: isOverlay,
      onChange: schedule,
      platform,
    }),
  );

  evaluate();
  return () => {
    cleanups.forEach((cleanup) => cleanup());
    clearTimeout(notFoundTimer);
    if (frame) platform.cancelAnimationFrame(frame);
  };
}
