import type { TourDefinition } from '@/tours/types';
import { doneCount } from '@/utils/progress/tourProgress';
import type { TourProgress, TourStatus } from '@/utils/progress/types';

export type StepState = 'done' | 'current' | 'todo';

/** What the popup's main button does for a tour in this state. */
export type PrimaryAction = 'start' | 'resume' | 'restart';

export interface StepView {
  index: number;
  id: string;
  titleKey: string;
  state: StepState;
  /** Epoch ms when it was done, or null. */
  doneAt: number | null;
}

export interface TourView {
  status: TourStatus;
  doneCount: number;
  stepCount: number;
  steps: StepView[];
  /** The step the user is on (tour running or paused), or null when there is none. */
  currentIndex: number | null;
  primary: PrimaryAction;
  /** The step the main button leads to. */
  targetIndex: number;
}

/**
 * How the extension pages present a tour's progress. Pure: the popup and options page render it, tests
 * check it without a browser.
 */
export function tourViewOf(tour: TourDefinition, progress: TourProgress): TourView {
  const stepIds = tour.steps.map((step) => step.id);
  const last = Math.max(stepIds.length - 1, 0);
  const onAStep = progress.status === 'in_progress' || progress.status === 'dismissed';
  const currentIndex = onAStep ? Math.min(Math.max(progress.currentStep, 0), last) : null;
  const done = doneCount(progress, stepIds);
  const steps = tour.steps.map((step, index): StepView => {
    const doneAt = Object.hasOwn(progress.done, step.id) ? (progress.done[step.id] ?? null) : null;
    const state: StepState = index === currentIndex ? 'current' : doneAt !== null ? 'done' : 'todo';
    return { index, id: step.id, titleKey: step.titleKey, state, doneAt };
  });
  return {
    status: progress.status,
    doneCount: done,
    stepCount: stepIds.length,
    steps,
    currentIndex,
    primary: primaryActionOf(progress, done),
    targetIndex: currentIndex ?? (progress.status === 'completed' ? 0 : firstToDo(steps)),
  };
}

function primaryActionOf(progress: TourProgress, done: number): PrimaryAction {
  switch (progress.status) {
    case 'completed':
      return 'restart';
    case 'in_progress':
      return 'resume';
    case 'dismissed':
      // A tour closed at its very first step with nothing done is, for the user, not begun.
      return done > 0 || progress.currentStep > 0 ? 'resume' : 'start';
    case 'not_started':
      return 'start';
  }
}

function firstToDo(steps: readonly StepView[]): number {
  return steps.find((step) => step.doneAt === null)?.index ?? 0;
}
