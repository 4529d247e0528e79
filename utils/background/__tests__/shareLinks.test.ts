import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import { parseProgressState } from '../../progress/parseProgress';
import { tourProgressOf } from '../../progress/tourProgress';
import type { PendingShareLink, ProgressCommand, ProgressState } from '../../progress/types';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { readShareLinkParams } from '../../shareLinkParams';
import { useEnglishMessages } from '../../__tests__/fakeI18n';
import { ask, contentScriptSender, popupSender, type Sender } from '../../__tests__/messageHarness';
import type { ScriptingApi } from '../overlayInjector';
import { SHARE_LINK_TTL_MS } from '../settleShareLink';
import { startBackground } from '../startBackground';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;
const USERS = 'https://mixpanel.com/settings/org/users';
const LOGIN = 'https://mixpanel.com/login?next=%2Fsettings%2Forg%2Fusers';

let clock = T0;
let stopWorker: (() => void) | undefined;
let executeScript: ReturnType<typeof vi.fn<ScriptingApi['executeScript']>>;

function startWorker(): void {
  stopWorker?.();
  stopWorker = startBackground({ tours: FAKE_TOURS, now: () => clock, scripting: { executeScript } });
}

function request<T extends RequestType>(type: T, payload: unknown, sender: Sender): Promise<Reply<T>> {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, sender) as Promise<Reply<T>>;
}

const tabAt = (url: string) => contentScriptSender(7, 0, url);

/** The loader on a page whose URL carries a link: it reports the raw parameters. */
function openLink(url: string) {
  return request('shareLink', readShareLinkParams(new URL(url).search), tabAt(url));
}

/** The loader on a page asking for the overlay (it does so when a tour runs or a link waits). */
function arriveAt(url: string) {
  return request('ensureOverlay', undefined, tabAt(url));
}

type Injection = Parameters<ScriptingApi['executeScript']>[0];

/** The question the background handed to the overlay with its injections since the last clear, or null. */
function questionHanded(): PendingShareLink | null {
  const handed = executeScript.mock.calls
    .map(([injection]) => injection)
    .filter((injection): injection is Extract<Injection, { func: unknown }> => 'func' in injection)
    .map((injection) => injection.args[0])
    .filter((question) => question !== null);
  return handed.at(-1) ?? null;
}

function command(cmd: ProgressCommand) {
  return request('command', cmd, popupSender());
}

async function storedProgress(): Promise<ProgressState> {
  const { progress } = await fakeBrowser.storage.local.get('progress');
  return parseProgressState(progress ?? { tours: {} }).state;
}

async function pendingLink(): Promise<unknown> {
  return (await fakeBrowser.storage.session.get('pendingShareLink')).pendingShareLink;
}

/** Everything the extension stores, to compare byte for byte. */
async function everythingStored(): Promise<string> {
  return JSON.stringify([
    await fakeBrowser.storage.local.get(null),
    await fakeBrowser.storage.session.get(null),
  ]);
}

/** An admin who has done the first six steps and is on step 7. */
async function onStepSeven(): Promise<void> {
  await command({ type: 'start', tourId: TOUR });
  for (const stepId of ['open-settings', 'open-users-and-teams', 'open-invite-dialog', 'enter-email']) {
    await command({ type: 'completeStep', tourId: TOUR, stepId });
  }
  await command({ type: 'completeStep', tourId: TOUR, stepId: 'set-roles' });
  await command({ type: 'completeStep', tourId: TOUR, stepId: 'review' });
  expect(tourProgressOf(await storedProgress(), TOUR).currentStep).toBe(6);
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  clock = T0;
  executeScript = vi.fn<ScriptingApi['executeScript']>(async () => []);
  startWorker();
});

afterEach(() => {
  stopWorker?.();
  stopWorker = undefined;
});

describe('share links: a new admin opens a link', () => {
  it('a link to step 5 starts the tour at step 5 on that page, with the overlay', async () => {
    // One message: the background checks the link, starts the tour there and injects the overlay.
    expect(await openLink(`${USERS}?guide=invite-users&guide-step=5`)).toEqual({ ok: true, outcome: 'used' });
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 4,
    });
    expect(await pendingLink()).toBeUndefined();
    expect(executeScript.mock.calls.filter(([injection]) => 'files' in injection)).toHaveLength(1);
  });

  it('a link by step id, on the EU host, keeps that host', async () => {
    await onStepSeven();
    const url = 'https://eu.mixpanel.com/settings/org/users?guide=invite-users&guide-step=set-roles';
    await openLink(url);
    expect(questionHanded()).toMatchObject({ step: 4, host: 'eu.mixpanel.com' });
  });

  it('a link naming only the tour begins at the first step', async () => {
    await openLink(`${USERS}?guide=invite-users`);
    await arriveAt(USERS);
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 0,
    });
  });

  it('a link naming only the tour resumes a paused tour where the admin was', async () => {
    await command({ type: 'start', tourId: TOUR, step: 3 });
    await command({ type: 'dismiss', tourId: TOUR });
    await openLink(`${USERS}?guide=invite-users`);
    await arriveAt(USERS);
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 3,
    });
  });
});

describe('share links: signing in on the way', () => {
  it('a link that lands on the sign-in page waits there and is used on the first page after it', async () => {
    expect(await openLink(`https://mixpanel.com/login?guide=invite-users&guide-step=5`)).toEqual({
      ok: true,
      outcome: 'waits',
    });
    expect(await arriveAt(LOGIN)).toEqual({ ok: true, injected: false });
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
    expect(executeScript).not.toHaveBeenCalled();

    clock += 60_000; // the admin types their password
    expect(await arriveAt(USERS)).toEqual({ ok: true, injected: true });
    expect(tourProgressOf(await storedProgress(), TOUR).currentStep).toBe(4);
  });

  it('a link the app redirected to sign-in before it was sent waits, and the next page sends it again', async () => {
    const link = readShareLinkParams('?guide=invite-users&guide-step=5');
    // The app's redirect won the race: the loader sends the stashed link from the sign-in page.
    expect(await request('shareLink', link, tabAt(LOGIN))).toEqual({ ok: true, outcome: 'waits' });
    expect(await pendingLink()).toBeDefined();
    expect(await request('shareLink', link, tabAt(USERS))).toEqual({ ok: true, outcome: 'used' });
    expect(tourProgressOf(await storedProgress(), TOUR).currentStep).toBe(4);
  });

  it('the waiting link survives the service worker being stopped', async () => {
    await openLink(`https://mixpanel.com/sso?guide=invite-users&guide-step=2`);
    startWorker();
    await arriveAt(USERS);
    expect(tourProgressOf(await storedProgress(), TOUR).currentStep).toBe(1);
  });

  it('a link not used within 10 minutes is forgotten and changes nothing', async () => {
    await openLink(`https://mixpanel.com/login?guide=invite-users&guide-step=5`);
    clock += SHARE_LINK_TTL_MS + 1;
    expect(await arriveAt(USERS)).toEqual({ ok: true, injected: false });
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
    expect(await pendingLink()).toBeUndefined();
  });

  it('a link used just within 10 minutes still works', async () => {
    await openLink(`https://mixpanel.com/login?guide=invite-users&guide-step=5`);
    clock += SHARE_LINK_TTL_MS;
    await arriveAt(USERS);
    expect(tourProgressOf(await storedProgress(), TOUR).currentStep).toBe(4);
  });

  it('a damaged waiting link, or one for a step the tour no longer has, is dropped', async () => {
    for (const value of [
      'garbage',
      { tourId: TOUR, step: 42, action: 'step', host: 'mixpanel.com', at: T0 },
    ]) {
      await fakeBrowser.storage.session.set({ pendingShareLink: value });
      expect(await arriveAt(USERS)).toEqual({ ok: true, injected: false });
      expect(await pendingLink()).toBeUndefined();
    }
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });
});

describe('share links: never a silent change to progress', () => {
  it('an admin on step 7 who opens a link to step 5 is asked, and nothing changes until they choose', async () => {
    await onStepSeven();
    const before = await fakeBrowser.storage.local.get(null);
    executeScript.mockClear();
    expect(await openLink(`${USERS}?guide=invite-users&guide-step=5`)).toEqual({ ok: true, outcome: 'used' });
    const question = questionHanded();
    expect(question).toMatchObject({ tourId: TOUR, step: 4, action: 'step' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    // Handed in before the overlay's script, so the overlay asks before it shows a step.
    const order = executeScript.mock.calls.map(([injection]) =>
      'func' in injection ? 'question' : 'overlay',
    );
    expect(order).toEqual(['question', 'overlay']);

    // A reload before choosing asks again.
    executeScript.mockClear();
    expect(await arriveAt(USERS)).toEqual({ ok: true, injected: true });
    expect(questionHanded()).toEqual(question);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('"Go to step 5" moves to step 5 and keeps what was done', async () => {
    await onStepSeven();
    const done = tourProgressOf(await storedProgress(), TOUR).done;
    await openLink(`${USERS}?guide=invite-users&guide-step=5`);
    const at = questionHanded()?.at ?? -1;
    expect(await request('answerShareLink', { at, accept: true }, tabAt(USERS))).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({ currentStep: 4, done });
    executeScript.mockClear();
    await arriveAt(USERS);
    expect(questionHanded()).toBeNull();
  });

  it('"Stay on step 7" changes no progress and forgets the link', async () => {
    await onStepSeven();
    const before = await fakeBrowser.storage.local.get(null);
    await openLink(`${USERS}?guide=invite-users&guide-step=5`);
    await request('answerShareLink', { at: T0, accept: false }, tabAt(USERS));
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await pendingLink()).toBeUndefined();
  });

  it('a finished tour is not reopened without asking', async () => {
    await onStepSeven();
    await command({ type: 'completeStep', tourId: TOUR, stepId: 'send-invite' });
    await command({ type: 'completeStep', tourId: TOUR, stepId: 'verify-pending' });
    const before = await fakeBrowser.storage.local.get(null);
    for (const query of ['?guide=invite-users&guide-step=2', '?guide=invite-users']) {
      executeScript.mockClear();
      expect(await openLink(`${USERS}${query}`)).toEqual({ ok: true, outcome: 'used' });
      expect(questionHanded()).toMatchObject({ step: query.includes('step') ? 1 : 0 });
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    }
  });

  it('a link to the step the admin is on changes nothing and just shows the tour', async () => {
    await onStepSeven();
    const before = await fakeBrowser.storage.local.get(null);
    executeScript.mockClear();
    await openLink(`${USERS}?guide=invite-users&guide-step=7`);
    expect(executeScript).toHaveBeenCalledTimes(2); // the look into the frame, then the overlay
    expect(questionHanded()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await pendingLink()).toBeUndefined();
  });

  it('an answer about an older link (a newer one replaced it) is refused and changes nothing', async () => {
    await onStepSeven();
    await openLink(`${USERS}?guide=invite-users&guide-step=5`);
    clock += 1000;
    await openLink(`${USERS}?guide=invite-users&guide-step=3`);
    const before = await everythingStored();
    expect(await request('answerShareLink', { at: T0, accept: true }, tabAt(USERS))).toEqual({
      ok: false,
      error: 'noPendingLink',
    });
    expect(await everythingStored()).toBe(before);
  });
});

describe('share links: restart links for trainers', () => {
  const RESTART = `${USERS}?guide=invite-users&guide-action=restart`;

  it('asks before resetting; Cancel keeps every bit of progress', async () => {
    await onStepSeven();
    const before = await fakeBrowser.storage.local.get(null);
    await openLink(RESTART);
    expect(questionHanded()).toMatchObject({ action: 'restart', step: 0 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    await request('answerShareLink', { at: T0, accept: false }, tabAt(USERS));
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('Restart resets the tour to step 1 with nothing done', async () => {
    await onStepSeven();
    await openLink(RESTART);
    await request('answerShareLink', { at: T0, accept: true }, tabAt(USERS));
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 0,
      done: {},
    });
  });

  it('with nothing to lose, a restart link simply starts the tour', async () => {
    await openLink(RESTART);
    expect(await arriveAt(USERS)).toEqual({ ok: true, injected: true });
    expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
      status: 'in_progress',
      currentStep: 0,
    });
  });
});

describe('share links: untrusted links change nothing', () => {
  it.each([
    ['?guide=nope&guide-step=1', 'This tour link is not valid: there is no tour called "nope"'],
    [
      '?guide=invite-users&guide-step=0',
      'This tour link is not valid: steps are numbered from 1, so there is no step 0',
    ],
    ['?guide=invite-users&guide-step=9', 'This tour link is not valid: this tour has only 8 steps'],
    ['?guide=invite-users&guide-step=-1', 'This tour link is not valid: step numbers cannot be negative'],
    [
      '?guide=invite-users&guide=invite-users',
      'This tour link is not valid: "guide" appears more than once in it',
    ],
    [
      '?guide=invite-users&guide-step=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'This tour link is not valid: the value of "guide-step" contains markup or script',
    ],
    [`?guide=invite-users&guide-step=${'7'.repeat(3000)}`, 'is longer than 100 characters'],
  ])('%s', async (query, text) => {
    await onStepSeven();
    const before = await everythingStored();
    const reply = await openLink(`${USERS}${query}`);
    expect(reply).toMatchObject({ ok: true, outcome: 'invalid', notice: { dismissLabel: 'Dismiss' } });
    expect(reply.ok && reply.outcome === 'invalid' && reply.notice.text).toContain(text);
    expect(await arriveAt(USERS)).toEqual({ ok: true, injected: true }); // the running tour, as before
    expect(await everythingStored()).toBe(before);
  });

  it('an invalid link replaces nothing already waiting', async () => {
    await openLink(`https://mixpanel.com/login?guide=invite-users&guide-step=5`);
    const waiting = await pendingLink();
    await openLink(`https://mixpanel.com/login?guide=invite-users&guide-step=50`);
    expect(await pendingLink()).toEqual(waiting);
  });
});

describe('share links: enterprise policy', () => {
  it('disableShareLinks: a link is ignored and nothing is kept', async () => {
    await fakeBrowser.storage.managed.set({ disableShareLinks: true });
    const before = await everythingStored();
    expect(await openLink(`${USERS}?guide=invite-users&guide-step=5`)).toEqual({
      ok: true,
      outcome: 'ignored',
    });
    expect(await arriveAt(USERS)).toEqual({ ok: true, injected: false });
    expect(await everythingStored()).toBe(before);
  });

  it('disableShareLinks set while a link waits: the link is dropped', async () => {
    await openLink(`https://mixpanel.com/login?guide=invite-users&guide-step=5`);
    await fakeBrowser.storage.managed.set({ disableShareLinks: true });
    expect(await arriveAt(USERS)).toEqual({ ok: true, injected: false });
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });

  it('a bad disableShareLinks value falls back to links working', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({ disableShareLinks: 'yes' });
    expect(await openLink(`${USERS}?guide=invite-users&guide-step=5`)).toEqual({ ok: true, outcome: 'used' });
  });

  it('hideReset: a restart link is refused with a reason, and an open restart offer cannot be accepted', async () => {
    await onStepSeven();
    await openLink(`${USERS}?guide=invite-users&guide-action=restart`);
    await fakeBrowser.storage.managed.set({ hideReset: true });
    const before = await everythingStored();
    expect(await request('answerShareLink', { at: T0, accept: true }, tabAt(USERS))).toEqual({
      ok: false,
      error: 'resetHidden',
    });
    expect(tourProgressOf(await storedProgress(), TOUR).currentStep).toBe(6);
    expect(JSON.parse(before)[0]).toEqual(await fakeBrowser.storage.local.get(null));

    const reply = await openLink(`${USERS}?guide=invite-users&guide-action=restart`);
    expect(reply.ok && reply.outcome === 'invalid' && reply.notice.text).toBe(
      'This tour link is not valid: your organization has turned off resetting the guide',
    );
  });

  it('autoStartForNewInstalls: a new install starts the invite tour; without it nothing starts', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await command({ type: 'back', tourId: TOUR }); // waits for the install's work in the queue
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});

    await fakeBrowser.storage.managed.set({ autoStartForNewInstalls: true });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await command({ type: 'back', tourId: TOUR });
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () =>
      expect(tourProgressOf(await storedProgress(), TOUR)).toMatchObject({
        status: 'in_progress',
        currentStep: 0,
      }),
    );
  });

  it('autoStartForNewInstalls never touches a tour that already has progress', async () => {
    await fakeBrowser.storage.managed.set({ autoStartForNewInstalls: true });
    await onStepSeven();
    await command({ type: 'dismiss', tourId: TOUR });
    const before = await fakeBrowser.storage.local.get(null);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await command({ type: 'back', tourId: TOUR });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('getPolicy answers the popup with the checked policy', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({ hideReset: true, supportContact: 'mailto:it@example.com', x: 1 });
    expect(await request('getPolicy', undefined, popupSender())).toEqual({
      ok: true,
      policy: {
        autoStartForNewInstalls: false,
        hideReset: true,
        supportContact: { text: 'mailto:it@example.com', url: 'mailto:it@example.com' },
        disableShareLinks: false,
      },
    });
  });
});
