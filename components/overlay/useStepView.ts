import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TourDefinition } from '@/tours/types';
import type { StrategyMiss } from '@/utils/locator';
import type { TourProgress } from '@/utils/progress/types';
import {
  startStepSession,
  type StepSession,
  type StepView,
  type TabMemory,
} from '@/utils/overlay/stepSession';

const SEARCHING: StepView = { kind: 'searching' };

export interface StepViewHandlers {
  onComplete: (stepId: string) => void;
  onResume: (stepIndex: number) => void;
  onPageProven: (pageKey: string, path: string) => void;
  /** The step's target was not found: the strategies that missed (once per step shown). */
  onNotFound?: (stepId: string, misses: readonly StrategyMiss[]) => void;
}

/**
 * Runs the step on the page while the component is mounted: what to show for it, the pop-ups open on
 * the page, and `guide` for "Take me there".
 */
export function useStepView(
  tour: TourDefinition,
  index: number,
  progress: TourProgress,
  memory: TabMemory,
  handlers: StepViewHandlers,
): { view: StepView; popups: readonly Element[]; guide: () => void } {
  const step = tour.steps[index];
  // State is kept with the step it belongs to, so a new step starts from "searching" without a reset.
  const [seen, setSeen] = useState<{ step?: unknown; view: StepView; popups: readonly Element[] }>({
    view: SEARCHING,
    popups: [],
  });
  const session = useRef<StepSession | null>(null);
  // Read through refs: a change of progress or handlers must not restart the step's watch on the page.
  const latest = useRef({ progress, handlers });
  useLayoutEffect(() => {
    latest.current = { progress, handlers };
  });
  const alreadyDone = step ? Object.hasOwn(progress.done, step.id) : false;

  // A layout effect: the watch starts in the commit that shows the step. A passive effect waits for a
  // painted frame, and while a page loads frames come late: the target could be on the page, unread.
  useLayoutEffect(() => {
    if (!step) return;
    // After its first reading (made here, inside the effect), the session reports from the page's
    // events and frames: those views are rendered at once, so the card is placed before the next paint.
    let live = false;
    const now = (update: () => void) => (live ? flushSync(update) : update());
    const started = startStepSession({
      tour,
      stepIndex: index,
      alreadyDone,
      isDone: (stepId) => Object.hasOwn(latest.current.progress.done, stepId),
      memory,
      onView: (view) =>
        now(() => setSeen((prev) => ({ step, view, popups: prev.step === step ? prev.popups : [] }))),
      onPopups: (popups) =>
        now(() => setSeen((prev) => ({ step, view: prev.step === step ? prev.view : SEARCHING, popups }))),
      onComplete: () => latest.current.handlers.onComplete(step.id),
      onResume: (stepIndex) => latest.current.handlers.onResume(stepIndex),
      onPageProven: (pageKey, path) => latest.current.handlers.onPageProven(pageKey, path),
      onNotFound: (misses) => latest.current.handlers.onNotFound?.(step.id, misses),
    });
    session.current = started;
    live = true;
    return () => {
      started.stop();
      session.current = null;
    };
    // `alreadyDone` is read when the step begins: completing it must not restart the watch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tour, index, step, memory]);
  const current = seen.step === step ? seen : { view: SEARCHING, popups: [] };
  return { ...current, guide: () => session.current?.guide() };
}
