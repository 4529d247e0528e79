import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, type Reply, type RequestType } from '../../messaging';
import { readStepTimings, type StepTimings } from '../../progress/stepTimings';
import type { ProgressCommand } from '../../progress/types';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { ask, contentScriptSender, deliver, popupSender, type Sender } from '../../__tests__/messageHarness';
import { startBackground } from '../startBackground';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

let clock = T0;
let stopWorker: (() => void) | undefined;

function request<T extends RequestType>(type: T, payload?: unknown, sender: Sender = popupSender()) {
  return ask({ channel: MESSAGE_CHANNEL, type, payload }, sender) as Promise<Reply<T>>;
}

/** Something the overlay in a Mixpanel tab sends. */
function inTab(cmd: ProgressCommand) {
  return request('command', cmd, contentScriptSender());
}
function shown(stepId: string, tourId = TOUR) {
  return request('stepShown', { tourId, stepId }, contentScriptSender());
}

async function kept(): Promise<StepTimings> {
  const { stepTimings } = await fakeBrowser.storage.local.get('stepTimings');
  return readStepTimings(stepTimings);
}
/** Step id, ms, by hand: the figures of each run. */
async function figures() {
  return (await kept()).runs.map((run) => run.steps.map((step) => [step.stepId, step.ms, step.byHand]));
}

function startWorker(): void {
  stopWorker?.();
  stopWorker = startBackground({
    tours: FAKE_TOURS,
    // Every call to the clock is a moment later; `clock` jumps show the user taking time.
    now: () => clock++,
    scripting: { executeScript: async () => [] },
    tabs: { query: async () => [], create: async () => ({ id: 7 }) as never },
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = T0;
  startWorker();
  await inTab({ type: 'start', tourId: TOUR });
});

afterEach(() => {
  stopWorker?.();
  stopWorker = undefined;
});

describe('background: where people stall', () => {
  it('keeps the time from a step’s card showing to its completion, and whether it was ticked by hand', async () => {
    expect(await shown('open-settings')).toEqual({ ok: true, recorded: true });
    clock += 30_000;
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
    await shown('open-users-and-teams');
    clock += 5000;
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-users-and-teams', byHand: true });

    const [run] = await figures();
    expect(run?.map(([stepId, , byHand]) => [stepId, byHand])).toEqual([
      ['open-settings', false],
      ['open-users-and-teams', true],
    ]);
    // The clock ticks once per call besides the jumps: a few ms more than the jump, never less.
    expect(run?.[0]?.[1]).toBeGreaterThanOrEqual(30_000);
    expect(run?.[0]?.[1]).toBeLessThan(30_010);
    expect(run?.[1]?.[1]).toBeGreaterThanOrEqual(5000);
  });

  it('a service worker restarted between showing and completion still times the step', async () => {
    await shown('open-settings');
    clock += 12_000;
    startWorker();
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
    expect((await figures())[0]?.[0]?.[1]).toBeGreaterThanOrEqual(12_000);
  });

  it('a restart begins a new run: the next completion goes into a run of its own', async () => {
    await shown('open-settings');
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
    await shown('open-users-and-teams');
    await inTab({ type: 'restart', tourId: TOUR });
    // Shown before the restart: no figure for it in the new run.
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-users-and-teams' });
    await shown('open-settings');
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });

    const runs = (await kept()).runs;
    expect(runs).toHaveLength(2);
    expect(runs.map((run) => run.steps.map((step) => step.stepId))).toEqual([
      ['open-settings'],
      ['open-settings'],
    ]);
    expect(runs[1]!.startedAt).toBeGreaterThan(runs[0]!.startedAt);
  });

  it('a card shown while no tour runs records nothing; an unknown step is refused', async () => {
    await inTab({ type: 'dismiss', tourId: TOUR });
    expect(await shown('open-settings')).toEqual({ ok: true, recorded: false });
    expect(await shown('no-such-step')).toEqual({ ok: false, error: 'unknownStep' });
    expect(await shown('open-settings', 'no-such-tour')).toEqual({ ok: false, error: 'unknownTour' });
    const delivery = await deliver(
      { channel: MESSAGE_CHANNEL, type: 'stepShown', payload: { tourId: TOUR } },
      contentScriptSender(),
    );
    expect(delivery.handled).toBe(false);
  });

  it('a reset clears that tour’s timings, and its undo brings them back', async () => {
    await shown('open-settings');
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
    const before = await kept();
    expect(before.runs).toHaveLength(1);

    await request('command', { type: 'reset', tourId: TOUR });
    expect((await kept()).runs).toEqual([]);
    expect((await request('undoReset', { tourId: TOUR })).ok).toBe(true);
    expect(await kept()).toEqual(before);
  });

  it('"reset all" clears every tour’s timings', async () => {
    await inTab({ type: 'start', tourId: 'second-tour' });
    await shown('first', 'second-tour');
    await inTab({ type: 'completeStep', tourId: 'second-tour', stepId: 'first' });
    await shown('open-settings');
    await inTab({ type: 'completeStep', tourId: TOUR, stepId: 'open-settings' });
    expect((await kept()).runs).toHaveLength(2);
    await request('command', { type: 'resetAll' });
    expect((await kept()).runs).toEqual([]);
  });

  it('an imported record replaces the timings; a malformed one is not ours and changes nothing', async () => {
    const record: StepTimings = {
      runs: [{ tourId: TOUR, startedAt: T0, steps: [{ stepId: 'review', ms: 700, byHand: true }] }],
    };
    expect(await request('importStepTimings', record)).toEqual({ ok: true, timings: record });
    expect(await request('getStepTimings')).toEqual({ ok: true, timings: record });

    const delivery = await deliver(
      { channel: MESSAGE_CHANNEL, type: 'importStepTimings', payload: { runs: [{ tourId: TOUR }] } },
      popupSender(),
    );
    expect(delivery.handled).toBe(false);
    expect(await kept()).toEqual(record);
  });
});
