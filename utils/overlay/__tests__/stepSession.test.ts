// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TourStep } from '@/tours/types';
import { startStepSession, type StepView } from '../stepSession';

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
    page: { path: '^/settings/org/users', url: '/settings/org/users', nameKey: 'p' },
    target: [{ by: 'role', role: 'button', name: 'Invite Users' }],
    placement: 'bottom',
    completeOn: [{ kind: 'click' }],
    ...overrides,
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

let stop: (() => void) | undefined;
let views: StepView[];
let completed: number;

function run(s: TourStep, notFoundAfterMs = 4000) {
  stop = startStepSession({
    step: s,
    platform,
    notFoundAfterMs,
    onView: (view) => views.push(view),
    onComplete: () => completed++,
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
});

afterEach(() => {
  stop?.();
  stop = undefined;
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

  it('ignores clicks on a disabled target and clicks elsewhere', () => {
    const { host, button } = shadowButton('Invite Users');
    button.disabled = true;
    document.body.append(host, Object.assign(document.createElement('button'), { textContent: 'Other' }));
    run(step({}));
    button.click();
    (document.body.lastElementChild as HTMLElement).click();
    expect(completed).toBe(0);
  });

  it('says "wrong page" elsewhere, and completes by route when the user arrives where the step leads', async () => {
    history.replaceState(null, '', '/project/1/view/2/app/home');
    run(step({ completeOn: [{ kind: 'route', path: '^/settings/org/users/invited' }] }));
    expect(lastView()).toEqual({ kind: 'wrongPage' });
    history.pushState(null, '', '/settings/org/users/invited');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await frames();
    expect(completed).toBe(1);
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
    run(step({}), 3000);
    expect(lastView()).toEqual({ kind: 'searching' });
    vi.advanceTimersByTime(3000);
    expect(lastView()).toMatchObject({
      kind: 'notFound',
      misses: [{ strategy: { by: 'role', name: 'Invite Users' }, reason: 'no-match' }],
    });
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
    run(step({ completeOn: [{ kind: 'route', path: '^/settings/org/users' }] }));
    await frames();
    expect(completed).toBe(0);
  });

  it('after cleanup, page changes report nothing', async () => {
    run(step({}));
    const count = views.length;
    stop!();
    stop = undefined;
    document.body.append(shadowButton('Invite Users').host);
    await frames();
    expect(views.length).toBe(count);
  });
});
