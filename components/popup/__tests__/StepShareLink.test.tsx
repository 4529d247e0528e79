// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tourViewOf } from '@/components/ui/tourView';
import { inviteUsersTour } from '@/tours/inviteUsers';
import { useEnglishMessages } from '@/utils/__tests__/fakeI18n';
import { NOT_STARTED } from '@/utils/progress/tourProgress';
import type { TourProgress } from '@/utils/progress/types';
import { StepShareLink } from '../StepShareLink';
import type { MixpanelHost } from '../useActiveMixpanelHost';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const AT_STEP_3: TourProgress = {
  status: 'in_progress',
  currentStep: 2,
  done: { 'open-settings': 1, 'open-users-and-teams': 2 },
  startedAt: 1,
  completedAt: null,
  updatedAt: 2,
};

let root: Root;
let container: HTMLElement;

function render(progress: TourProgress, host?: MixpanelHost): void {
  const view = tourViewOf(inviteUsersTour, progress);
  act(() =>
    root.render(
      <StepShareLink
        tour={inviteUsersTour}
        stepIndex={view.targetIndex}
        view={view}
        {...(host ? { host } : {})}
      />,
    ),
  );
}

function labelled<T extends HTMLElement>(label: string): T {
  const element = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
  const control = element && container.querySelector<T>(`#${CSS.escape(element.htmlFor)}`);
  if (!control) throw new Error(`no control labelled "${label}"`);
  return control;
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const status = () => container.querySelector('[role="status"]')!.textContent;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('StepShareLink', () => {
  it('is folded away until "Share a step" is pressed', () => {
    render(AT_STEP_3);
    const toggle = button('Share a step');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector<HTMLElement>('.share-panel')!.hidden).toBe(true);

    act(() => toggle.click());

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector<HTMLElement>('.share-panel')!.hidden).toBe(false);
  });

  it('holds the link to the current step, and to step 1 before the tour has started', () => {
    render(AT_STEP_3);
    expect(labelled<HTMLInputElement>('Share link').value).toBe(
      'https://mixpanel.com/settings/org?guide=invite-users&guide-step=3',
    );
    expect(labelled<HTMLInputElement>('Share link').readOnly).toBe(true);
    expect(labelled<HTMLSelectElement>('Step').selectedOptions[0]!.textContent).toBe(
      '3. Start an invitation',
    );

    render(NOT_STARTED);
    expect(labelled<HTMLInputElement>('Share link').value).toBe(
      'https://mixpanel.com/?guide=invite-users&guide-step=1',
    );
  });

  it('offers the eight steps and the three hosts, and the link follows the choices', () => {
    render(AT_STEP_3);
    const step = labelled<HTMLSelectElement>('Step');
    const host = labelled<HTMLSelectElement>('Mixpanel host');
    expect([...step.options].map((o) => o.textContent)).toEqual([
      '1. Open Settings',
      '2. Open Users & Teams',
      '3. Start an invitation',
      '4. Enter their e-mail address',
      '5. Choose their roles',
      '6. Review before sending',
      '7. Send the invitation',
      '8. Check the pending invitation',
    ]);
    expect([...host.options].map((o) => [o.value, o.textContent])).toEqual([
      ['mixpanel.com', 'US'],
      ['eu.mixpanel.com', 'EU'],
      ['in.mixpanel.com', 'India'],
    ]);

    choose(step, '4');
    choose(host, 'in.mixpanel.com');

    expect(labelled<HTMLInputElement>('Share link').value).toBe(
      'https://in.mixpanel.com/settings/org?guide=invite-users&guide-step=5',
    );
    // A step the user picked stays picked when their progress moves on.
    render({ ...AT_STEP_3, currentStep: 3 });
    expect(labelled<HTMLInputElement>('Share link').value).toContain('guide-step=5');
  });

  it('starts on the host of the Mixpanel tab the user is on', () => {
    render(AT_STEP_3, 'eu.mixpanel.com');
    expect(labelled<HTMLSelectElement>('Mixpanel host').value).toBe('eu.mixpanel.com');
    expect(labelled<HTMLInputElement>('Share link').value).toMatch(/^https:\/\/eu\.mixpanel\.com\//);
  });

  it('"Copy" puts the link on the clipboard and says so politely; a new choice clears the message', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(AT_STEP_3);

    await act(async () => button('Copy').click());

    expect(writeText).toHaveBeenCalledWith(
      'https://mixpanel.com/settings/org?guide=invite-users&guide-step=3',
    );
    expect(status()).toBe('Link copied');
    choose(labelled<HTMLSelectElement>('Step'), '0');
    expect(status()).toBe('');
  });

  it('when the clipboard refuses, the link is selected and the user is told to press Ctrl+C', async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException('Document is not focused.', 'NotAllowedError');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(AT_STEP_3);
    act(() => button('Share a step').click());
    const field = labelled<HTMLInputElement>('Share link');

    await act(async () => button('Copy').click());

    expect(status()).toBe('Press Ctrl+C to copy');
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });
});
