// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TourDefinition, TourStep } from '@/tours/types';
import {
  createTabMemory,
  startStepSession,
  type StepSession,
  type StepView,
  type TabMemory,
} from '../stepSession';

// happy-dom has no layout: "visible" here means not under a [hidden] element, and frames are timers.
const platform = {
  isVisible: (el: Element) => !el.closest('[hidden]'),
  requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0) as unknown as number,
  cancelAnimationFrame: (handle: number) => clearTimeout(handle),
};

function step(overrides: Partial<TourStep>): TourStep {
  return {
    id: 'open-invite-dialog',
    titleKey: 't',
    bodyKey: 'b',
    hintKey: 'h',
    page: 'users',
    target: [{ by: 'role', role: 'button', name: 'Invite Users' }],
    placement: 'bottom',
    completeOn: [{ kind: 'click' }],
    ...overrides,
  };
}

/** A tour around the steps under test, with a page known by its heading and reached by a "Users" link. */
function tourOf(...steps: TourStep[]): TourDefinition {
  return {
    id: 'test-tour',
    titleKey: 't',
    descriptionKey: 'd',
    doneKeys: { title: 't', body: 'b', titleByHand: 't', bodyByHand: 'b' },
    startPath: '/',
    pages: {
      users: {
        nameKey: 'p',
        landmarks: [[{ by: 'role', role: 'heading', name: 'Users & Teams' }]],
        way: [{ target: [{ by: 'role', role: 'link', name: 'Users' }], hintKey: 'way.users' }],
      },
    },
    steps,
  };
}

/** A button inside an open shadow root, as Mixpanel's mp-button renders it. */
function shadowButton(label: string): { host: HTMLElement; button: HTMLButtonElement; icon: HTMLElement } {
  const host = document.createElement('mp-button');
  const button = document.createElement('button');
  const icon = document.createElement('span');
  icon.textContent = '+';
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon, ` ${label}`);
  host.attachShadow({ mode: 'open' }).append(button);
  return { host, button, icon };
}

let session: StepSession | undefined;
let views: StepView[];
let completed: number;
let resumedAt: number[];
let notFoundReports: unknown[];
let memory: TabMemory;
const stop = () => session?.stop();

function run(s: TourStep | TourDefinition, notFoundAfterMs = 4000, stepIndex = 0) {
  session = startStepSession({
    tour: 'steps' in s ? s : tourOf(s),
    stepIndex,
    alreadyDone: false,
    isDone: () => false,
    memory,
    platform,
    notFoundAfterMs,
    onView: (view) => views.push(view),
    onComplete: () => completed++,
    onResume: (index) => resumedAt.push(index),
    onNotFound: (misses) => notFoundReports.push(misses),
  });
}
const lastView = () => views[views.length - 1];
// Checks are batched to frames (and spaced out after slow ones): give them time, then look.
const frames = () => new Promise((resolve) => setTimeout(resolve, 60));

beforeEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/settings/org/users');
  views = [];
  completed = 0;
  resumedAt = [];
  notFoundReports = [];
  memory = createTabMemory();
});

afterEach(() => {
  stop();
  session = undefined;
  vi.useRealTimers();
});

describe('a step on the page', () => {
  it('anchors to the target inside a shadow root and completes on a click on a child of it', async () => {
    const { host, button, icon } = shadowButton('Invite Users');
    document.body.append(host);
    run(step({}));
    expect(lastView()).toEqual({ kind: 'anchored', element: button });
    icon.click();
    expect(completed).toBe(1);
  });

  it('a ticker elsewhere on the page does not make the step read the page; the target arriving still does', async () => {
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' }));
    const ticker = document.body.appendChild(document.createElement('div'));
    let looks = 0;
    session = startStepSession({
      tour: tourOf(step({})),
      stepIndex: 0,
      alreadyDone: false,
      isDone: () => false,
      memory,
      platform: { ...platform, isVisible: (el) => (looks++, platform.isVisible(el)) },
      onView: (view) => views.push(view),
      onComplete: () => completed++,
    });
    expect(lastView()).toEqual({ kind: 'searching' });
    looks = 0;
    for (let i = 0; i < 20; i += 1) {
      ticker.textContent = String(i);
      ticker.className = i % 2 ? 'up' : 'down';
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await frames();
    expect(looks).toBe(0);
    const { host, button } = shadowButton('Invite Users');
    document.body.append(host);
    await frames();
    expect(lastView()).toEqual({ kind: 'anchored', element: button });
  });

  it('ignores clicks on a disabled target and clicks elsewhere', () => {
    const { host, button, icon } = shadowButton('Invite Users');
    button.disabled = true;
    document.body.append(host, Object.assign(document.createElement('button'), { textContent: 'Other' }));
    run(step({}));
    // Dispatched by hand: the click reaches the session even though the button is disabled.
    icon.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    (document.body.lastElementChild as HTMLElement).click();
    expect(completed).toBe(0);
    button.disabled = false;
    icon.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(completed).toBe(1);
  });

  it('elsewhere says "wrong page" after the wait; Take me there points at the link; arriving completes', async () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/project/1/view/2/app/home');
    const users = Object.assign(document.createElement('a'), { href: '/u', textContent: 'Users' });
    document.body.append(users);
    run(step({}), 1000);
    await vi.advanceTimersByTimeAsync(1100);
    expect(lastView()).toEqual({ kind: 'wrongPage', pageKey: 'p', canGuide: true });
    session!.guide();
    await vi.advanceTimersByTimeAsync(20);
    expect(lastView()).toMatchObject({ kind: 'guiding', element: users, hintKey: 'way.users' });
    const heading = Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' });
    users.replaceWith(heading);
    await vi.advanceTimersByTimeAsync(20);
    // On the page now: the step's own card is back, looking for its target.
    expect(lastView()).toEqual({ kind: 'searching' });
  });

  it('a step done by reaching a page completes when the page is on screen, at whatever address', async () => {
    history.replaceState(null, '', '/project/1/app/settings/org/users-teams');
    run(step({ page: undefined, completeOn: [{ kind: 'reached', page: 'users' }] }));
    await frames();
    expect(completed).toBe(0);
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' }));
    await frames();
    expect(completed).toBe(1);
  });

  it('reads a target that arrives with new elements in the mutation callback, before any frame', async () => {
    const held: (() => void)[] = [];
    session = startStepSession({
      tour: tourOf(step({})),
      stepIndex: 0,
      alreadyDone: false,
      isDone: () => false,
      memory,
      // Frames that never come: only the mutation callback itself can show the card.
      platform: { ...platform, requestAnimationFrame: (cb) => held.push(cb), cancelAnimationFrame: () => {} },
      onView: (view) => views.push(view),
      onComplete: () => completed++,
    });
    expect(lastView()).toEqual({ kind: 'searching' });
    const dialog = document.createElement('div');
    const { host, button } = shadowButton('Invite Users');
    dialog.append(host);
    document.body.append(dialog);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(held.length).toBeGreaterThan(0);
    expect(lastView()).toEqual({ kind: 'anchored', element: button });
  });

  it('waits for a target that renders late, then anchors to it the frame after it appears', async () => {
    run(step({}));
    expect(lastView()).toEqual({ kind: 'searching' });
    const { host, button } = shadowButton('Invite Users');
    document.body.append(host);
    await vi.waitFor(() => expect(lastView()).toEqual({ kind: 'anchored', element: button }));
  });

  it('follows a re-rendered target to its new element', async () => {
    const first = shadowButton('Invite Users');
    document.body.append(first.host);
    run(step({}));
    const second = shadowButton('Invite Users');
    first.host.replaceWith(second.host);
    await vi.waitFor(() => expect(lastView()).toEqual({ kind: 'anchored', element: second.button }));
  });

  it('shows the not-found fallback with what failed once the wait is over, never dead-ending', async () => {
    vi.useFakeTimers();
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' }));
    run(step({}), 3000);
    expect(lastView()).toEqual({ kind: 'searching' });
    await vi.advanceTimersByTimeAsync(3100);
    expect(lastView()).toMatchObject({
      kind: 'notFound',
      misses: [{ strategy: { by: 'role', name: 'Invite Users' }, reason: 'no-match' }],
    });
  });

  it('reports a missing target once per step shown, however often the fallback comes and goes', async () => {
    vi.useFakeTimers();
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' }));
    run(step({}), 1000);
    await vi.advanceTimersByTimeAsync(1100);
    expect(notFoundReports).toEqual([
      [{ strategy: { by: 'role', role: 'button', name: 'Invite Users' }, reason: 'no-match' }],
    ]);
    // The button comes, the card anchors to it; it goes again, and the fallback shows again.
    const button = shadowButton('Invite Users');
    document.body.append(button.host);
    await vi.advanceTimersByTimeAsync(100);
    expect(lastView()).toMatchObject({ kind: 'anchored' });
    button.host.remove();
    await vi.advanceTimersByTimeAsync(1200);
    expect(lastView()).toMatchObject({ kind: 'notFound' });
    expect(notFoundReports).toHaveLength(1);
    // A new showing of the step (the page loaded again) may report it again.
    stop();
    run(step({}), 1000);
    await vi.advanceTimersByTimeAsync(1100);
    expect(notFoundReports).toHaveLength(2);
  });

  it('completes when a valid e-mail address is typed, not before; the address is not kept', async () => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Email address');
    document.body.append(input);
    run(
      step({
        target: [{ by: 'role', role: 'textbox', name: 'Email address' }],
        completeOn: [{ kind: 'validEmail' }],
      }),
    );
    input.value = 'new.analyst@';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await frames();
    expect(completed).toBe(0);
    input.value = 'new.analyst@example.com';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await frames();
    expect(completed).toBe(1);
    expect(JSON.stringify(views)).not.toContain('example.com');
    // Kept in the tab's memory only, to recognise the invitee's row at the end.
    expect([...memory.invitees]).toEqual(['new.analyst@example.com']);
  });

  it('completes when every listed drop-down shows a choice instead of its placeholder', async () => {
    const field = (label: string, text: string) => {
      const el = document.createElement('div');
      el.setAttribute('role', 'combobox');
      el.setAttribute('aria-label', label);
      el.textContent = text;
      document.body.append(el);
      return el;
    };
    const org = field('Organization role', 'Select role');
    const projects = field('Projects', 'Select projects');
    run(
      step({
        target: [{ by: 'role', role: 'combobox', name: 'Organization role' }],
        completeOn: [
          {
            kind: 'fieldsChosen',
            fields: [
              {
                target: [{ by: 'role', role: 'combobox', name: 'Organization role' }],
                placeholder: 'Select role',
              },
              {
                target: [{ by: 'role', role: 'combobox', name: 'Projects' }],
                placeholder: 'Select projects',
              },
            ],
          },
        ],
      }),
    );
    org.textContent = 'Member';
    await frames();
    expect(completed).toBe(0);
    projects.textContent = 'E-commerce Demo';
    await frames();
    expect(completed).toBe(1);
  });

  it('a page the user is not looking at does not complete steps by its state', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' }));
    run(step({ completeOn: [{ kind: 'reached', page: 'users' }] }));
    await frames();
    expect(completed).toBe(0);
  });

  it('a press on the target in a tab the user is not looking at completes nothing', async () => {
    // A page's own script can press a control in a background tab; that is not the user doing the step.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const { host, button } = shadowButton('Invite Users');
    document.body.append(host);
    run(step({}));
    button.click();
    await frames();
    expect(completed).toBe(0);
    visibility.mockReturnValue('visible');
    button.click();
    expect(completed).toBe(1);
  });

  it('a hidden tab does not teach the app’s address: the page is proven only where the user looks', async () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' }));
    const proven: [string, string][] = [];
    session = startStepSession({
      tour: tourOf(step({})),
      stepIndex: 0,
      alreadyDone: false,
      isDone: () => false,
      memory,
      platform,
      onView: (view) => views.push(view),
      onComplete: () => completed++,
      onPageProven: (pageKey, path) => proven.push([pageKey, path]),
    });
    await frames();
    expect(proven).toEqual([]);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await frames();
    expect(proven).toEqual([['users', '/settings/org/users']]);
  });

  it('after cleanup, page changes report nothing', async () => {
    run(step({}));
    const count = views.length;
    stop();
    session = undefined;
    document.body.append(shadowButton('Invite Users').host);
    await frames();
    expect(views.length).toBe(count);
  });

  describe('outcomes on screen', () => {
    const dialogTarget = [{ by: 'role', role: 'dialog', name: 'Invite New Users' }] as const;
    const sendStep = step({
      id: 'send',
      target: [{ by: 'role', role: 'button', name: 'Invite' }],
      requires: { target: dialogTarget, restoredBy: 'open-invite-dialog', messageKey: 'm' },
      completeOn: [{ kind: 'sent', dialog: dialogTarget, failedHintKey: 'f', rateLimitedHintKey: 'r' }],
    });
    const openDialog = () => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-label', 'Invite New Users');
      const email = Object.assign(document.createElement('input'), { value: 'New.Analyst@example.com' });
      const invite = Object.assign(document.createElement('button'), { textContent: 'Invite' });
      dialog.append(email, invite);
      document.body.append(dialog);
      return { dialog, invite };
    };

    it('a press on Invite followed by an error in the dialog keeps the step open and says the error', async () => {
      const { dialog, invite } = openDialog();
      run(tourOf(step({}), sendStep), 4000, 1);
      invite.click();
      const alert = Object.assign(document.createElement('p'), { textContent: 'Something went wrong' });
      alert.setAttribute('role', 'alert');
      dialog.append(alert);
      await frames();
      expect(completed).toBe(0);
      expect(lastView()).toMatchObject({
        kind: 'sendFailed',
        element: invite,
        error: 'Something went wrong',
      });
      // The press remembered the address typed in the form, for the row at the end.
      expect([...memory.invitees]).toEqual(['new.analyst@example.com']);
    });

    it('the dialog closing with a confirmation (any wording) completes it; Invite alone does not', async () => {
      const { dialog, invite } = openDialog();
      run(tourOf(step({}), sendStep), 4000, 1);
      invite.click();
      await frames();
      expect(completed).toBe(0);
      dialog.remove();
      await frames();
      expect(completed).toBe(0);
      expect(lastView()).toMatchObject({ kind: 'confirming' });
      const toast = Object.assign(document.createElement('div'), { textContent: '1 invite sent' });
      toast.setAttribute('role', 'status');
      document.body.append(toast);
      await frames();
      expect(completed).toBe(1);
    });

    it('Invite pressed while Review is shown completes Review, and the send step goes on from that press', async () => {
      const { dialog, invite } = openDialog();
      const review = step({ id: 'review', target: dialogTarget, completeOn: [{ kind: 'acknowledge' }] });
      const tour = tourOf(step({}), review, sendStep);
      run(tour, 4000, 1);
      await frames();
      invite.click();
      expect(completed).toBe(1);
      stop();
      // The overlay moves on to the send step: its session begins with the press in flight.
      run(tour, 4000, 2);
      dialog.remove();
      await frames();
      expect(lastView()).toMatchObject({ kind: 'confirming' });
      const toast = Object.assign(document.createElement('div'), { textContent: 'Invitation sent' });
      toast.setAttribute('role', 'status');
      document.body.append(toast);
      await frames();
      expect(completed).toBe(2);
      expect([...memory.invitees]).toEqual(['new.analyst@example.com']);
    });

    it('a press elsewhere while Review is shown, or on a disabled Invite, moves nothing on', async () => {
      const { invite } = openDialog();
      const review = step({ id: 'review', target: dialogTarget, completeOn: [{ kind: 'acknowledge' }] });
      run(tourOf(step({}), review, sendStep), 4000, 1);
      await frames();
      document.body.click();
      invite.disabled = true;
      invite.click();
      invite.setAttribute('aria-disabled', 'true');
      invite.disabled = false;
      invite.click();
      expect(completed).toBe(0);
      expect(memory.carried).toBeUndefined();
    });

    it('a natively disabled Invite pressed while Review is shown moves nothing on', async () => {
      const { invite } = openDialog();
      const review = step({ id: 'review', target: dialogTarget, completeOn: [{ kind: 'acknowledge' }] });
      run(tourOf(step({}), review, sendStep), 4000, 1);
      await frames();
      const label = Object.assign(document.createElement('span'), { textContent: 'Invite' });
      invite.replaceChildren(label);
      invite.disabled = true;
      // Dispatched by hand on the label: happy-dom drops any click on the disabled button itself, so the
      // session would never see it and the test could not fail.
      label.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(completed).toBe(0);
      expect(memory.carried).toBeUndefined();
      invite.disabled = false;
      label.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(completed).toBe(1);
    });

    it('Invite pressed in a tab the user is not looking at, while Review is shown, skips nothing', async () => {
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      const { invite } = openDialog();
      const review = step({ id: 'review', target: dialogTarget, completeOn: [{ kind: 'acknowledge' }] });
      run(tourOf(step({}), review, sendStep), 4000, 1);
      await frames();
      invite.click();
      expect(completed).toBe(0);
      expect(memory.carried).toBeUndefined();
      visibility.mockReturnValue('visible');
      invite.click();
      expect(completed).toBe(1);
      expect(memory.carried).toMatchObject({ stepId: 'send' });
    });

    it('the form closed during the step: points at "+ Invite Users", and resumes where the new form needs it', async () => {
      const opener = shadowButton('Invite Users');
      document.body.append(
        Object.assign(document.createElement('h1'), { textContent: 'Users & Teams' }),
        opener.host,
      );
      const emailStep = step({
        id: 'email',
        target: [{ by: 'role', role: 'textbox', name: 'Email address' }],
        requires: { target: dialogTarget, restoredBy: 'open-invite-dialog', messageKey: 'm' },
        completeOn: [{ kind: 'validEmail' }],
      });
      const { dialog } = openDialog();
      const field = Object.assign(document.createElement('input'), { value: 'a@example.com' });
      field.setAttribute('aria-label', 'Email address');
      dialog.prepend(field);
      run(tourOf(step({}), emailStep, sendStep), 4000, 2);
      dialog.remove();
      await frames();
      expect(lastView()).toEqual({ kind: 'needs', element: opener.button, messageKey: 'm' });
      const reopened = openDialog();
      const empty = document.createElement('input');
      empty.setAttribute('aria-label', 'Email address');
      reopened.dialog.prepend(empty);
      await frames();
      expect(resumedAt).toEqual([1]);
    });

    describe('a save with no confirmation: done when the page shows the chosen value in one more place', () => {
      const editorTarget = [{ by: 'role', role: 'group', name: 'Edit Organization Role' }] as const;
      const roleField = [{ by: 'role', role: 'combobox', name: 'Organization role' }] as const;
      const saveStep = step({
        id: 'save-role',
        target: [{ by: 'role', role: 'button', name: 'Save' }],
        completeOn: [
          {
            kind: 'sent',
            dialog: editorTarget,
            choice: roleField,
            failedHintKey: 'f',
            rateLimitedHintKey: 'r',
          },
        ],
      });
      /** The person's row (with their current role) and the editor with the drop-down showing `picked`. */
      const openEditor = (picked: string) => {
        const row = document.createElement('div');
        row.setAttribute('role', 'row');
        const rowRole = Object.assign(document.createElement('span'), { textContent: 'Member' });
        row.append(Object.assign(document.createElement('span'), { textContent: 'Chloé Dubois' }), rowRole);
        const editor = document.createElement('div');
        editor.setAttribute('role', 'group');
        editor.setAttribute('aria-label', 'Edit Organization Role');
        const field = Object.assign(document.createElement('button'), { textContent: picked });
        field.setAttribute('role', 'combobox');
        field.setAttribute('aria-label', 'Organization role');
        const save = Object.assign(document.createElement('button'), { textContent: 'Save' });
        editor.append(field, save);
        document.body.append(row, editor);
        return { rowRole, editor, save };
      };

      it('the row showing the picked role after the editor closed completes it', async () => {
        const { rowRole, editor, save } = openEditor('  Admin ');
        run(saveStep);
        await frames();
        save.click();
        editor.remove();
        await frames();
        expect(completed).toBe(0);
        rowRole.textContent = 'Admin';
        await frames();
        expect(completed).toBe(1);
      });

      it('the editor closing while the row keeps the old role does not complete it', async () => {
        const { rowRole, editor, save } = openEditor('Admin');
        // Elsewhere on the page "Admin" is shown already (another member): that place was there before.
        document.body.append(Object.assign(document.createElement('span'), { textContent: 'Admin' }));
        run(saveStep);
        await frames();
        save.click();
        editor.remove();
        rowRole.textContent = 'Member';
        await frames();
        expect(completed).toBe(0);
        expect(lastView()).toMatchObject({ kind: 'confirming' });
      });
    });

    it('step 8: an older pending row does not complete it, the invitee’s row does', async () => {
      const row = (address: string) => {
        const tr = document.createElement('div');
        tr.setAttribute('role', 'row');
        const resend = Object.assign(document.createElement('button'), { textContent: 'Resend Invite' });
        tr.append(Object.assign(document.createElement('span'), { textContent: address }), resend);
        return tr;
      };
      const table = document.createElement('div');
      table.append(row('sam.rivera@example.com'));
      const tab = Object.assign(document.createElement('button'), { textContent: 'Invited Users' });
      document.body.append(tab, table);
      memory.invitees.add('new.analyst@example.com');
      const rows = { marker: [{ by: 'role', role: 'button', name: 'Resend', partial: true }] } as const;
      run(
        step({
          target: [{ by: 'role', role: 'button', name: 'Invited Users' }],
          completeOn: [{ kind: 'listed', rows }],
        }),
      );
      await frames();
      expect(completed).toBe(0);
      table.append(row('New.Analyst@example.com'));
      await frames();
      expect(completed).toBe(1);
    });
  });
});
