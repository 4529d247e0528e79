import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { showOverlayInOpenTabs, tourBecameActive } from '../showOverlayInOpenTabs';
import type { ProgressState, TourProgress } from '../../progress/types';

const tour = (status: TourProgress['status']): TourProgress => ({
  status,
  currentStep: 0,
  done: {},
  startedAt: status === 'not_started' ? null : 1,
  completedAt: null,
  updatedAt: 1,
});
const state = (status: TourProgress['status']): ProgressState => ({
  tours: { 'invite-users': tour(status) },
});

function fakeTabs(tabs: Partial<Browser.tabs.Tab>[]) {
  return { query: vi.fn(async (_info: Browser.tabs.QueryInfo) => tabs as Browser.tabs.Tab[]) };
}

describe('a tour that starts shows up in every open Mixpanel tab', () => {
  it('injects the overlay into each open Mixpanel tab when the tour starts', async () => {
    const tabs = fakeTabs([
      { id: 4, url: 'https://mixpanel.com/settings/org' },
      { id: 9, url: 'https://eu.mixpanel.com/project/1/view/2/app/home' },
      { id: 12, url: 'https://mixpanel.com/', discarded: true },
      { id: 13, url: 'https://mixpanel.com.evil.example/' },
    ]);
    const inject = vi.fn(async () => undefined);
    expect(await showOverlayInOpenTabs(state('not_started'), state('in_progress'), inject, tabs)).toBe(2);
    expect(tabs.query).toHaveBeenCalledWith({
      url: ['https://mixpanel.com/*', 'https://eu.mixpanel.com/*', 'https://in.mixpanel.com/*'],
    });
    expect(inject.mock.calls).toEqual([
      [4, 0],
      [9, 0],
    ]);
  });

  it('does nothing on a step change of a tour that was already running, so pages are not re-injected', async () => {
    const tabs = fakeTabs([{ id: 4, url: 'https://mixpanel.com/' }]);
    const inject = vi.fn(async () => undefined);
    const moved = { tours: { 'invite-users': { ...tour('in_progress'), currentStep: 3 } } };
    expect(await showOverlayInOpenTabs(state('in_progress'), moved, inject, tabs)).toBe(0);
    expect(tabs.query).not.toHaveBeenCalled();
  });

  it('resuming a closed tour counts as starting it; closing or finishing does not', () => {
    expect(tourBecameActive(state('dismissed'), state('in_progress'))).toBe(true);
    expect(tourBecameActive(null, state('in_progress'))).toBe(true);
    expect(tourBecameActive(state('in_progress'), state('dismissed'))).toBe(false);
    expect(tourBecameActive(state('in_progress'), state('completed'))).toBe(false);
  });

  it('a tab that refuses injection (e.g. an error page) does not stop the others', async () => {
    const tabs = fakeTabs([
      { id: 1, url: 'https://mixpanel.com/' },
      { id: 2, url: 'https://in.mixpanel.com/' },
    ]);
    const inject = vi.fn(async (tabId: number) => {
      if (tabId === 1) throw new Error('Cannot access contents of the page');
    });
    expect(await showOverlayInOpenTabs(state('not_started'), state('in_progress'), inject, tabs)).toBe(1);
  });

  it('a tab the browser gives no id is skipped', async () => {
    const tabs = fakeTabs([{ url: 'https://mixpanel.com/' }, { id: 2, url: 'https://mixpanel.com/' }]);
    const inject = vi.fn(async () => undefined);
    expect(await showOverlayInOpenTabs(state('not_started'), state('in_progress'), inject, tabs)).toBe(1);
    expect(inject.mock.calls).toEqual([[2, 0]]);
  });
});

describe('when a tour counts as started', () => {
  it('one tour starting while another stays idle', () => {
    const next: ProgressState = {
      tours: { 'invite-users': tour('in_progress'), 'second-tour': tour('dismissed') },
    };
    expect(tourBecameActive({ tours: { 'second-tour': tour('dismissed') } }, next)).toBe(true);
  });

  it('not a tour closed or finished without ever running in between', () => {
    expect(tourBecameActive(state('not_started'), state('dismissed'))).toBe(false);
    expect(tourBecameActive(null, state('completed'))).toBe(false);
  });
});
