import type { Placement } from '@/tours/types';
import type { StrategyMiss } from '@/utils/locator';

/**
 * What the DOM adapter (`utils/overlay/readStep.ts`) saw of the page for one step, at one moment.
 * Plain facts, no decisions: the engine (`decideStep`) turns them into what the card shows and whether
 * the step is done. `E` is the page's element type (an opaque reference the engine only passes on).
 */
export interface StepReading<E = Element> {
  /** The tab is the one the user is looking at: only then does the page's state complete steps. */
  watched: boolean;
  /** The app's current path (a hint only). */
  path: string;
  /** The step's target, if on screen, and whether it would ignore a press (disabled). */
  target: E | null;
  targetMisses: readonly StrategyMiss[];
  targetDisabled: boolean;
  /** Keys of the tour's pages whose landmarks are on screen now. */
  pagesHere: ReadonlySet<string>;
  /** The step's precondition is on screen (true when the step has none). */
  requiresMet: boolean;
  /** The control of the step that restores a missing precondition (e.g. "+ Invite Users"), if on screen. */
  restoreTarget: E | null;
  /** The first control on screen that leads towards the step's page (only looked for when needed). */
  waypoint: { element: E; hintKey: string; placement?: Placement } | null;
  /** The conditions the page's state alone can satisfy (reached, present, validEmail, fieldsChosen). */
  stateSatisfied: boolean;
  /** For `sent`: the dialog the target submits is open; what it shows as errors (page text, not stored). */
  dialogOpen: boolean;
  dialogErrors: readonly string[];
  /** Texts of the page's live regions (toasts, status lines) outside dialogs, now. */
  liveMessages: readonly string[];
  /** E-mail addresses (lower case) of the rows listed now (`sent.listed` / `listed`). */
  listedAddresses: readonly string[];
  /** For `sent.choice`: the value the choice field shows now (page text, never stored), if open. */
  choiceValue: string | null;
  /**
   * In how many places outside the dialog the page shows the remembered choice (or, before a press,
   * the value the field shows): a place more after the dialog closed confirms the change.
   */
  choiceCount: number;
}

/** What the step session remembers between readings. Kept in the tab's memory only, never stored. */
export interface StepMemory {
  /** When the step's target (or page) was first missed in a row of readings, for the not-found wait. */
  missingSince: number | null;
  /**
   * A step already done when shown again completes only when its outcome newly appears: someone who
   * pressed Back to re-read step 4 is not bounced forward by the address still in the field.
   */
  armed: boolean;
  /** The user pressed "Take me there": point at the app's controls until the page is reached. */
  guiding: boolean;
  /** The precondition went missing during the step (the form was closed). */
  requiresLost: boolean;
  /**
   * The precondition was on screen at some point of this step. Until then its absence may be the app
   * still rendering it (the form opening after the click), so it is waited for like a target.
   */
  requiresSeen: boolean;
  /** For `sent`: the user pressed the target; what the page showed at that moment. */
  submission: {
    at: number;
    liveBefore: readonly string[];
    /** Errors already shown when the user pressed again: old news until they go away. */
    staleErrors: readonly string[];
    refusedAfterClose: boolean;
    /** For `sent.choice`: the value chosen, and in how many places the page showed it at the press. */
    choice: string | null;
    choiceCountBefore: number;
  } | null;
  /** The last error the page showed for a submission (page text, shown as text, never stored). */
  sendError: string | null;
  /** For `listed` without a remembered address: the rows listed when the step began. */
  baselineListed: readonly string[] | null;
}

export const FRESH_MEMORY: StepMemory = Object.freeze({
  missingSince: null,
  armed: true,
  guiding: false,
  requiresLost: false,
  requiresSeen: false,
  submission: null,
  sendError: null,
  baselineListed: null,
});

/** What the card shows for the step now. */
export type StepView<E = Element> =
  | { kind: 'searching' }
  | { kind: 'anchored'; element: E }
  /** Not on the step's page: say where it happens; "Take me there" starts guiding. */
  | { kind: 'wrongPage'; pageKey: string; canGuide: boolean }
  /** Guiding: pointing at the app's own control that leads to the page. */
  | { kind: 'guiding'; element: E; hintKey: string; placement?: Placement; pageKey: string }
  /** Guiding found no control to point at: offer to open the page's address. */
  | { kind: 'noWay'; pageKey: string }
  /** What the step needs is gone (the form was closed): point at what brings it back. */
  | { kind: 'needs'; element: E | null; messageKey: string }
  /** The app showed an error for the submission: the step stays open. */
  | { kind: 'sendFailed'; element: E | null; error: string; rateLimited: boolean }
  /** Submitted, the dialog closed, the app has not confirmed yet. */
  | { kind: 'confirming'; element: E | null; waitedTooLong: boolean }
  /** The step's rows are listed but none is known to be new (memory lost on reload). */
  | { kind: 'unsure'; element: E | null }
  | { kind: 'notFound'; misses: readonly StrategyMiss[] };

export interface StepDecision<E = Element> {
  view: StepView<E>;
  /** The page shows the step's outcome: complete it. */
  complete: boolean;
  /** The precondition came back: resume at the earliest step the page does not satisfy. */
  resume: boolean;
  memory: StepMemory;
}
