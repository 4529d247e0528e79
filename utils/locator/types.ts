import type { Target, TargetStrategy } from '../../tours/types';
import type { LocatorPlatform } from './platform';

export type { Target, TargetStrategy };

/** Where a search starts. A Document or ShadowRoot is searched whole; an Element, its descendants. */
export type LocatorRoot = Document | ShadowRoot | Element;

export interface LocateOptions {
  /** @default document */
  root?: LocatorRoot;
  /** Replaces parts of the DOM platform, e.g. `isVisible` in tests without layout. @default domPlatform */
  platform?: Partial<LocatorPlatform>;
  /**
   * Subtrees the locator never enters nor observes, e.g. the guide's own overlay host: its tooltip text
   * must not match a target, and its per-frame repositioning must not trigger checks.
   */
  ignore?: (element: Element) => boolean;
}

export interface LocateHit {
  element: Element;
  /** Index in the target of the strategy that matched; above 0 means the preferred ones failed. */
  strategyIndex: number;
  strategy: TargetStrategy;
}

/** Why a strategy found nothing: for diagnostics ("the role strategy broke" vs "the dialog is closed"). */
export type MissReason = 'no-match' | 'only-hidden' | 'invalid-selector';

export interface StrategyMiss {
  strategy: TargetStrategy;
  reason: MissReason;
}

export interface LocateMiss {
  element: null;
  /** Every strategy of the target, in the order tried. */
  tried: TargetStrategy[];
  /** The same strategies with the reason each failed. */
  misses: StrategyMiss[];
}

export type LocateResult = LocateHit | LocateMiss;

/** What one strategy produced: a visible element, or why not. */
export type StrategyOutcome = { element: Element } | { element: null; reason: MissReason };
