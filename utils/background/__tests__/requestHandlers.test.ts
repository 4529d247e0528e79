import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import type { StepTimings } from '../../progress/stepTimings';
import type { ProgressCommand } from '../../progress/types';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { ask, contentScriptSender, popupSender, type Sender } from '../../__tests__/messageHarness';
import type { ScriptingApi } from '../overlayInjector';
import { startBackground } from '../startBackground';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;
const LOGIN = 'https://eu.mixpanel.com/login?next=%2Fsettings';

let stopWorker: (() => void) | undefined;
const executeScript = vi.fn<ScriptingApi['executeScript']>(async () => []);
const overlayInjections = () => executeScript.mock.calls.filter(([injection]) => 'files' in injection);

function request<T extends RequestType>(type: T, payload?: unknown, sender: Sender = popupSender()) {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, sender) as Promise<Reply<T>>;
}

const command = (cmd: ProgressCommand) => request('command', cmd, contentScriptSender());

const RECORD: StepTimings = {
  runs: [{ tourId: TOUR, startedAt: T0, steps: [{ stepId: 'review', ms: 700, byHand: false }] }],
};

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockClear();
  stopWorker = startBackground({
    tours: FAKE_TOURS,
    now: () => T0,
    scripting: { executeScript },
    tabs: { query: async () => [], create: async () => ({ id: 7 }) as never },
  });
});

afterEach(() => {
  stopWorker?.();
  stopWorker = undefined;
  vi.restoreAllMocks();
});

describe('resets and step timings', () => {
  it('a reset of a tour with no progress still clears its imported timings; so does "reset all"', async () => {
    await request('importStepTimings', RECORD);
    expect(await command({ type: 'reset', tourId: TOUR })).toMatchObject({ ok: true, changed: false });
    expect(await request('getStepTimings')).toEqual({ ok: true, timings: { runs: [] } });

    await request('importStepTimings', RECORD);
    expect(await command({ type: 'resetAll' })).toMatchObject({ ok: true, changed: false });
    expect(await request('getStepTimings')).toEqual({ ok: true, timings: { runs: [] } });
  });

  it('an undo with no reset before it says there is nothing to undo', async () => {
    await command({ type: 'start', tourId: TOUR });
    expect(await request('undoReset', { tourId: TOUR })).toEqual({ ok: false, error: 'nothingToUndo' });
  });

  it('timings that cannot be kept never fail the command; the console says why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await command({ type: 'start', tourId: TOUR });
    await request('stepShown', { tourId: TOUR, stepId: 'open-settings' }, contentScriptSender());
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((keys) =>
      JSON.stringify(keys ?? null).includes('stepTimings')
        ? Promise.reject(new Error('quota'))
        : get(keys as never),
    );
    expect(await command({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' })).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('step timings'), expect.any(Error));
  });
});

describe('cards shown and steps not found', () => {
  it('a card shown in a tour never started records nothing', async () => {
    expect(
      await request('stepShown', { tourId: TOUR, stepId: 'open-settings' }, contentScriptSender()),
    ).toEqual({ ok: true, recorded: false });
  });

  it('a step of a tour this version does not have is not logged as not found', async () => {
    const reply = await request(
      'notFound',
      { tourId: 'no-such-tour', stepId: 'open-settings', strategies: ['role'] },
      contentScriptSender(),
    );
    expect(reply).toEqual({ ok: false, error: 'unknownStep' });
    expect(await fakeBrowser.storage.local.get('notFoundEvents')).toEqual({});
  });
});

describe('pages on the way to somewhere else', () => {
  it('a sign-in page known only by its tab’s address gets no overlay, even with a tour running', async () => {
    await command({ type: 'start', tourId: TOUR });
    const sender: Sender = { ...contentScriptSender(7, 0, LOGIN), url: undefined };
    expect(await request('ensureOverlay', undefined, sender)).toEqual({ ok: true, injected: false });
    expect(overlayInjections()).toEqual([]);
  });

  it('a share link from a page with no tab is refused', async () => {
    const reply = await request('shareLink', { guide: [TOUR], step: [], action: [] }, popupSender());
    expect(reply).toEqual({ ok: false, error: 'noTab' });
    expect(await fakeBrowser.storage.session.get('pendingShareLink')).toEqual({});
  });
});

describe('the places the guide learns', () => {
  const USERS = { tourId: TOUR, page: 'usersAndTeams', path: '/project/7/settings/users' };

  it('keeps the path a page was proven at on the Mixpanel host of the page that says so', async () => {
    const sender = contentScriptSender(7, 0, 'https://eu.mixpanel.com/project/7/settings/users');
    const expected = {
      lastHost: 'eu.mixpanel.com',
      paths: { 'eu.mixpanel.com': { 'invite-users/usersAndTeams': '/project/7/settings/users' } },
    };
    expect(await request('learnPlace', USERS, sender)).toEqual({ ok: true, places: expected });
    expect(await request('getLearnedPlaces')).toEqual({ ok: true, places: expected });
    expect((await fakeBrowser.storage.local.get('learnedPlaces')).learnedPlaces).toEqual(expected);
  });

  it('takes the host from the tab when the frame has no address', async () => {
    const sender: Sender = { ...contentScriptSender(7, 0, 'https://in.mixpanel.com/'), url: undefined };
    expect(await request('learnPlace', { tourId: TOUR, page: null, path: null }, sender)).toEqual({
      ok: true,
      places: { lastHost: 'in.mixpanel.com', paths: {} },
    });
  });

  it('learns nothing from a page that is not Mixpanel, or a sender with no address', async () => {
    const elsewhere = contentScriptSender(7, 0, 'https://example.com/project/7/settings/users');
    expect(await request('learnPlace', USERS, elsewhere)).toEqual({ ok: false, error: 'notMixpanel' });
    expect(await request('learnPlace', USERS, { id: popupSender().id })).toEqual({
      ok: false,
      error: 'notMixpanel',
    });
    expect(await request('getLearnedPlaces')).toEqual({ ok: true, places: { lastHost: null, paths: {} } });
  });

  it('the same place proven again writes nothing', async () => {
    const sender = contentScriptSender(7, 0, 'https://mixpanel.com/project/7/settings/users');
    await request('learnPlace', USERS, sender);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await request('learnPlace', USERS, sender);
    await request('learnPlace', { tourId: TOUR, page: null, path: null }, sender);
    expect(set).not.toHaveBeenCalled();
  });
});
