import type { Completion, TourDefinition, TourStep } from '@/tours/types';
import {
  FRESH_MEMORY,
  type StepDecision,
  type StepMemory,
  type StepReading,
  type StepView,
} from './stepFacts';

export interface DecideStepInput<E> {
  tour: TourDefinition;
  step: TourStep;
  reading: StepReading<E>;
  memory: StepMemory;
  /** Addresses typed in this tab during the tour (lower case), for `listed`. Memory only. */
  invitees: ReadonlySet<string>;
  now: number;
  /** How long a missing target or page is waited for before the fallback card. */
  notFoundAfterMs: number;
}

// Words of an error or a refusal, in whatever the app's wording is. Anything else in a live region that
// appears after a submission is taken as the app's confirmation.
const ERROR_WORDS =
  /\b(error|fail(ed|ure|s)?|couldn['’]?t|could not|can['’]?t|cannot|unable|invalid|not valid|too many|limit(ed)?|try again|denied|not allowed|problem)\b/i;
const RATE_LIMIT_WORDS = /\b(too many|rate.?limit(ed)?|limit(ed)?|per hour|an hour|later)\b/i;

export const isErrorText = (text: string): boolean => ERROR_WORDS.test(text);
export const isRateLimitText = (text: string): boolean => RATE_LIMIT_WORDS.test(text);

const sentOf = (step: TourStep) =>
  step.completeOn.find((c): c is Extract<Completion, { kind: 'sent' }> => c.kind === 'sent');
const listedOf = (step: TourStep) =>
  step.completeOn.find((c): c is Extract<Completion, { kind: 'listed' }> => c.kind === 'listed');

/**
 * The engine's decision for one step, from what the page shows: which card, and whether the step is
 * done. Pure: the DOM adapter gathers `reading`, keeps `memory` between calls and acts on the result.
 *
 * - A step is on its page when one of the page's landmarks, the step's target or its precondition is on
 *   screen, whatever the address. The wrong-page card needs none of them there, after the same wait as
 *   "not found"; the address only picks between the two.
 * - Done means the outcome is on screen (the page was reached, the field holds an address, the app
 *   confirmed the invitation, the invitee is listed), in the tab the user is looking at.
 */
export function decideStep<E>(input: DecideStepInput<E>): StepDecision<E> {
  const { step, tour, reading, now } = input;
  let memory = input.memory;
  const page = step.page === undefined ? undefined : tour.pages[step.page];
  const pageHere = step.page === undefined || reading.pagesHere.has(step.page);
  const sent = sentOf(step);

  // --- outcome ---
  const outcome = outcomeOf(input, memory);
  memory = outcome.memory;
  const satisfied = reading.stateSatisfied || outcome.done;
  // A step shown again after it was done waits for its outcome to appear anew.
  if (!satisfied && !memory.armed) memory = { ...memory, armed: true };
  const complete = reading.watched && satisfied && memory.armed;
  const result = (view: StepView<E>, resume = false): StepDecision<E> => ({ view, complete, resume, memory });

  // --- guiding towards the step's page ---
  if (memory.guiding) {
    if (pageHere || reading.target) memory = { ...memory, guiding: false, missingSince: null };
    else {
      if (reading.waypoint) {
        memory = { ...memory, missingSince: null };
        return result({ kind: 'guiding', ...reading.waypoint, pageKey: page?.nameKey ?? '' });
      }
      memory = startWaiting(memory, now);
      return result(
        waitedEnough(memory, input) ? { kind: 'noWay', pageKey: page?.nameKey ?? '' } : { kind: 'searching' },
      );
    }
  }

  // --- a submission in flight (`sent`) ---
  const submission = sent ? memory.submission : null;
  if (submission) {
    const error = memory.sendError;
    if (reading.dialogOpen && submission.refusedAfterClose) {
      // The form was opened again after a refusal: start over in it (see the precondition below).
      memory = { ...memory, submission: null, sendError: null, requiresLost: true };
    } else if (reading.dialogOpen) {
      if (error !== null) return result(sendFailed(reading.target, error));
      // Still sending: the card stays at the button.
    } else if (error !== null && !submission.refusedAfterClose) {
      // Closed after an error in the form (Cancel): nothing was sent; the form must be opened again.
      memory = { ...memory, submission: null, sendError: null, requiresLost: true };
    } else if (error !== null) {
      return result(sendFailed(reading.restoreTarget, error));
    } else {
      const waitedTooLong = now - submission.at >= input.notFoundAfterMs;
      return result({ kind: 'confirming', element: null, waitedTooLong });
    }
  }

  // --- the precondition (e.g. the invite form) ---
  if (step.requires) {
    if (reading.requiresMet && !memory.requiresSeen) memory = { ...memory, requiresSeen: true };
    if (!reading.requiresMet && !memory.requiresSeen && !memory.requiresLost) {
      // Not seen yet in this step: perhaps still opening. Wait as for a target before saying it is missing.
      memory = startWaiting(memory, now);
      if (!waitedEnough(memory, input)) return result({ kind: 'searching' });
    }
    if (!reading.requiresMet) {
      if (pageHere || reading.restoreTarget) {
        memory = { ...memory, requiresLost: true, missingSince: null };
        return result({
          kind: 'needs',
          element: reading.restoreTarget,
          messageKey: step.requires.messageKey,
        });
      }
    } else if (memory.requiresLost) {
      memory = { ...memory, requiresLost: false };
      if (reading.target) return result({ kind: 'anchored', element: reading.target }, true);
    }
  }

  // --- the target ---
  if (reading.target) {
    memory = { ...memory, missingSince: null };
    if (listedOf(step) && outcome.unsure) return result({ kind: 'unsure', element: reading.target });
    return result({ kind: 'anchored', element: reading.target });
  }
  memory = startWaiting(memory, now);
  if (!waitedEnough(memory, input)) return result({ kind: 'searching' });
  // No landmark either: the address only says which of the two cards fits better.
  if (pageHere || pathHinted(page?.pathHints, reading.path))
    return result({ kind: 'notFound', misses: reading.targetMisses });
  return result({ kind: 'wrongPage', pageKey: page?.nameKey ?? '', canGuide: (page?.way?.length ?? 0) > 0 });
}

function sendFailed<E>(element: E | null, error: string): StepView<E> {
  return { kind: 'sendFailed', element, error, rateLimited: isRateLimitText(error) };
}

/** The user pressed the step's target. For `sent` steps this is a submission; a disabled target is no press. */
export function pressTarget<E>(step: TourStep, reading: StepReading<E>, memory: StepMemory, now: number) {
  if (reading.targetDisabled) return { memory, clicked: false };
  const clicked = step.completeOn.some((c) => c.kind === 'click');
  if (!sentOf(step) || !reading.dialogOpen) return { memory, clicked };
  return {
    clicked,
    memory: {
      ...memory,
      submission: {
        at: now,
        liveBefore: reading.liveMessages,
        staleErrors: reading.dialogErrors,
        refusedAfterClose: false,
        choice: reading.choiceValue,
        choiceCountBefore: reading.choiceCount,
      },
      sendError: null,
    },
  };
}

/** "Take me there": guide through the app's controls until the step's page is on screen. */
export function startGuiding(memory: StepMemory): StepMemory {
  return { ...memory, guiding: true, missingSince: null };
}

/** The memory a step session begins with. A step already done waits for its outcome to appear anew. */
export function beginStep(alreadyDone: boolean): StepMemory {
  return alreadyDone ? { ...FRESH_MEMORY, armed: false } : FRESH_MEMORY;
}

/**
 * Where to resume when a precondition came back (the form was opened again): the earliest step from the
 * one after `restoredBy` up to the current one that the page does not already satisfy.
 */
export function resumeIndex(
  tour: TourDefinition,
  currentIndex: number,
  satisfiedNow: (step: TourStep, index: number) => boolean,
): number {
  const step = tour.steps[currentIndex];
  const from = step?.requires ? tour.steps.findIndex((s) => s.id === step.requires?.restoredBy) + 1 : 0;
  for (let index = Math.max(from, 0); index < currentIndex; index += 1) {
    const candidate = tour.steps[index];
    if (candidate && !satisfiedNow(candidate, index)) return index;
  }
  return currentIndex;
}

interface Outcome {
  done: boolean;
  /** `listed` rows are there but none is known to be the invitee's. */
  unsure: boolean;
  memory: StepMemory;
}

function outcomeOf<E>(input: DecideStepInput<E>, memory: StepMemory): Outcome {
  const { step, reading, invitees } = input;
  const listed = (() => {
    if (invitees.size > 0) return reading.listedAddresses.some((address) => invitees.has(address));
    return false;
  })();

  const listedCondition = listedOf(step);
  if (listedCondition) {
    if (listed) return { done: true, unsure: false, memory };
    if (invitees.size > 0) return { done: false, unsure: false, memory };
    // No address remembered (the tab was reloaded): a row that appears while the step is shown counts;
    // the rows already listed when it began may be older invitations and do not.
    const baseline = memory.baselineListed ?? reading.listedAddresses;
    if (memory.baselineListed === null) memory = { ...memory, baselineListed: baseline };
    const fresh = reading.listedAddresses.some((address) => !baseline.includes(address));
    return { done: fresh, unsure: !fresh && reading.listedAddresses.length > 0, memory };
  }

  const sent = sentOf(step);
  if (sent && memory.submission) {
    const submission = memory.submission;
    if (reading.dialogOpen) {
      // An error still shown from the previous press is not this press's outcome; once gone, any counts.
      const error = reading.dialogErrors.find((text) => !submission.staleErrors.includes(text));
      if (reading.dialogErrors.length === 0 && submission.staleErrors.length > 0)
        memory = { ...memory, submission: { ...submission, staleErrors: [] } };
      if (error !== undefined && !submission.refusedAfterClose) memory = { ...memory, sendError: error };
      return { done: false, unsure: false, memory };
    }
    if (memory.sendError !== null) return { done: false, unsure: false, memory };
    const news = reading.liveMessages.filter((text) => !submission.liveBefore.includes(text));
    const refusal = news.find(isErrorText);
    if (refusal !== undefined) {
      // The app said no in a toast after the dialog closed.
      const refused = { ...submission, refusedAfterClose: true };
      return { done: false, unsure: false, memory: { ...memory, sendError: refusal, submission: refused } };
    }
    const choiceShown = submission.choice !== null && reading.choiceCount > submission.choiceCountBefore;
    return {
      done: news.length > 0 || (sent.listed !== undefined && listed) || choiceShown,
      unsure: false,
      memory,
    };
  }
  return { done: false, unsure: false, memory };
}

function pathHinted(hints: readonly string[] | undefined, path: string): boolean {
  return (hints ?? []).some((hint) => new RegExp(hint).test(path));
}

function startWaiting(memory: StepMemory, now: number): StepMemory {
  return memory.missingSince === null ? { ...memory, missingSince: now } : memory;
}

function waitedEnough<E>(memory: StepMemory, input: DecideStepInput<E>): boolean {
  return memory.missingSince !== null && input.now - memory.missingSince >= input.notFoundAfterMs;
}
