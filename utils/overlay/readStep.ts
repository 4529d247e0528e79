import type { Completion, ListedRows, Target, TourDefinition, TourStep } from '@/tours/types';
import type { StepReading } from '@/utils/engine/stepFacts';
import {
  closestComposed,
  composedParent,
  deepQueryAll,
  foldWhitespace,
  getRole,
  isComposedAncestor,
  locateTarget,
  type LocatorPlatform,
  type LocatorRoot,
} from '@/utils/locator';
import { buildTextIndex } from '@/utils/locator/buildTextIndex';
import { isValidEmail } from '@/utils/email';
import { deepText, editableOf, hasChosenValue, isDisabledControl } from './fieldState';

/** How the adapter looks at the page: where, with which platform, skipping the overlay's own host. */
export interface PageLens {
  root: LocatorRoot;
  platform: LocatorPlatform;
  ignore: (element: Element) => boolean;
  /** The app's current path and whether the user is looking at this tab. */
  path: () => string;
  watched: () => boolean;
}

export const locateWith = (lens: PageLens, target: Target, root: LocatorRoot = lens.root) =>
  locateTarget(target, { root, ignore: lens.ignore, platform: lens.platform });

const find = (lens: PageLens, target: Target, root?: LocatorRoot) => locateWith(lens, target, root).element;

const EMAIL_IN_TEXT = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;
const LIVE_ROLES = new Set(['status', 'alert', 'log']);

/**
 * Gathers the facts the engine decides a step from (`decideStep`): the DOM adapter of the tour, built on
 * the locator. It reads the page and decides nothing. `wantWaypoint` asks for the way to the step's page
 * (only while guiding: it costs a few more look-ups).
 */
export function readStep(
  lens: PageLens,
  tour: TourDefinition,
  step: TourStep,
  wantWaypoint: boolean,
  /** The choice remembered at a press (`sent.choice`), to count where the page shows it. */
  rememberedChoice: string | null = null,
): StepReading {
  const located = locateWith(lens, step.target);
  const target = located.element;
  const pagesHere = new Set<string>();
  for (const key of pagesOfStep(step)) {
    if (isOnPage(lens, tour, key)) pagesHere.add(key);
  }
  const requiresMet = !step.requires || find(lens, step.requires.target) !== null;
  const restoredBy = step.requires && tour.steps.find((s) => s.id === step.requires?.restoredBy);
  const sent = step.completeOn.find((c): c is Extract<Completion, { kind: 'sent' }> => c.kind === 'sent');
  const dialog = sent ? find(lens, sent.dialog) : null;
  const rows = rowsOf(step);
  const choiceField = sent?.choice && dialog ? find(lens, sent.choice) : null;
  const choiceValue = choiceField ? deepText(choiceField).replace(/\s+/g, ' ').trim() || null : null;
  const counted = rememberedChoice ?? choiceValue;
  const page = step.page === undefined ? undefined : tour.pages[step.page];
  return {
    watched: lens.watched(),
    path: lens.path(),
    target,
    targetMisses: located.element ? [] : located.misses,
    targetDisabled: target !== null && isDisabledControl(target),
    pagesHere,
    requiresMet,
    restoreTarget: restoredBy && (!requiresMet || sent) ? find(lens, restoredBy.target) : null,
    waypoint: wantWaypoint && page ? firstWaypoint(lens, page.way ?? []) : null,
    stateSatisfied: step.completeOn.some((c) => stateSatisfies(lens, tour, c, target)),
    dialogOpen: dialog !== null,
    dialogErrors: dialog ? errorsIn(lens, dialog) : [],
    liveMessages: sent ? liveMessages(lens) : [],
    listedAddresses: rows ? listedAddresses(lens, rows) : [],
    choiceValue,
    choiceCount: sent?.choice && counted ? placesShowing(lens, counted, dialog) : 0,
  };
}

/** Whether one of the page's landmarks is on screen. */
export function isOnPage(lens: PageLens, tour: TourDefinition, pageKey: string): boolean {
  const page = tour.pages[pageKey];
  return !!page && page.landmarks.some((landmark) => find(lens, landmark) !== null);
}

/** Whether the page's state alone shows the step done (used to find where to resume, too). */
export function stepShownDone(lens: PageLens, tour: TourDefinition, step: TourStep): boolean {
  const target = find(lens, step.target);
  return step.completeOn.some((c) => stateSatisfies(lens, tour, c, target));
}

/** The addresses typed into the e-mail fields of `root` (e.g. the invite dialog). Kept in memory only. */
export function typedAddresses(lens: PageLens, root: LocatorRoot): string[] {
  const fields = deepQueryAll(root, (el) => el instanceof HTMLInputElement && el.type !== 'hidden', {
    ignore: lens.ignore,
  }) as HTMLInputElement[];
  return fields.map((field) => field.value.trim().toLowerCase()).filter(isValidEmail);
}

function pagesOfStep(step: TourStep): string[] {
  const keys = step.completeOn.flatMap((c) => (c.kind === 'reached' ? [c.page] : []));
  return step.page === undefined ? keys : [step.page, ...keys];
}

function rowsOf(step: TourStep): ListedRows | undefined {
  for (const c of step.completeOn) {
    if (c.kind === 'listed') return c.rows;
    if (c.kind === 'sent' && c.listed) return c.listed;
  }
  return undefined;
}

function stateSatisfies(
  lens: PageLens,
  tour: TourDefinition,
  c: Completion,
  target: Element | null,
): boolean {
  switch (c.kind) {
    case 'reached':
      return isOnPage(lens, tour, c.page);
    case 'present':
      return find(lens, c.target) !== null;
    case 'validEmail': {
      const field = target && editableOf(target);
      return !!field && isValidEmail(field.value);
    }
    case 'fieldsChosen':
      return c.fields.every((field) => {
        const el = find(lens, field.target);
        return el !== null && hasChosenValue(el, field.placeholder);
      });
    case 'click':
    case 'sent':
    case 'listed':
    case 'acknowledge':
      return false;
  }
}

function firstWaypoint(lens: PageLens, way: NonNullable<TourDefinition['pages'][string]['way']>) {
  for (const waypoint of way) {
    const element = find(lens, waypoint.target);
    if (element) return { element, hintKey: waypoint.hintKey, placement: waypoint.placement };
  }
  return null;
}

/**
 * What a dialog shows as errors: its alerts first, then the error messages of fields marked invalid.
 * A field marked invalid with no message of its own gives an empty text (the card words it).
 */
function errorsIn(lens: PageLens, dialog: Element): string[] {
  const alerts: string[] = [];
  const fields: string[] = [];
  for (const el of deepQueryAll(dialog, (e) => lens.platform.isVisible(e), { ignore: lens.ignore })) {
    if (getRole(el) === 'alert') {
      const text = deepText(el);
      if (text) alerts.push(text);
    } else if (el.getAttribute('aria-invalid') === 'true') {
      const ids = (el.getAttribute('aria-errormessage') ?? el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean);
      const root = el.getRootNode() as Document | ShadowRoot;
      fields.push(
        ids
          .map((id) => root.getElementById?.(id)?.textContent ?? '')
          .join(' ')
          .trim(),
      );
    }
  }
  const texts = [...alerts, ...fields.filter(Boolean)];
  return [...new Set(texts.length ? texts : fields.length ? [''] : [])];
}

/** Texts of the live regions (toasts, status lines) on the page outside dialogs. */
function liveMessages(lens: PageLens): string[] {
  const isLive = (el: Element) => {
    const live = el.getAttribute('aria-live');
    return LIVE_ROLES.has(getRole(el) ?? '') || live === 'polite' || live === 'assertive';
  };
  const inDialog = (el: Element) =>
    closestComposed(el, (e) => e.localName === 'dialog' || getRole(e) === 'dialog') !== null;
  const texts = deepQueryAll(lens.root, (el) => isLive(el) && lens.platform.isVisible(el) && !inDialog(el), {
    ignore: lens.ignore,
  })
    .map((el) => deepText(el))
    .filter(Boolean);
  return [...new Set(texts)];
}

/**
 * In how many places the page shows exactly `text` outside `except` (the dialog): elements whose text is
 * `text` and none of whose children's is, so each place counts once. One pass over the page's text
 * (a text index), not a text per element: this runs on every reading while the step waits.
 */
function placesShowing(lens: PageLens, text: string, except: Element | null): number {
  const wanted = foldWhitespace(text).toLowerCase();
  if (!wanted) return 0;
  const index = buildTextIndex(lens.root, lens.ignore);
  const matches = index.elements.filter((element, i) => {
    const start = index.starts[i] ?? 0;
    const end = index.ends[i] ?? 0;
    if (end - start < wanted.length || end - start > wanted.length + 2) return false;
    if (index.text.slice(start, end).trim() !== wanted) return false;
    return !(except && (element === except || isComposedAncestor(except, element)));
  });
  return matches.filter(
    (el) =>
      lens.platform.isVisible(el) && !matches.some((other) => other !== el && isComposedAncestor(el, other)),
  ).length;
}

/**
 * The addresses of the listed rows: each e-mail address in the page's text whose row (its nearest
 * ancestor holding one of the marker's matches and no other address) is on screen.
 */
function listedAddresses(lens: PageLens, rows: ListedRows): string[] {
  const mentions: { element: Element; address: string }[] = [];
  for (const element of deepQueryAll(lens.root, () => true, { ignore: lens.ignore })) {
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.includes('@')) continue;
      for (const match of node.textContent.matchAll(EMAIL_IN_TEXT)) {
        mentions.push({ element, address: match[0].toLowerCase() });
      }
    }
  }
  const listed = new Set<string>();
  for (const mention of mentions) {
    if (!lens.platform.isVisible(mention.element)) continue;
    let row: Element | null = mention.element;
    for (let depth = 0; row && depth < 10; depth += 1, row = composedParent(row)) {
      const holdsOther = mentions.some(
        (other) =>
          other.address !== mention.address &&
          (other.element === row || isComposedAncestor(row as Element, other.element)),
      );
      if (holdsOther) break;
      if (find(lens, rows.marker, row)) {
        listed.add(mention.address);
        break;
      }
    }
  }
  return [...listed];
}
