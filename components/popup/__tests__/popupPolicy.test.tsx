// @vitest-environment happy-dom
import { TOURS } from '@/tours';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReactHarness } from '@/utils/__tests__/reactHarness';
import { inviteUsersTour } from '@/tours/inviteUsers';
import { DEFAULT_POLICY, type Policy } from '@/utils/policy';
import { PopupApp } from '../PopupApp';

const STEP_IDS = inviteUsersTour.steps.map((step) => step.id);

function progressWith(status: 'in_progress' | 'completed', doneSteps: number) {
  const done = Object.fromEntries(STEP_IDS.slice(0, doneSteps).map((id, index) => [id, index + 1]));
  return {
    tours: {
      'invite-users': {
        status,
        currentStep: status === 'completed' ? 7 : doneSteps,
        done,
        startedAt: 1,
        completedAt: status === 'completed' ? 9 : null,
        updatedAt: 9,
      },
    },
  };
}

const harness = createReactHarness();
let container: HTMLElement;
let sent: { type: string; payload: unknown }[];

/** The background, answering `getPolicy` with `policy` and everything else with success. */
function backgroundWithPolicy(policy: Policy) {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    type: string;
    payload: unknown;
  }) => {
    sent.push({ type: message.type, payload: message.payload });
    if (message.type === 'getPolicy') return { ok: true, policy };
    return { ok: true, state: { tours: {} }, changed: true, tabId: 1, openedNewTab: false };
  }) as typeof fakeBrowser.runtime.sendMessage);
}

async function renderPopup(stored: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ progress: stored, progress$: { v: 2 } });
  harness.render((store) => (
    <PopupApp
      store={store}
      tours={TOURS}
      iconUrl="icon.png"
      optionsUrl="options.html"
      openOptions={() => undefined}
      practiceUrl={(tourId) => `practice.html?tour=${tourId}`}
      openPractice={() => undefined}
    />
  ));
  await act(() => vi.waitFor(() => expect(container.querySelector('.popup-primary button')).not.toBeNull()));
  // The policy's answer has arrived once it was asked and the page rendered after it.
  await act(() => vi.waitFor(() => expect(sent.some((m) => m.type === 'getPolicy')).toBe(true)));
}

function button(name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
}

async function openHelp(): Promise<void> {
  await act(async () => button('Help')!.click());
}

beforeEach(() => {
  container = harness.container;
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
});

describe('the popup under the enterprise policy', () => {
  it('asks for the policy once, and offers "Reset progress" when resets are allowed', async () => {
    backgroundWithPolicy({ ...DEFAULT_POLICY });
    await renderPopup(progressWith('in_progress', 2));

    await vi.waitFor(() => expect(button('Reset progress')).toBeDefined());
    expect(sent.filter((m) => m.type === 'getPolicy')).toHaveLength(1);
  });

  it('hides "Reset progress" when the organization turned resets off', async () => {
    backgroundWithPolicy({ ...DEFAULT_POLICY, hideReset: true });
    await renderPopup(progressWith('in_progress', 2));

    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(button('Reset progress')).toBeUndefined();
    expect(button('Resume tour')).toBeDefined();
  });

  it('a finished tour is restarted (ticks cleared) when resets are allowed', async () => {
    backgroundWithPolicy({ ...DEFAULT_POLICY });
    await renderPopup(progressWith('completed', 8));
    await vi.waitFor(() => expect(button('Restart tour')).toBeDefined());

    await act(async () => button('Restart tour')!.click());

    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('startTour'));
    // One request: the background resets and starts in one command, nothing can come between.
    expect(sent.find((m) => m.type === 'startTour')?.payload).toEqual({
      tourId: 'invite-users',
      restart: true,
    });
    expect(sent.filter((m) => m.type === 'command')).toEqual([]);
  });

  it('with resets off, a finished tour is gone through again from step 1 without clearing its ticks', async () => {
    backgroundWithPolicy({ ...DEFAULT_POLICY, hideReset: true });
    await renderPopup(progressWith('completed', 8));
    await vi.waitFor(() => expect(button('Go through it again')).toBeDefined());
    expect(button('Restart tour')).toBeUndefined();
    expect(container.textContent).toContain('Starts again at step 1; your ticks stay.');

    await act(async () => button('Go through it again')!.click());

    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('startTour'));
    expect(sent.filter((m) => m.type === 'command')).toEqual([]);
    expect(sent.find((m) => m.type === 'startTour')?.payload).toEqual({ tourId: 'invite-users', step: 0 });
  });

  it('shows no support contact when the policy names none', async () => {
    backgroundWithPolicy({ ...DEFAULT_POLICY });
    await renderPopup(progressWith('in_progress', 2));
    await openHelp();

    expect(container.textContent).toContain('Help with inviting users');
    expect(container.textContent).not.toContain('Need help?');
  });

  it('shows a plain-text support contact under the answers, as text', async () => {
    backgroundWithPolicy({
      ...DEFAULT_POLICY,
      supportContact: { text: '<b>IT help desk</b>, ext. 4242', url: null },
    });
    await renderPopup(progressWith('in_progress', 2));
    await openHelp();

    const contact = container.querySelector('.support-contact')!;
    expect(contact.textContent).toBe('Need help? Contact <b>IT help desk</b>, ext. 4242');
    expect(contact.querySelector('b')).toBeNull();
    expect(contact.querySelector('a')).toBeNull();
  });

  it('links an https: contact, and shows a mailto: contact as the address', async () => {
    backgroundWithPolicy({
      ...DEFAULT_POLICY,
      supportContact: { text: 'mailto:analytics@example.com', url: 'mailto:analytics@example.com' },
    });
    await renderPopup(progressWith('in_progress', 2));
    await openHelp();

    const link = container.querySelector<HTMLAnchorElement>('.support-contact a')!;
    expect(link.getAttribute('href')).toBe('mailto:analytics@example.com');
    expect(link.textContent).toBe('analytics@example.com');
    expect(container.querySelector('.support-contact')!.textContent).toBe(
      'Need help? Contact analytics@example.com',
    );
  });
});
