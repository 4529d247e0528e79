import { describe, expect, it } from 'vitest';
import { inviteUsersTour as tour } from '@/tours/inviteUsers';
import type { TourStep } from '@/tours/types';
import { beginStep, decideStep, isErrorText, pressTarget, resumeIndex, startGuiding } from '../decideStep';
import type { StepMemory, StepReading } from '../stepFacts';

// Elements are opaque to the engine: plain labels stand in for them.
type E = string;
const WAIT = 4000;
const stepAt = (id: string): TourStep => tour.steps.find((s) => s.id === id)!;

function reading(overrides: Partial<StepReading<E>> = {}): StepReading<E> {
  return {
    watched: true,
    path: '/somewhere',
    target: null,
    targetMisses: [],
    targetDisabled: false,
    pagesHere: new Set(),
    requiresMet: true,
    restoreTarget: null,
    waypoint: null,
    stateSatisfied: false,
    dialogOpen: false,
    dialogErrors: [],
    liveMessages: [],
    listedAddresses: [],
    choiceValue: null,
    choiceCount: 0,
    ...overrides,
  };
}

function decide(
  step: TourStep,
  r: Partial<StepReading<E>>,
  memory: StepMemory = beginStep(false),
  { now = 10_000, invitees = new Set<string>() } = {},
) {
  return decideStep<E>({ tour, step, reading: reading(r), memory, invitees, now, notFoundAfterMs: WAIT });
}

describe('which page the user is on: known by what is on it, not by the address', () => {
  const step3 = stepAt('open-invite-dialog');

  it('a step whose target is on screen is on its page, whatever the address', () => {
    const d = decide(step3, { target: 'invite-button', path: '/settings/org/users-teams' });
    expect(d.view).toEqual({ kind: 'anchored', element: 'invite-button' });
  });

  it('no target and no landmark: "looking" during the wait, then the wrong-page card with Take me there', () => {
    const first = decide(step3, { path: '/project/1/app/home' }, beginStep(false), { now: 0 });
    expect(first.view).toEqual({ kind: 'searching' });
    const later = decide(step3, { path: '/project/1/app/home' }, first.memory, { now: WAIT });
    expect(later.view).toEqual({
      kind: 'wrongPage',
      pageKey: 'places.pages.usersAndTeams',
      canGuide: true,
    });
  });

  it('on the page (a landmark is there) but without the target: the not-found card, never wrong page', () => {
    const r = { pagesHere: new Set(['usersAndTeams']), path: '/anything' };
    const first = decide(step3, r, beginStep(false), { now: 0 });
    const later = decide(step3, r, first.memory, { now: WAIT });
    expect(later.view.kind).toBe('notFound');
  });

  it('the address only picks the wording: a path that looks like the page gives not-found, not wrong page', () => {
    const first = decide(step3, { path: '/settings/org/users' }, beginStep(false), { now: 0 });
    expect(decide(step3, { path: '/settings/org/users' }, first.memory, { now: WAIT }).view.kind).toBe(
      'notFound',
    );
  });
});

describe('steps done by the page the user reached', () => {
  it('step 1 completes when Settings is on screen, at any address, e.g. /project/<id>/app/settings', () => {
    const d = decide(stepAt('open-settings'), {
      pagesHere: new Set(['settings']),
      stateSatisfied: true,
      path: '/project/3141592/app/settings/org',
    });
    expect(d.complete).toBe(true);
  });

  it('a tab the user is not looking at completes nothing by its state', () => {
    expect(decide(stepAt('open-settings'), { stateSatisfied: true, watched: false }).complete).toBe(false);
  });

  it('a step already done, shown again, waits for its outcome to appear anew (Back to re-read step 4)', () => {
    const step4 = stepAt('enter-email');
    const shownAgain = decide(step4, { target: 'email', stateSatisfied: true }, beginStep(true));
    expect(shownAgain.complete).toBe(false);
    const cleared = decide(step4, { target: 'email', stateSatisfied: false }, shownAgain.memory);
    const retyped = decide(step4, { target: 'email', stateSatisfied: true }, cleared.memory);
    expect(retyped.complete).toBe(true);
  });
});

describe('getting there by guidance', () => {
  const step3 = stepAt('open-invite-dialog');

  it('Take me there points at the control on screen that leads on, and hands back once the page is there', () => {
    const guiding = startGuiding(beginStep(false));
    const atHome = decide(
      step3,
      {
        waypoint: { element: 'gear', hintKey: 'places.way.gear', placement: 'right' },
      },
      guiding,
    );
    expect(atHome.view).toEqual({
      kind: 'guiding',
      element: 'gear',
      hintKey: 'places.way.gear',
      placement: 'right',
      pageKey: 'places.pages.usersAndTeams',
    });
    expect(atHome.complete).toBe(false);
    const arrived = decide(
      step3,
      { target: 'invite-button', pagesHere: new Set(['usersAndTeams']) },
      atHome.memory,
    );
    expect(arrived.view).toEqual({ kind: 'anchored', element: 'invite-button' });
    expect(arrived.memory.guiding).toBe(false);
  });

  it('guiding with no control in sight ends, after the wait, with the offer to open the page', () => {
    const first = decide(step3, {}, startGuiding(beginStep(false)), { now: 0 });
    expect(first.view.kind).toBe('searching');
    expect(decide(step3, {}, first.memory, { now: WAIT }).view).toEqual({
      kind: 'noWay',
      pageKey: 'places.pages.usersAndTeams',
    });
  });
});

describe('preconditions are real', () => {
  const step5 = stepAt('set-roles');
  const onUsersPage = { pagesHere: new Set(['usersAndTeams']) };

  const formOpen = () => decide(step5, { ...onUsersPage, target: 'org-role' }).memory;

  it('the form closed during a step: the card says so at once and points at "+ Invite Users"', () => {
    const d = decide(
      step5,
      { ...onUsersPage, requiresMet: false, restoreTarget: 'invite-button' },
      formOpen(),
    );
    expect(d.view).toEqual({ kind: 'needs', element: 'invite-button', messageKey: 'inviteTour.formClosed' });
    expect(d.complete).toBe(false);
  });

  it('a form not seen yet in this step is waited for (still opening) before the card says it is missing', () => {
    const closed = { ...onUsersPage, requiresMet: false, restoreTarget: 'invite-button' };
    const first = decide(step5, closed, beginStep(false), { now: 1000 });
    expect(first.view).toEqual({ kind: 'searching' });
    expect(decide(step5, closed, first.memory, { now: 1000 + WAIT - 1 }).view).toEqual({ kind: 'searching' });
    expect(decide(step5, closed, first.memory, { now: 1000 + WAIT }).view.kind).toBe('needs');
    // It opens in time: the card anchors, and no resume is asked (nothing was lost).
    const opened = decide(step5, { ...onUsersPage, target: 'org-role' }, first.memory, { now: 1500 });
    expect(opened.view).toEqual({ kind: 'anchored', element: 'org-role' });
    expect(opened.resume).toBe(false);
  });

  it('once the form is back the engine asks to resume at the earliest step the page does not satisfy', () => {
    const closed = decide(
      step5,
      { ...onUsersPage, requiresMet: false, restoreTarget: 'invite-button' },
      formOpen(),
    );
    const reopened = decide(step5, { ...onUsersPage, target: 'org-role' }, closed.memory);
    expect(reopened.resume).toBe(true);
    const index = (id: string) => tour.steps.findIndex((s) => s.id === id);
    // The e-mail field is empty in the new form: step 4.
    expect(resumeIndex(tour, index('set-roles'), (s) => s.id !== 'enter-email')).toBe(index('enter-email'));
    expect(resumeIndex(tour, index('review'), (s) => s.id === 'enter-email')).toBe(index('set-roles'));
    expect(resumeIndex(tour, index('set-roles'), () => true)).toBe(index('set-roles'));
  });
});

describe('step 7 completes when the invitation was sent, not when Invite was clicked', () => {
  const step7 = stepAt('send-invite');
  const open = { target: 'invite', dialogOpen: true, pagesHere: new Set(['usersAndTeams']) };

  const submit = (memory = beginStep(false), live: string[] = []) =>
    pressTarget(step7, reading({ ...open, liveMessages: live }), memory, 1000).memory;

  it('a press on a disabled Invite is no submission', () => {
    const pressed = pressTarget(step7, reading({ ...open, targetDisabled: true }), beginStep(false), 0);
    expect(pressed.memory.submission).toBeNull();
    expect(pressed.clicked).toBe(false);
  });

  it('an error in the dialog keeps the step open and the card says what the app said', () => {
    const d = decide(
      step7,
      { ...open, dialogErrors: ['Something went wrong while sending the invitation.'] },
      submit(),
    );
    expect(d.complete).toBe(false);
    expect(d.view).toMatchObject({ kind: 'sendFailed', element: 'invite', rateLimited: false });
    // The error is still said after the app clears it, until the next press.
    expect(decide(step7, open, d.memory).view.kind).toBe('sendFailed');
  });

  it('a rate-limit message is recognised as such', () => {
    const d = decide(
      step7,
      { ...open, dialogErrors: ['Too many invitations to this domain. Try again in an hour.'] },
      submit(),
    );
    expect(d.view).toMatchObject({ kind: 'sendFailed', rateLimited: true });
  });

  it('the dialog closes without error and a toast appears, in any wording: done', () => {
    const memory = submit(beginStep(false), ['Old message']);
    expect(decide(step7, { liveMessages: ['Old message'] }, memory, { now: 1100 }).complete).toBe(false);
    expect(decide(step7, { liveMessages: ['Old message', '1 invite sent'] }, memory).complete).toBe(true);
  });

  it('without a toast, the invitee listed completes it; nothing confirms it: the card says so after the wait', () => {
    const memory = submit();
    const waiting = decide(step7, {}, memory, { now: 1500 });
    expect(waiting.view).toEqual({ kind: 'confirming', element: null, waitedTooLong: false });
    expect(decide(step7, {}, waiting.memory, { now: 1000 + WAIT }).view).toMatchObject({
      waitedTooLong: true,
    });
    const listed = decide(step7, { listedAddresses: ['new.analyst@example.com'] }, waiting.memory, {
      invitees: new Set(['new.analyst@example.com']),
    });
    expect(listed.complete).toBe(true);
  });

  it('a toast with an error after the dialog closed is a refusal, not a confirmation', () => {
    const d = decide(
      step7,
      { liveMessages: ['Could not send the invitation'], restoreTarget: 'invite-users' },
      submit(),
    );
    expect(d.complete).toBe(false);
    expect(d.view).toMatchObject({ kind: 'sendFailed', element: 'invite-users' });
  });

  it('Cancel after an error: nothing was sent, the card asks to open the form again', () => {
    const failed = decide(step7, { ...open, dialogErrors: ['Something went wrong'] }, submit());
    const cancelled = decide(
      step7,
      { pagesHere: new Set(['usersAndTeams']), requiresMet: false, restoreTarget: 'invite-users' },
      failed.memory,
    );
    expect(cancelled.complete).toBe(false);
    expect(cancelled.view).toMatchObject({ kind: 'needs', element: 'invite-users' });
  });

  it('words of errors are told from words of success', () => {
    expect(['Invitation sent', '1 invite sent', 'Done!', 'Invites are on their way'].some(isErrorText)).toBe(
      false,
    );
    expect(
      ['Failed to invite', "Couldn't send", 'Rate limit reached', 'Please try again'].every(isErrorText),
    ).toBe(true);
  });
});

describe('step 8 waits for the invitee’s own row', () => {
  const step8 = stepAt('verify-pending');
  const invitees = new Set(['new.analyst@example.com']);

  it('an older pending invitation does not complete it; the invitee’s row does', () => {
    expect(
      decide(step8, { target: 'tab', listedAddresses: ['sam.rivera@example.com'] }, undefined, { invitees })
        .complete,
    ).toBe(false);
    expect(
      decide(
        step8,
        { target: 'tab', listedAddresses: ['sam.rivera@example.com', 'new.analyst@example.com'] },
        undefined,
        {
          invitees,
        },
      ).complete,
    ).toBe(true);
  });

  it('after a reload (address forgotten) a row that appears counts, the rows listed at the start do not', () => {
    const start = decide(step8, { target: 'tab', listedAddresses: ['sam.rivera@example.com'] });
    expect(start.complete).toBe(false);
    expect(start.view).toEqual({ kind: 'unsure', element: 'tab' });
    const appeared = decide(
      step8,
      { target: 'tab', listedAddresses: ['sam.rivera@example.com', 'x@example.com'] },
      start.memory,
    );
    expect(appeared.complete).toBe(true);
  });
});
