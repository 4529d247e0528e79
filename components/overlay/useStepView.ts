import { useEffect, useState } from 'react';
import type { TourStep } from '@/tours/types';
import { startStepSession, type StepView } from '@/utils/overlay/stepSession';

const SEARCHING: StepView = { kind: 'searching' };

/** Runs the step on the page while the component is mounted and returns what to show for it. */
export function useStepView(
  step: TourStep | undefined,
  onComplete: (stepId: string) => void,
): { view: StepView; popups: readonly Element[] } {
  // State is kept with the step it belongs to, so a new step starts from "searching" without a reset.
  const [seen, setSeen] = useState<{ step?: TourStep; view: StepView; popups: readonly Element[] }>({
    view: SEARCHING,
    popups: [],
  });
  useEffect(() => {
    if (!step) return;
    return startStepSession({
      step,
      onView: (view) => setSeen((prev) => ({ step, view, popups: prev.step === step ? prev.popups : [] })),
      onPopups: (popups) =>
        setSeen((prev) => ({ step, view: prev.step === step ? prev.view : SEARCHING, popups })),
      onComplete: () => onComplete(step.id),
    });
  }, [step, onComplete]);
  return seen.step === step ? seen : { view: SEARCHING, popups: [] };
}
