import { isRecord } from './isRecord';
import type { ProgressCommand } from './types';

/** Ids are short kebab-case words; anything longer is not ours. */
const MAX_ID_LENGTH = 100;
/** No tour has anywhere near this many steps; it only bounds what a message may claim. */
const MAX_STEP_INDEX = 999;

/**
 * A command from a message (untrusted: any context, any shape). Returns a fresh object holding only the
 * known fields, or null when the shape is wrong. Whether the tour and step exist is the engine's business.
 */
export function parseCommand(raw: unknown): ProgressCommand | null {
  if (!isRecord(raw)) return null;
  if (raw.type === 'resetAll') return { type: 'resetAll' };
  const tourId = raw.tourId;
  if (!isId(tourId)) return null;
  switch (raw.type) {
    case 'start':
      if (raw.step === undefined) return { type: 'start', tourId };
      return isStepIndex(raw.step) ? { type: 'start', tourId, step: raw.step } : null;
    case 'goTo':
      return isStepIndex(raw.step) ? { type: 'goTo', tourId, step: raw.step } : null;
    case 'completeStep':
      if (!isId(raw.stepId)) return null;
      // "I've done this" on the card: kept so that the step timings can tell it from the page's proof.
      if (raw.byHand === true) return { type: 'completeStep', tourId, stepId: raw.stepId, byHand: true };
      return raw.byHand === undefined ? { type: 'completeStep', tourId, stepId: raw.stepId } : null;
    case 'resetStep':
      return isId(raw.stepId) ? { type: raw.type, tourId, stepId: raw.stepId } : null;
    case 'restart':
    case 'next':
    case 'back':
    case 'dismiss':
    case 'reset':
      return { type: raw.type, tourId };
    default:
      return null;
  }
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

export function isStepIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_STEP_INDEX;
}
