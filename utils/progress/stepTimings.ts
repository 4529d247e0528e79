/**
 * Where people stall: per tour run, how long each step took from its card showing to its completion,
 * and whether it was ticked by hand. Pure data and functions: no browser API here. The background keeps
 * the record (`utils/background/timingsKeeper.ts`); the options page shows its summary. The record never
 * leaves the browser except in a backup file the user exports.
 */
import { isRecord, isTime } from './isRecord';
import { isId } from './parseCommand';
import type { TourStepIds } from './types';

/** Only the last runs are kept: enough for a trainer's figures, never a growing log. */
export const MAX_TIMED_RUNS = 50;

export interface StepTiming {
  stepId: string;
  /** Ms from the step's card first showing in this run to the step's completion. */
  ms: number;
  byHand: boolean;
}

/** One run of a tour: from its start (or restart) to now. */
export interface TimedRun {
  tourId: string;
  /** The run's start (the tour's `startedAt`), which tells one run from the next. */
  startedAt: number;
  /** In the order the steps were completed; a step at most once. */
  steps: StepTiming[];
}

/** The kept record, oldest run first. */
export interface StepTimings {
  runs: TimedRun[];
}

export const NO_TIMINGS: StepTimings = { runs: [] };

/**
 * When each step's card was first shown in the current run of each tour, waiting for its completion.
 * tourId -> the run it belongs to and stepId -> epoch ms.
 */
export type ShownSteps = Record<string, { startedAt: number; steps: Record<string, number> }>;

/** Far above any real step (a day); a longer figure is damaged data. */
const MAX_STEP_MS = 24 * 60 * 60 * 1000;

function parseStep(raw: unknown): StepTiming | null {
  if (!isRecord(raw) || !isId(raw.stepId) || typeof raw.byHand !== 'boolean') return null;
  const { ms } = raw;
  if (typeof ms !== 'number' || !Number.isSafeInteger(ms) || ms < 0 || ms > MAX_STEP_MS) return null;
  return { stepId: raw.stepId, ms, byHand: raw.byHand };
}

function parseRun(raw: unknown): TimedRun | null {
  if (!isRecord(raw) || !isId(raw.tourId) || !isTime(raw.startedAt) || !Array.isArray(raw.steps)) return null;
  const steps = raw.steps.map(parseStep);
  if (!steps.every((step): step is StepTiming => step !== null)) return null;
  if (new Set(steps.map((step) => step.stepId)).size !== steps.length) return null;
  return { tourId: raw.tourId, startedAt: raw.startedAt, steps };
}

/**
 * A well-formed record, rebuilt from the known fields only; null for anything else (an import uses this
 * to refuse a damaged file). Never throws.
 */
export function parseStepTimings(raw: unknown): StepTimings | null {
  if (!isRecord(raw) || !Array.isArray(raw.runs) || raw.runs.length > MAX_TIMED_RUNS) return null;
  const runs = raw.runs.map(parseRun);
  if (!runs.every((run): run is TimedRun => run !== null)) return null;
  const keys = new Set(runs.map(runKey));
  return keys.size === runs.length ? { runs } : null;
}

/** What storage holds, read leniently: nothing stored, or anything damaged, reads as no timings. */
export function readStepTimings(raw: unknown): StepTimings {
  return parseStepTimings(raw) ?? NO_TIMINGS;
}

/** The waiting shown times from session storage; anything malformed reads as none. */
export function parseShownSteps(raw: unknown): ShownSteps {
  if (!isRecord(raw)) return {};
  const entries: [string, ShownSteps[string]][] = [];
  for (const [tourId, value] of Object.entries(raw)) {
    if (!isId(tourId) || !isRecord(value) || !isTime(value.startedAt) || !isRecord(value.steps)) continue;
    const steps = Object.entries(value.steps).filter(
      (entry): entry is [string, number] => isId(entry[0]) && isTime(entry[1]),
    );
    entries.push([tourId, { startedAt: value.startedAt, steps: Object.fromEntries(steps) }]);
  }
  return Object.fromEntries(entries);
}

function runKey(run: Pick<TimedRun, 'tourId' | 'startedAt'>): string {
  return `${run.tourId}@${run.startedAt}`;
}

/**
 * A step's card showed at `at` in the run that began at `startedAt`. The first showing in a run counts:
 * a trainer wants the time the user spent on the step, and a reload, a detour to another page or a look
 * back at an earlier step is part of that time, not a fresh start. A showing in a new run forgets what
 * waited from the old one. Returns `shown` itself when nothing changes.
 */
export function noteStepShown(
  shown: ShownSteps,
  tourId: string,
  stepId: string,
  startedAt: number,
  at: number,
): ShownSteps {
  const current = Object.hasOwn(shown, tourId) ? shown[tourId] : undefined;
  const sameRun = current?.startedAt === startedAt;
  if (sameRun && Object.hasOwn(current.steps, stepId)) return shown;
  const steps = sameRun ? current.steps : {};
  return { ...shown, [tourId]: { startedAt, steps: { ...steps, [stepId]: at } } };
}

export interface StepCompletion {
  tourId: string;
  stepId: string;
  byHand: boolean;
  /** The run's start (the tour's `startedAt` once the step is done). */
  startedAt: number;
  /** Epoch ms of the completion. */
  at: number;
}

/**
 * Adds a completion to the record: the time since the step's card first showed in this run. A step whose
 * card never showed in this run (done from another tab before the card came, or after a reset) has no
 * figure and adds nothing; nor does a step already timed in this run. A clock that went backwards
 * counts as no time at all rather than a negative one. The oldest runs beyond `MAX_TIMED_RUNS` go.
 */
export function addStepCompletion(
  timings: StepTimings,
  shown: ShownSteps,
  completion: StepCompletion,
): { timings: StepTimings; shown: ShownSteps } {
  const { tourId, stepId, byHand, startedAt, at } = completion;
  const waiting = Object.hasOwn(shown, tourId) ? shown[tourId] : undefined;
  if (!waiting || waiting.startedAt !== startedAt || !Object.hasOwn(waiting.steps, stepId))
    return { timings, shown };
  const { [stepId]: shownAt = at, ...stillWaiting } = waiting.steps;
  const nextShown = { ...shown, [tourId]: { startedAt, steps: stillWaiting } };
  const key = runKey(completion);
  const run = timings.runs.find((candidate) => runKey(candidate) === key);
  if (run?.steps.some((step) => step.stepId === stepId)) return { timings, shown: nextShown };
  const timing: StepTiming = { stepId, ms: Math.min(Math.max(0, at - shownAt), MAX_STEP_MS), byHand };
  const runs = run
    ? timings.runs.map((candidate) =>
        candidate === run ? { ...run, steps: [...run.steps, timing] } : candidate,
      )
    : [...timings.runs, { tourId, startedAt, steps: [timing] }];
  return { timings: { runs: runs.slice(-MAX_TIMED_RUNS) }, shown: nextShown };
}

/** The record without one tour's runs (or without any, for `tourId` undefined): what a reset leaves. */
export function clearTimings(timings: StepTimings, tourId?: string): StepTimings {
  if (tourId === undefined) return timings.runs.length === 0 ? timings : NO_TIMINGS;
  const runs = timings.runs.filter((run) => run.tourId !== tourId);
  return runs.length === timings.runs.length ? timings : { runs };
}

/** The runs a reset took away, put back before the runs recorded since (the cap still holds). */
export function restoreTimings(current: StepTimings, removed: StepTimings): StepTimings {
  const since = new Set(current.runs.map(runKey));
  const back = removed.runs.filter((run) => !since.has(runKey(run)));
  if (back.length === 0) return current;
  const runs = [...back, ...current.runs].sort((a, b) => a.startedAt - b.startedAt);
  return { runs: runs.slice(-MAX_TIMED_RUNS) };
}

export interface StepSummary {
  stepId: string;
  /** How many runs timed this step. */
  count: number;
  medianMs: number;
  slowestMs: number;
  byHandCount: number;
}

export interface TourTimingSummary {
  tourId: string;
  /** Runs of this tour with at least one timed step. */
  runCount: number;
  /** The tour's timed steps, in the tour's order. */
  steps: StepSummary[];
  /** Steps ticked by hand at least once, most often first (ties in the tour's order). */
  mostByHand: StepSummary[];
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

/**
 * What the options page shows: per tour (in the tours' order) and step, the median and slowest time,
 * and the steps most often ticked by hand. Tours and steps this version no longer has are left out
 * (their figures stay in the record and in backups).
 */
export function summarizeStepTimings(timings: StepTimings, tours: TourStepIds): TourTimingSummary[] {
  const summaries: TourTimingSummary[] = [];
  for (const [tourId, stepIds] of tours) {
    const runs = timings.runs.filter((run) => run.tourId === tourId && run.steps.length > 0);
    if (runs.length === 0) continue;
    const steps: StepSummary[] = [];
    for (const stepId of stepIds) {
      const timed = runs.flatMap((run) => run.steps.filter((step) => step.stepId === stepId));
      if (timed.length === 0) continue;
      const sorted = timed.map((step) => step.ms).sort((a, b) => a - b);
      steps.push({
        stepId,
        count: timed.length,
        medianMs: median(sorted),
        slowestMs: sorted[sorted.length - 1] ?? 0,
        byHandCount: timed.filter((step) => step.byHand).length,
      });
    }
    if (steps.length === 0) continue;
    const mostByHand = steps
      .filter((step) => step.byHandCount > 0)
      .sort((a, b) => b.byHandCount - a.byHandCount);
    summaries.push({ tourId, runCount: runs.length, steps, mostByHand });
  }
  return summaries;
}
