import type { TargetStrategy } from '@/tours/types';
import type { StrategyMiss } from '@/utils/locator';
import { isRecord } from '../progress/isRecord';
import { isId } from '../progress/parseCommand';

/** How many not-found events are kept (the newest). */
export const MAX_NOT_FOUND_EVENTS = 20;

/** The kinds of strategy a target can have: all a not-found event says of what missed. */
export const STRATEGY_NAMES = ['role', 'text', 'label', 'css'] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

/**
 * A step whose target the overlay could not find, as kept in `local:notFoundEvents` for support: which
 * step of which tour, which kinds of strategy missed (in the order tried) and when. Never a selector's
 * matched text, never page text, never the address.
 */
export interface NotFoundEvent {
  tourId: string;
  stepId: string;
  strategies: StrategyName[];
  /** Epoch ms, set by the background. */
  at: number;
}

export const isStrategyName = (value: unknown): value is StrategyName =>
  (STRATEGY_NAMES as readonly unknown[]).includes(value);

/** The names of the strategies that missed, in the order tried. */
export function strategyNamesOf(misses: readonly StrategyMiss[]): StrategyName[] {
  return misses.map((miss) => miss.strategy.by);
}

export function strategyNameOf(strategy: TargetStrategy): StrategyName {
  return strategy.by;
}

/** A list of strategy names (at most 8: no target has more), or null. */
export function parseStrategyNames(raw: unknown): StrategyName[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 8 || !raw.every(isStrategyName)) return null;
  return [...raw];
}

function parseEvent(raw: unknown): NotFoundEvent | null {
  if (!isRecord(raw) || !isId(raw.tourId) || !isId(raw.stepId)) return null;
  const strategies = parseStrategyNames(raw.strategies);
  const { at } = raw;
  if (!strategies || typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return null;
  return { tourId: raw.tourId, stepId: raw.stepId, strategies, at };
}

/** The stored events, leniently: damaged entries are dropped, the rest kept (newest last). */
export function parseNotFoundEvents(raw: unknown): NotFoundEvent[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map(parseEvent)
    .filter((event): event is NotFoundEvent => event !== null)
    .slice(-MAX_NOT_FOUND_EVENTS);
}

/** The list with `event` added last, keeping only the newest `MAX_NOT_FOUND_EVENTS`. */
export function appendNotFoundEvent(events: readonly NotFoundEvent[], event: NotFoundEvent): NotFoundEvent[] {
  return [...events, event].slice(-MAX_NOT_FOUND_EVENTS);
}
