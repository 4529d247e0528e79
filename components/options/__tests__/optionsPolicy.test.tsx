// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReactHarness } from '@/utils/__tests__/reactHarness';
import { TOURS } from '@/tours';
import { DEFAULT_POLICY, type Policy } from '@/utils/policy';
import { OptionsApp } from '../OptionsApp';

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
let policyRequests = 0;

async function renderOptions(policy: Policy, openPractice: () => void = () => undefined): Promise<void> {
  policyRequests = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    if (message.type !== 'getPolicy') return { ok: false, error: 'unexpected' };
    policyRequests++;
    return { ok: true, policy };
  }) as typeof fakeBrowser.runtime.sendMessage);
  await fakeBrowser.storage.local.set({ progress: AT_STEP_3, progress$: { v: 2 } });
  harness.render((store) => (
    <OptionsApp
      store={store}
      tours={TOURS}
      iconUrl="icon.png"
      practiceUrl="chrome-extension://id/practice.html#/project/3141592/view/2718/app/home"
      openPractice={openPractice}
    />
  ));
  await act(() => vi.waitFor(() => expect(container.textContent).toContain('2 of 8 steps done')));
  await act(() => vi.waitFor(() => expect(policyRequests).toBe(1)));
}

const buttonNames = () =>
  [...container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);

beforeEach(() => {
  container = harness.container;
});

describe('the options page under the enterprise policy', () => {
  it('offers every reset (a step, the tour, all tours) when resets are allowed', async () => {
    await renderOptions({ ...DEFAULT_POLICY });

    await vi.waitFor(() =>
      expect(buttonNames()).toEqual(
        expect.arrayContaining([
          'Mark as not done: step 1, Open Settings',
          'Mark as not done: step 2, Open Users & Teams',
          'Reset this tour',
          'Reset all tours',
        ]),
      ),
    );
    // Every tour has its table; each has the reset column.
    expect(container.querySelectorAll('.step-table')).toHaveLength(4);
    for (const table of container.querySelectorAll('.step-table'))
      expect(table.querySelectorAll('thead th')).toHaveLength(3);
  });

  it('hides every reset when the organization turned resets off, and keeps the rest of the page', async () => {
    await renderOptions({ ...DEFAULT_POLICY, hideReset: true });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));

    expect(buttonNames().filter((name) => /reset|not done/i.test(name ?? ''))).toEqual([]);
    expect(container.querySelectorAll('.step-table')).toHaveLength(4);
    expect(container.querySelectorAll('.step-table')).toHaveLength(4);
    for (const table of container.querySelectorAll('.step-table')) {
      expect(table.querySelectorAll('thead th')).toHaveLength(2);
      expect(table.querySelectorAll('tbody tr:first-child > *')).toHaveLength(2);
    }
    expect(buttonNames()).toContain('Export progress');
  });

  it('shows the support contact with the help, linked when it is an https: address', async () => {
    await renderOptions({
      ...DEFAULT_POLICY,
      supportContact: { text: 'https://intranet.example.com/help', url: 'https://intranet.example.com/help' },
    });

    const help = container.querySelector('#help')!;
    await vi.waitFor(() =>
      expect(help.querySelector('.support-contact')?.textContent).toBe(
        'Need help? Contact https://intranet.example.com/help',
      ),
    );
    expect(help.querySelector('a')!.getAttribute('href')).toBe('https://intranet.example.com/help');
  });

  it('shows no contact line when the policy names no one', async () => {
    await renderOptions({ ...DEFAULT_POLICY });
    expect(container.querySelector('#help')!.textContent).not.toContain('Need help?');
  });

  it('"Open the practice sandbox" opens it (in a new tab, by the page) instead of following the link here', async () => {
    const openPractice = vi.fn();
    await renderOptions({ ...DEFAULT_POLICY }, openPractice);
    const section = container.querySelector('#practice')!;
    expect(section.querySelector('h2')!.textContent).toBe('Practice sandbox');
    const link = [...section.querySelectorAll('a')].find(
      (a) => a.textContent === 'Open the practice sandbox',
    )!;
    expect(link.getAttribute('href')).toContain('practice.html#/project/3141592/view/2718/app/home');

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    act(() => {
      link.dispatchEvent(click);
    });

    expect(openPractice).toHaveBeenCalledTimes(1);
    expect(click.defaultPrevented).toBe(true);
  });
});
