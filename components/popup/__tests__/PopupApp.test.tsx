// @vitest-environment happy-dom
import { TOURS } from '@/tours';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReactHarness } from '@/utils/__tests__/reactHarness';
import { PopupApp } from '../PopupApp';

const AT_STEP_3 = {
  tours: {
    'invite-users': {
      status: 'in_progress',
      currentStep: 2,
      done: { 'open-settings': 1, 'open-users-and-teams': 2 },
      startedAt: 1,
      completedAt: null,
      updatedAt: 2,
    },
  },
};

const harness = createReactHarness();
let container: HTMLElement;

function renderPopup(): void {
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
}

/** The background's answer to every request (the fake browser has no background). */
function answerRequests(reply: unknown) {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation((async () => reply) as typeof fakeBrowser.runtime.sendMessage);
}

function buttonNamed(name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent) === name,
  );
}

beforeEach(() => {
  container = harness.container;
});

describe('PopupApp', () => {
  it('an admin half-way through never sees "Start tour" flash before their progress is read', async () => {
    await fakeBrowser.storage.local.set({ progress: AT_STEP_3, progress$: { v: 2 } });
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      // The main button (the other tours rightly offer "Start tour" for themselves).
      for (const button of container.querySelectorAll('.popup-primary button'))
        seen.add(button.textContent ?? '');
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });

    renderPopup();
    expect(container.textContent).toContain('Loading your progress…');
    expect(container.querySelector('button')).toBeNull();

    await act(() => vi.waitFor(() => expect(buttonNamed('Resume tour')).toBeDefined()));
    observer.disconnect();
    expect(seen.has('Start tour')).toBe(false);
    expect(container.textContent).toContain('2 of 8 steps done');
  });

  it('a step button starts the tour at that step, then the popup closes', async () => {
    await fakeBrowser.storage.local.set({ progress: AT_STEP_3, progress$: { v: 2 } });
    const sendMessage = answerRequests({ ok: true, state: AT_STEP_3, tabId: 4, openedNewTab: false });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    renderPopup();
    await act(() =>
      vi.waitFor(() => expect(buttonNamed('Go to step 6: Review before sending')).toBeDefined()),
    );

    await act(async () => buttonNamed('Go to step 6: Review before sending')!.click());

    expect(sendMessage).toHaveBeenCalledWith({
      channel: 'invite-guide',
      type: 'startTour',
      payload: { tourId: 'invite-users', step: 5 },
    });
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('when the background cannot start the tour, the popup stays open and says why', async () => {
    answerRequests({ ok: false, error: 'noReply' });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    renderPopup();
    await act(() => vi.waitFor(() => expect(buttonNamed('Start tour')).toBeDefined()));

    await act(async () => buttonNamed('Start tour')!.click());

    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        'The tour could not start (noReply).',
      ),
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('lists the other tours with their progress and main action; the running tour is in front', async () => {
    await fakeBrowser.storage.local.set({
      progress: {
        tours: {
          ...AT_STEP_3.tours,
          'change-role': {
            status: 'in_progress',
            currentStep: 1,
            done: { 'open-users-and-teams': 5 },
            startedAt: 4,
            completedAt: null,
            updatedAt: 6,
          },
        },
      },
      progress$: { v: 2 },
    });
    const sendMessage = answerRequests({ ok: true, state: AT_STEP_3, tabId: 4, openedNewTab: false });
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    renderPopup();
    await act(() => vi.waitFor(() => expect(buttonNamed('Resume tour')).toBeDefined()));

    // The most recently used running tour is in front, with its own steps.
    expect(container.querySelector('h1')?.textContent).toContain("Change someone's role");
    expect(container.textContent).toContain('1 of 5 steps done');
    const others = [...container.querySelectorAll('.tour-item')].map((item) => item.textContent);
    expect(others).toEqual([
      'Invite a user to Mixpanel2 of 8 steps doneResume',
      'Resend an invitation0 of 4 steps doneStart',
      'Invite several people at once0 of 6 steps doneStart',
    ]);

    // Each one's main action starts that tour.
    const resend = container.querySelectorAll('.tour-item')[1]!;
    expect(buttonNamed('Start: Resend an invitation')).toBe(resend.querySelector('.btn'));
    await act(async () => buttonNamed('Start: Resend an invitation')!.click());
    expect(sendMessage).toHaveBeenCalledWith({
      channel: 'invite-guide',
      type: 'startTour',
      payload: { tourId: 'resend-invite' },
    });

    // Its title brings it to the front, with its steps.
    await act(async () => resend.querySelector<HTMLButtonElement>('.tour-item-title')!.click());
    expect(container.querySelector('h1')?.textContent).toContain('Resend an invitation');
    expect(buttonNamed('Go to step 4: Resend it')).toBeDefined();
  });
});
