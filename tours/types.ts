/**
 * Tour definitions are data. Everything the guide knows about Mixpanel's UI (names, roles, URL
 * patterns) lives in a tour file; the engine and the overlay are generic.
 */

/** One way of finding an element. A target is an ordered list: the first strategy that matches wins. */
export type TargetStrategy =
  /** ARIA role (explicit or implicit) plus accessible name (case-insensitive; exact unless `partial`). */
  | { by: 'role'; role: string; name: string; partial?: boolean }
  /** Visible text of an element (trimmed, whitespace folded); `within` narrows to elements matching a selector. */
  | { by: 'text'; text: string; partial?: boolean; within?: string }
  /** A form control by its label text (<label>, aria-labelledby, aria-label). */
  | { by: 'label'; label: string; partial?: boolean }
  /** Last resort: a CSS selector (searched through open shadow roots). */
  | { by: 'css'; selector: string };

export type Target = readonly TargetStrategy[];

/** What proves a step is done: the user's real action, never a timer. Any one of a step's conditions suffices. */
export type Completion =
  /** The user clicks the step's target (or anything inside it). */
  | { kind: 'click' }
  /** The page's path matches this regular expression (e.g. the user arrived at settings). */
  | { kind: 'route'; path: string }
  /** The step's target is a text box holding a valid e-mail address. The address is never stored. */
  | { kind: 'validEmail' }
  /** Each listed field shows a chosen value, i.e. its visible text is no longer its placeholder. */
  | { kind: 'fieldsChosen'; fields: readonly { target: Target; placeholder: string }[] }
  /** An element appears on the page (e.g. an invitee row with "Resend Invite"). */
  | { kind: 'present'; target: Target }
  /** Only the user's explicit "Next" completes it (a step about reading, such as a review). */
  | { kind: 'acknowledge' };

export type Placement =
  'top' | 'bottom' | 'left' | 'right' | 'top-start' | 'bottom-start' | 'right-start' | 'left-start';

export interface TourPage {
  /** Regular expression (source) the page's path must match for the step to happen there. */
  path: string;
  /** Where to send the user when they are elsewhere (a path on the same Mixpanel host). */
  url?: string;
  /** i18n key of the page's name, e.g. "Users & Teams". */
  nameKey: string;
}

export interface TourStep {
  /** Stable id, used in share links and storage (`kebab-case`). */
  id: string;
  /** i18n keys of the user-facing text. */
  titleKey: string;
  bodyKey: string;
  /** Shown when the target cannot be found: where the thing is. */
  hintKey: string;
  page: TourPage;
  target: Target;
  placement: Placement;
  completeOn: readonly Completion[];
  /**
   * Steps that must be satisfied on the page for this one to make sense (e.g. the invite dialog is open).
   * When the page shows a later step's target already, the overlay may skip ahead.
   */
  requires?: Target;
}

export interface TourDefinition {
  id: string;
  titleKey: string;
  descriptionKey: string;
  /** Where a tour begins when started from outside Mixpanel's settings. */
  startPath: string;
  steps: readonly TourStep[];
}
