import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIXPANEL_HOSTS, MIXPANEL_MATCHES } from '../../hosts';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { createEarlyOverlay, EARLY_OVERLAY_EXCLUDES, EARLY_OVERLAY_ID, TOURS_SCRIPT } from '../earlyOverlay';
import { OVERLAY_SCRIPT } from '../overlayInjector';
import { isSignInPage, SIGN_IN_PAGES } from '../settleShareLink';
import { startBackground } from '../startBackground';
import { fakeContentScripts } from './fakeContentScripts';

/** Chrome's match-pattern test for these patterns (scheme, exact host, path with `*` wildcards). */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\w+):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const parsed = new URL(url);
  const escaped = path!.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'));
  return (
    parsed.protocol === `${scheme}:` &&
    parsed.hostname === host &&
    new RegExp(`^${escaped.join('.*')}$`).test(parsed.pathname + parsed.search)
  );
}
const excluded = (url: string) => EARLY_OVERLAY_EXCLUDES.some((pattern) => matchesPattern(pattern, url));

describe('the overlay registered for page loads', () => {
  it('is registered while wanted: the tours first, then the overlay, at document_start, top frame only', async () => {
    const browser = fakeContentScripts();
    await createEarlyOverlay(browser.api)(true);
    expect(browser.registered()).toEqual([
      {
        id: EARLY_OVERLAY_ID,
        js: [TOURS_SCRIPT, OVERLAY_SCRIPT],
        matches: MIXPANEL_MATCHES,
        excludeMatches: EARLY_OVERLAY_EXCLUDES,
        runAt: 'document_start',
        allFrames: false,
      },
    ]);
  });

  it('is removed when no longer wanted, and nothing is asked to be removed that is not there', async () => {
    const browser = fakeContentScripts();
    const keep = createEarlyOverlay(browser.api);
    await keep(true);
    await keep(false);
    expect(browser.registered()).toEqual([]);
    await keep(false);
    expect(browser.calls).toEqual([
      'get',
      'register invite-guide-overlay',
      'get',
      'unregister invite-guide-overlay',
      'get',
    ]);
  });

  it('an identical registration (as the browser reports it: paths without the slash) is left alone', async () => {
    const browser = fakeContentScripts([
      {
        id: EARLY_OVERLAY_ID,
        js: [TOURS_SCRIPT.slice(1), OVERLAY_SCRIPT.slice(1)],
        matches: [...MIXPANEL_MATCHES].reverse(),
        excludeMatches: EARLY_OVERLAY_EXCLUDES,
        runAt: 'document_start',
      },
    ]);
    await createEarlyOverlay(browser.api)(true);
    expect(browser.calls).toEqual(['get']);
  });

  it.each([
    ['other files', { js: [OVERLAY_SCRIPT] }],
    ['other pages', { matches: ['https://mixpanel.com/*'] }],
    ['sign-in pages not left out', { excludeMatches: [] }],
    ['a later moment of the page', { runAt: 'document_idle' as const }],
    ['every frame', { allFrames: true }],
  ])('a registration left by another version (%s) is replaced', async (_, differs) => {
    const browser = fakeContentScripts([
      {
        id: EARLY_OVERLAY_ID,
        js: [TOURS_SCRIPT, OVERLAY_SCRIPT],
        matches: MIXPANEL_MATCHES,
        excludeMatches: EARLY_OVERLAY_EXCLUDES,
        runAt: 'document_start',
        ...differs,
      },
    ]);
    await createEarlyOverlay(browser.api)(true);
    expect(browser.calls).toEqual([
      'get',
      'unregister invite-guide-overlay',
      'register invite-guide-overlay',
    ]);
    expect(browser.registered()[0]).toMatchObject({ js: [TOURS_SCRIPT, OVERLAY_SCRIPT], allFrames: false });
  });

  it('calls run one at a time, in order: a tour started and closed at once ends with nothing registered', async () => {
    const browser = fakeContentScripts();
    const keep = createEarlyOverlay(browser.api);
    await Promise.all([keep(true), keep(false), keep(true), keep(false)]);
    expect(browser.registered()).toEqual([]);
  });

  it('a browser that refuses the registration gets a warning, and the next call works', async () => {
    const browser = fakeContentScripts();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refuse = vi.spyOn(browser.api, 'registerContentScripts').mockRejectedValueOnce(new Error('no'));
    const keep = createEarlyOverlay(browser.api);
    await expect(keep(true)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('could not register the overlay'),
      expect.any(Error),
    );
    refuse.mockRestore();
    await keep(true);
    expect(browser.registered()).toHaveLength(1);
  });

  it('leaves out every sign-in page on every host, where the loader would show no tour either', () => {
    for (const host of MIXPANEL_HOSTS) {
      for (const page of SIGN_IN_PAGES) {
        for (const url of [
          `https://${host}/${page}`,
          `https://${host}/${page}/`,
          `https://${host}/${page}?next=/x`,
        ]) {
          expect(isSignInPage(url)).toBe(true);
          expect(excluded(url), url).toBe(true);
        }
      }
      for (const url of [
        `https://${host}/settings/org/users`,
        `https://${host}/`,
        `https://${host}/project/1/login`,
      ]) {
        expect(isSignInPage(url)).toBe(false);
        expect(excluded(url), url).toBe(false);
      }
    }
  });
});

describe('the worker keeps the registration in step with progress', () => {
  const running = {
    version: 2,
    tours: {
      'invite-users': {
        status: 'in_progress',
        currentStepId: 'open-settings',
        completedStepIds: [],
        skippedStepIds: [],
        startedAt: 1,
      },
    },
  };
  let stop: (() => void) | undefined;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

  beforeEach(() => fakeBrowser.reset());
  afterEach(() => stop?.());

  const start = (browser: ReturnType<typeof fakeContentScripts>) => {
    stop = startBackground({
      tours: FAKE_TOURS,
      scripting: { executeScript: async () => [] },
      contentScripts: browser.api,
      tabs: { query: async () => [], create: async () => ({ id: 1 }) as never },
      readPolicy: async () => ({}) as never,
    });
  };

  it('a worker starting with a tour running registers the overlay; with none, removes one left over', async () => {
    await fakeBrowser.storage.local.set({ progress: running });
    const withTour = fakeContentScripts();
    start(withTour);
    await settle();
    expect(withTour.registered().map((script) => script.id)).toEqual([EARLY_OVERLAY_ID]);
    stop?.();

    await fakeBrowser.storage.local.clear();
    const leftOver = fakeContentScripts(withTour.registered());
    start(leftOver);
    await settle();
    expect(leftOver.registered()).toEqual([]);
  });

  it('a tour starting registers it and the last running tour ending removes it', async () => {
    const browser = fakeContentScripts();
    start(browser);
    await settle();
    expect(browser.registered()).toEqual([]);
    await fakeBrowser.storage.local.set({ progress: running });
    await settle();
    expect(browser.registered()).toHaveLength(1);
    await fakeBrowser.storage.local.set({
      progress: {
        ...running,
        tours: { 'invite-users': { ...running.tours['invite-users'], status: 'dismissed' } },
      },
    });
    await settle();
    expect(browser.registered()).toEqual([]);
  });
});
