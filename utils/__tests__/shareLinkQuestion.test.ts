import { afterEach, describe, expect, it } from 'vitest';
import type { PendingShareLink } from '../progress/types';
import { handToOverlay, listenForQuestions, takeHandedQuestion, takeHandedTours } from '../shareLinkQuestion';

const question: PendingShareLink = {
  tourId: 'invite-users',
  step: 4,
  action: 'step',
  host: 'mixpanel.com',
  at: 1,
};

/** As `scripting.executeScript` runs it: from its source alone, with nothing of this module around it. */
function runInTab(arg: unknown, tours: unknown = null): boolean {
  return new Function('arg', 'tours', `return (${handToOverlay.toString()})(arg, tours)`)(
    arg,
    tours,
  ) as boolean;
}

const TOURS = [
  { id: 'invite-users', steps: [{ id: 'open-settings' }] },
  { id: 'change-role', steps: [] },
];

const ALIVE = Symbol.for('invite-guide.overlay');
const world = globalThis as unknown as Record<symbol, unknown>;
/** What `overlay.content.ts` leaves in the world while it is mounted. */
const mountOverlay = (alive = true) => (world[ALIVE] = () => alive);

afterEach(() => {
  void takeHandedQuestion();
  void takeHandedTours();
  Reflect.deleteProperty(world, ALIVE);
});

describe('a share link question handed from the background to the overlay', () => {
  it('handed before the overlay mounts: the overlay takes it at its first render, once', () => {
    runInTab(question);
    expect(takeHandedQuestion()).toEqual(question);
    expect(takeHandedQuestion()).toBeNull();
  });

  it('tells the background whether a live overlay is here, so its script is not evaluated twice', () => {
    expect(runInTab(null)).toBe(false);
    mountOverlay(false); // orphaned by an extension update
    expect(runInTab(null)).toBe(false);
    mountOverlay(true);
    expect(runInTab(null)).toBe(true);
    expect(takeHandedQuestion()).toBeNull();
  });

  it('handed while the overlay is on the page: it hears it; after its cleanup it is kept for the next', () => {
    const heard: PendingShareLink[] = [];
    mountOverlay();
    const stop = listenForQuestions((q) => heard.push(q));
    expect(runInTab(question)).toBe(true);
    expect(heard).toEqual([question]);
    expect(takeHandedQuestion()).toBeNull();
    stop();
    Reflect.deleteProperty(world, ALIVE);
    runInTab({ ...question, step: 2 });
    expect(heard).toHaveLength(1);
    expect(takeHandedQuestion()).toMatchObject({ step: 2 });
  });

  it('handed after the overlay mounted but before it listens (loaded with the page): heard once it listens', () => {
    mountOverlay();
    expect(takeHandedQuestion()).toBeNull(); // its first render found none
    runInTab(question);
    const heard: PendingShareLink[] = [];
    const stop = listenForQuestions((q) => heard.push(q));
    expect(heard).toEqual([question]);
    stop();
    expect(takeHandedQuestion()).toBeNull();
  });

  it('the cleanup of an overlay replaced by a newer one leaves the newer one listening', () => {
    const heard: PendingShareLink[] = [];
    mountOverlay();
    const stopOld = listenForQuestions(() => undefined);
    const stopNew = listenForQuestions((q) => heard.push(q));
    stopOld();
    runInTab(question);
    expect(heard).toEqual([question]);
    // Its own cleanup stops it: a question handed afterwards waits for the next overlay.
    stopNew();
    runInTab({ ...question, step: 6 });
    expect(heard).toHaveLength(1);
    expect(takeHandedQuestion()).toMatchObject({ step: 6 });
  });

  it('something that is not a question is never asked', () => {
    const heard: unknown[] = [];
    mountOverlay();
    const stop = listenForQuestions((q) => heard.push(q));
    runInTab({ tourId: 'invite-users', step: 'all' });
    stop();
    runInTab('<img src=x onerror=alert(1)>');
    expect(heard).toEqual([]);
    expect(takeHandedQuestion()).toBeNull();
  });
});

describe("the tours' definitions handed with the overlay's injection", () => {
  it('handed before the overlay mounts: it takes them once, so its first card needs no message', () => {
    expect(runInTab(null, TOURS)).toBe(false);
    expect(takeHandedTours()).toEqual(TOURS);
    expect(takeHandedTours()).toEqual([]);
  });

  it('a live overlay already has them: nothing is left lying in the world', () => {
    mountOverlay();
    expect(runInTab(question, TOURS)).toBe(true);
    expect(takeHandedTours()).toEqual([]);
  });

  it('what is not a list is not taken for the tours', () => {
    runInTab(null, { id: 'invite-users', steps: [] });
    expect(takeHandedTours()).toEqual([]);
    runInTab(null, 'invite-users');
    expect(takeHandedTours()).toEqual([]);
  });
});
