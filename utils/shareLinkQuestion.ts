import { parsePendingShareLink } from './progress/parseProgress';
import type { PendingShareLink } from './progress/types';

/**
 * How a share link's question reaches the overlay: the background, which decided that the user must
 * choose, hands it into the tab's content-script world right before (or after) injecting the overlay.
 * No message goes back and forth for it. Both keys live in the extension's isolated world, out of the
 * page's reach.
 */
const HANDED = 'invite-guide.share-link-question';
const LISTENER = 'invite-guide.share-link-listener';

type World = Record<symbol, unknown>;

/**
 * Runs in the tab through `scripting.executeScript({ func, args })`, so it is self-contained: no
 * imports, no outer names. Gives a question (if any) to a mounted overlay, else leaves it for the one
 * mounting. Returns whether a live overlay is on this page already (see `overlay.content.ts`), so the
 * background does not evaluate the overlay's script a second time.
 */
// Stryker disable all: the tests run this from its source text, as the tab does; mutation testing's
// instrumentation would make that text call helpers that are not there.
export function handQuestionToOverlay(question: unknown): boolean {
  const world = globalThis as unknown as World;
  const alive = world[Symbol.for('invite-guide.overlay')];
  const mounted = typeof alive === 'function' && alive() === true;
  if (question !== null && question !== undefined) {
    const listener = world[Symbol.for('invite-guide.share-link-listener')];
    if (mounted && typeof listener === 'function') listener(question);
    else world[Symbol.for('invite-guide.share-link-question')] = question;
  }
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

/** The overlay: hears questions handed while it is on the page. Returns the cleanup. */
export function listenForQuestions(onQuestion: (question: PendingShareLink) => void): () => void {
  const world = globalThis as unknown as World;
  const listener = (raw: unknown) => {
    const question = parsePendingShareLink(raw);
    if (question) onQuestion(question);
  };
  world[Symbol.for(LISTENER)] = listener;
  return () => {
    if (world[Symbol.for(LISTENER)] === listener) Reflect.deleteProperty(world, Symbol.for(LISTENER));
  };
}
