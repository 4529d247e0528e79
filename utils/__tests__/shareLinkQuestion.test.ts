import { afterEach, describe, expect, it } from 'vitest';
import type { PendingShareLink } from '../progress/types';
import { handQuestionToOverlay, listenForQuestions, takeHandedQuestion } from '../shareLinkQuestion';

const question: PendingShareLink = {
  tourId: 'invite-users',
  step: 4,
  action: 'step',
  host: 'mixpanel.com',
  at: 1,
};

/** As `scripting.executeScript` runs it: from its source alone, with nothing of this module around it. */
function runInTab(arg: unknown): boolean {
  return new Function('arg', `return (${handQuestionToOverlay.toString()})(arg)`)(arg) as boolean;
}

const ALIVE = Symbol.for('invite-guide.overlay');
const world = globalThis as unknown as Record<symbol, unknown>;
/** What `overlay.content.ts` leaves in the world while it is mounted. */
const mountOverlay = (alive = true) => (world[ALIVE] = () => alive);

afterEach(() => {
  void takeHandedQuestion();
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
