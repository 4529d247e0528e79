/**
 * Tour definitions are data. Everything the guide knows about Mixpanel's UI (names, roles, landmarks,
 * address hints) lives in a tour file; the engine and the overlay are generic.
 *
 * Mixpanel is an app we do not own: its addresses, dialogs and wording change between releases. So a
 * tour says what is ON a page (landmarks), how to get there through the app's own controls (a way), and
 * what outcome on screen proves a step done. Addresses are hints and documented defaults, never the judge.
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

/** What proves a step is done: the user's real action or its outcome on screen, never a timer. Any one suffices. */
export type Completion =
  /** The user clicks the step's target (or anything inside it), unless the target is disabled. */
  | { kind: 'click' }
  /** The user is on this page of the tour, proven by its landmarks (whatever the address). */
  | { kind: 'reached'; page: string }
  /** The step's target is a text box holding a valid e-mail address. The address is never stored. */
  | { kind: 'validEmail' }
  /** Each listed field shows a chosen value, i.e. its visible text is no longer its placeholder. */
  | { kind: 'fieldsChosen'; fields: readonly { target: Target; placeholder: string }[] }
  /** An element is on the page (e.g. the dialog the step opens). */
  | { kind: 'present'; target: Target }
  /**
   * The step's target submits `dialog`, and the app confirms it: after a press on the (enabled) target
   * the dialog closes with no error shown, and a confirmation appears (a live-region message such as a
   * toast that is not an error) or an address typed in the dialog is listed (see `listed`).
   * An error in the dialog keeps the step open and the card says what happened.
   */
  | {
      kind: 'sent';
      dialog: Target;
      listed?: ListedRows;
      /**
       * A field in the dialog whose shown value is the user's choice (e.g. the role picked). After the
       * dialog closes with no error, that value shown in one more place on the page than at the press
       * confirms it too (e.g. the person's row now shows the new role).
       */
      choice?: Target;
      /** i18n keys of what to do after an error, and after an error that speaks of a sending limit. */
      failedHintKey: string;
      rateLimitedHintKey: string;
    }
  /** A row for an address typed earlier in this tab is listed (e.g. the invitee under Invited Users). */
  | { kind: 'listed'; rows: ListedRows }
  /** Only the user's explicit "Next" completes it (a step about reading, such as a review). */
  | { kind: 'acknowledge' };

/**
 * Rows that list people by e-mail address, e.g. pending invitations. A row is the nearest element
 * around an e-mail address in the page's text that also holds one of `marker` (a control or text that
 * only such rows have, e.g. a "Resend Invite" button).
 */
export interface ListedRows {
  marker: Target;
}

export type Placement =
  'top' | 'bottom' | 'left' | 'right' | 'top-start' | 'bottom-start' | 'right-start' | 'left-start';

/** A control that leads towards a page, and what the card says while pointing at it. */
export interface Waypoint {
  target: Target;
  /** i18n key, e.g. "Click the gear to open Settings." */
  hintKey: string;
  placement?: Placement;
}

export interface TourPage {
  /** i18n key of the page's name, e.g. "Users & Teams". */
  nameKey: string;
  /** Any one of these on screen proves the user is on this page, whatever the address. */
  landmarks: readonly Target[];
  /**
   * Regular expressions (sources) of paths where the page is expected. Hints only: they pick the
   * wrong-page wording and are checked against what the user really reached; never the judge.
   */
  pathHints?: readonly string[];
  /** The documented address, used only while no address of this page has been seen working. */
  defaultPath?: string;
  /**
   * How to get here through the app's own controls, nearest first: from wherever the user is, the
   * card points at the first waypoint on screen (e.g. the "Users & Teams" entry, else the gear).
   */
  way?: readonly Waypoint[];
}

/** What must be on the page for a step to make sense (e.g. the invite form is open). */
export interface Precondition {
  target: Target;
  /** The step whose action brings it back (e.g. "+ Invite Users"); the card points at its target. */
  restoredBy: string;
  /** i18n key of what the card says while it is missing. */
  messageKey: string;
}

export interface TourStep {
  /** Stable id, used in share links and storage (`kebab-case`). */
  id: string;
  /** i18n keys of the user-facing text. */
  titleKey: string;
  bodyKey: string;
  /** Shown when the target cannot be found: where the thing is. */
  hintKey: string;
  /** Optional disclosure under the body ("What do these roles mean?"): i18n keys of its summary and text. */
  details?: { summaryKey: string; bodyKey: string };
  /** The page (a key of the tour's `pages`) where the step happens; none: any page of the app. */
  page?: string;
  target: Target;
  placement: Placement;
  completeOn: readonly Completion[];
  requires?: Precondition;
}

export interface TourDefinition {
  id: string;
  titleKey: string;
  descriptionKey: string;
  /** i18n keys of the closing card: every step seen done, or some ticked by hand. */
  doneKeys: { title: string; body: string; titleByHand: string; bodyByHand: string };
  /** Where the tour opens when started from outside Mixpanel: a page where step 1 is still to do. */
  startPath: string;
  pages: Readonly<Record<string, TourPage>>;
  steps: readonly TourStep[];
}
