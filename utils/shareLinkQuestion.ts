import { parsePendingShareLink } from './progress/parseProgress';
import type { PendingShareLink } from './progress/types';
import type { TourDefinition } from '@/tours/types';

/**
 * How a share link's question (and the tours' definitions) reach the overlay: the background, which
 * decided that the user must choose, hands it into the tab's content-script world right before (or after)
 * injecting the overlay. No message goes back and forth for it. The keys live in the extension's isolated
 * world, out of the page's reach.
 */
const HANDED = 'invite-guide.share-link-question';
const LISTENER = 'invite-guide.share-link-listener';
const TOURS = 'invite-guide.tours';

type World = Record<symbol, unknown>;

/**
 * Runs in the tab through `scripting.executeScript({ func, args })`, so it is self-contained: no
 * imports, no outer names. Gives a question (if any) to a mounted overlay, else leaves it for the one
 * mounting, together with the tours' definitions (so the overlay about to mount need not ask for them).
 * Returns whether a live overlay is on this page already (see `overlay.content.ts`), so the background
 * does not evaluate the overlay's script a second time.
 */
// Stryker disable all: the tests run this from its source text, as the tab does; mutation testing's
// instrumentation would make that text call helpers that are not there.
export function handToOverlay(question: unknown, tours: unknown): boolean {
  const world = globalThis as unknown as World;
  const alive = world[Symbol.for('invite-guide.overlay')];
  const mounted = typeof alive === 'function' && alive() === true;
  if (question !== null && question !== undefined) {
    const listener = world[Symbol.for('invite-guide.share-link-listener')];
    if (mounted && typeof listener === 'function') listener(question);
    else world[Symbol.for('invite-guide.share-link-question')] = question;
  }
  if (!mounted && tours !== null && tours !== undefined) world[Symbol.for('invite-guide.tours')] = tours;
  return mounted;
}
// Stryker restore all

/** The overlay: the question handed before it mounted (taken, so a later mount does not ask again). */
export function takeHandedQuestion(): PendingShareLink | null {
  const world = globalThis as unknown as World;
  const handed = world[Symbol.for(HANDED)];
  Reflect.deleteProperty(world, Symbol.for(HANDED));
  return handed === undefined ? null : parsePendingShareLink(handed);
}

/**
 * The overlay: hears questions handed while it is on the page, starting with one handed after it mounted
 * but before it listened (an overlay loaded with the page mounts before the background has decided).
 * Returns the cleanup.
 */
export function listenForQuestions(onQuestion: (question: PendingShareLink) => void): () => void {
  const world = globalThis as unknown as World;
  const listener = (raw: unknown) => {
    const question = parsePendingShareLink(raw);
    if (question) onQuestion(question);
  };
  world[Symbol.for(LISTENER)] = listener;
  const waiting = takeHandedQuestion();
  if (waiting) onQuestion(waiting);
  return () => {
    if (world[Symbol.for(LISTENER)] === listener) Reflect.deleteProperty(world, Symbol.for(LISTENER));
  };
}

/**
 * The overlay: the tours' definitions handed with its injection (taken). Only `handToOverlay`, run by
 * this extension's background, writes that key of the extension's isolated world; anything but a list
 * means "none handed".
 */
export function takeHandedTours(): TourDefinition[] {
  const world = globalThis as unknown as World;
  const handed = world[Symbol.for(TOURS)];
  Reflect.deleteProperty(world, Symbol.for(TOURS));
  return Array.isArray(handed) ? (handed as TourDefinition[]) : [];
}
