/**
 * "Check this page": what each step of each tour would find on the page as it is now. The probe
 * (`probeTours`, run in the tab) gathers locator results as plain names and flags; this module turns
 * them into per-step results and checks what came back from the tab. Pure: no DOM, no browser API.
 */
import type { TourDefinition } from '@/tours/types';
import type { MissReason } from '@/utils/locator';
import { isRecord } from '../progress/isRecord';
import { isStrategyName, type StrategyName } from './notFoundEvents';

export const MISS_REASONS: readonly MissReason[] = ['no-match', 'only-hidden', 'invalid-selector'];

export interface ProbeMiss {
  strategy: StrategyName;
  reason: MissReason;
}

/** What the locator said of one step on the page, as names and flags only (no element, no text). */
export interface StepProbe {
  stepId: string;
  /** The strategy that found the target (0-based index in the target), or null. */
  found: { index: number; strategy: StrategyName } | null;
  /** Every strategy tried and why it missed (empty when found). */
  misses: ProbeMiss[];
  /** Whether a landmark of the step's page is on screen; null for a step that happens on any page. */
  onPage: boolean | null;
  /** The step's precondition (e.g. the invite form open) is on screen; true when it has none. */
  requiresMet: boolean;
}

export interface TourProbe {
  tourId: string;
  steps: StepProbe[];
}

export type StepResult =
  /** The target is on screen; `pageMatched` false: found although the page's landmarks are not. */
  | { kind: 'found'; strategy: StrategyName; strategyIndex: number; pageMatched: boolean | null }
  /** The step happens on another page (its landmarks are not here), so its target is not expected. */
  | { kind: 'otherPage'; pageKey: string; misses: ProbeMiss[] }
  /** On the step's page, but what it needs first is not open: the step `restoredBy` brings it. */
  | { kind: 'needsStep'; restoredBy: string; misses: ProbeMiss[] }
  /** On the step's page (or any page), and no strategy found the target. */
  | { kind: 'missing'; misses: ProbeMiss[] };

export interface StepCheck {
  stepId: string;
  result: StepResult;
}

export interface TourCheck {
  tourId: string;
  steps: StepCheck[];
}

/** Per tour, per step, what the page shows now; tours and steps in the tours' own order. */
export function checkResultsOf(tours: readonly TourDefinition[], probes: readonly TourProbe[]): TourCheck[] {
  return tours.flatMap((tour) => {
    const probe = probes.find((p) => p.tourId === tour.id);
    if (!probe) return [];
    const steps = tour.steps.flatMap((step): StepCheck[] => {
      const seen = probe.steps.find((s) => s.stepId === step.id);
      return seen ? [{ stepId: step.id, result: resultOf(seen, step.page, step.requires?.restoredBy) }] : [];
    });
    return [{ tourId: tour.id, steps }];
  });
}

function resultOf(probe: StepProbe, pageKey: string | undefined, restoredBy: string | undefined): StepResult {
  if (probe.found) {
    return {
      kind: 'found',
      strategy: probe.found.strategy,
      strategyIndex: probe.found.index,
      pageMatched: probe.onPage,
    };
  }
  const misses = probe.misses;
  if (pageKey !== undefined && probe.onPage === false) return { kind: 'otherPage', pageKey, misses };
  if (!probe.requiresMet && restoredBy) return { kind: 'needsStep', restoredBy, misses };
  return { kind: 'missing', misses };
}

/**
 * What the tab sent back, checked against the tours: only known tour and step ids, strategy names,
 * miss reasons and flags are kept. Anything else (a page that tampered with the result) is dropped.
 */
export function parseTourProbes(raw: unknown, tours: readonly TourDefinition[]): TourProbe[] | null {
  if (!Array.isArray(raw)) return null;
  const probes: TourProbe[] = [];
  for (const item of raw) {
    if (!isRecord(item)) return null;
    const tour = tours.find((t) => t.id === item.tourId);
    if (!tour || !Array.isArray(item.steps)) return null;
    const steps: StepProbe[] = [];
    for (const rawStep of item.steps) {
      const step = parseStepProbe(rawStep, tour);
      if (!step) return null;
      steps.push(step);
    }
    probes.push({ tourId: tour.id, steps });
  }
  return probes;
}

function parseStepProbe(raw: unknown, tour: TourDefinition): StepProbe | null {
  if (!isRecord(raw)) return null;
  const step = tour.steps.find((s) => s.id === raw.stepId);
  if (!step) return null;
  const { found, misses, onPage, requiresMet } = raw;
  let parsedFound: StepProbe['found'] = null;
  if (found !== null) {
    if (!isRecord(found) || !isStrategyName(found.strategy)) return null;
    const { index } = found;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= step.target.length)
      return null;
    parsedFound = { index, strategy: found.strategy };
  }
  if (!Array.isArray(misses) || misses.length > step.target.length) return null;
  const parsedMisses: ProbeMiss[] = [];
  for (const miss of misses) {
    if (
      !isRecord(miss) ||
      !isStrategyName(miss.strategy) ||
      !MISS_REASONS.includes(miss.reason as MissReason)
    )
      return null;
    parsedMisses.push({ strategy: miss.strategy, reason: miss.reason as MissReason });
  }
  if (!(onPage === null || typeof onPage === 'boolean') || typeof requiresMet !== 'boolean') return null;
  return { stepId: step.id, found: parsedFound, misses: parsedMisses, onPage, requiresMet };
}
