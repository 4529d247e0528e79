import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_TOURS } from '../../progress/resetUndo';
import type { StepTimings } from '../../progress/stepTimings';
import type { ProgressCommand, ProgressState, TourProgress } from '../../progress/types';
import { createTimingsKeeper, type TimingsKeeper } from '../timingsKeeper';

const INVITE = 'invite-users';
const SECOND = 'second-tour';
const RUN = 1_000;

let keeper: TimingsKeeper;

/** The state after a completion of `stepId` at `at`, in a run that began at `startedAt`. */
function stateWithDone(
  tourId: string,
  stepId: string,
  at: number,
  startedAt: number | null = RUN,
): ProgressState {
  const tour: TourProgress = {
    status: 'in_progress',
    currentStep: 1,
    done: { [stepId]: at },
    startedAt,
    completedAt: null,
    updatedAt: at,
  };
  return { tours: { [tourId]: tour } };
}

/** A card shown at `shownAt`, then its step completed at `doneAt`. */
async function timeStep(tourId: string, stepId: string, shownAt: number, doneAt: number): Promise<void> {
  await keeper.stepShown(tourId, stepId, RUN, shownAt);
  await keeper.afterCommand({ type: 'completeStep', tourId, stepId }, stateWithDone(tourId, stepId, doneAt));
}

const reset = (tourId: string) => keeper.afterCommand({ type: 'reset', tourId }, { tours: {} });
const resetAll = () => keeper.afterCommand({ type: 'resetAll' }, { tours: {} });

const timedTours = async () => (await keeper.read()).runs.map((run) => run.tourId);

async function shownInSession(): Promise<unknown> {
  return (await fakeBrowser.storage.session.get('stepShown')).stepShown;
}

/** The storage keys written from now on. */
function watchWrites(): string[] {
  const keys: string[] = [];
  for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session]) {
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation((items) => {
      keys.push(...Object.keys(items));
      return set(items);
    });
  }
  return keys;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  keeper = createTimingsKeeper();
});

describe('timing a step', () => {
  it('keeps the time from its card showing to its completion', async () => {
    await timeStep(INVITE, 'open-settings', 5_000, 35_000);
    expect(await keeper.read()).toEqual({
      runs: [
        { tourId: INVITE, startedAt: RUN, steps: [{ stepId: 'open-settings', ms: 30_000, byHand: false }] },
      ],
    });
  });

  it('a card shown again in the same run keeps its first time, and writes nothing', async () => {
    await keeper.stepShown(INVITE, 'open-settings', RUN, 5_000);
    const writes = watchWrites();
    await keeper.stepShown(INVITE, 'open-settings', RUN, 9_000);
    expect(writes).toEqual([]);
    await keeper.afterCommand(
      { type: 'completeStep', tourId: INVITE, stepId: 'open-settings' },
      stateWithDone(INVITE, 'open-settings', 10_000),
    );
    expect((await keeper.read()).runs[0]?.steps[0]?.ms).toBe(5_000);
  });

  it('a step whose card never showed gets no figure, and the record is not rewritten', async () => {
    await timeStep(INVITE, 'open-settings', 5_000, 35_000);
    const writes = watchWrites();
    await keeper.afterCommand(
      { type: 'completeStep', tourId: INVITE, stepId: 'review' },
      stateWithDone(INVITE, 'review', 40_000),
    );
    expect(writes).not.toContain('stepTimings');
    expect((await keeper.read()).runs[0]?.steps.map((step) => step.stepId)).toEqual(['open-settings']);
  });

  it.each<[string, ProgressCommand, ProgressState]>([
    [
      'a completion of a tour the state does not have',
      { type: 'completeStep', tourId: INVITE, stepId: 'open-settings' },
      { tours: {} },
    ],
    [
      'a completion in a tour that has no run',
      { type: 'completeStep', tourId: INVITE, stepId: 'open-settings' },
      stateWithDone(INVITE, 'open-settings', 9_000, null),
    ],
    [
      'a completion the state does not show as done',
      { type: 'completeStep', tourId: INVITE, stepId: 'open-settings' },
      stateWithDone(INVITE, 'review', 9_000),
    ],
    ['another command', { type: 'next', tourId: INVITE }, stateWithDone(INVITE, 'open-settings', 9_000)],
  ])('%s records nothing and keeps the card waiting', async (_, command, state) => {
    await keeper.stepShown(INVITE, 'open-settings', RUN, 5_000);
    await keeper.afterCommand(command, state);
    expect(await keeper.read()).toEqual({ runs: [] });
    await keeper.afterCommand(
      { type: 'completeStep', tourId: INVITE, stepId: 'open-settings' },
      stateWithDone(INVITE, 'open-settings', 12_000),
    );
    expect((await keeper.read()).runs[0]?.steps[0]?.ms).toBe(7_000);
  });
});

describe('resets and their undo', () => {
  beforeEach(async () => {
    await timeStep(INVITE, 'open-settings', 5_000, 35_000);
    await timeStep(SECOND, 'first', 6_000, 8_000);
  });

  it('a reset of one tour clears only its timings, and its undo brings them back', async () => {
    const before = await keeper.read();
    await reset(INVITE);
    expect(await timedTours()).toEqual([SECOND]);
    expect(await keeper.undoReset(INVITE)).toBe(true);
    expect(await keeper.read()).toEqual(before);
    expect(await keeper.undoReset(INVITE)).toBe(false);
  });

  it('undoing one tour’s reset does not bring back another tour reset since', async () => {
    await reset(INVITE);
    await reset(SECOND);
    await keeper.undoReset(INVITE);
    expect(await timedTours()).toEqual([INVITE]);
  });

  it('"reset all" clears every tour, and its undo brings them all back', async () => {
    await resetAll();
    expect(await keeper.read()).toEqual({ runs: [] });
    expect(await keeper.undoReset(ALL_TOURS)).toBe(true);
    expect(await timedTours()).toEqual([INVITE, SECOND]);
  });

  it('a reset that cleared no timings leaves nothing to undo', async () => {
    await reset('third-tour');
    expect(await keeper.undoReset('third-tour')).toBe(false);
    expect(await keeper.undoReset(INVITE)).toBe(false);
    expect(await timedTours()).toEqual([INVITE, SECOND]);
  });

  it('a damaged undo record is not restored', async () => {
    await reset(INVITE);
    await fakeBrowser.storage.session.set({ timingsResetSnapshots: { [INVITE]: { runs: 'all of them' } } });
    expect(await keeper.undoReset(INVITE)).toBe(false);
    expect(await timedTours()).toEqual([SECOND]);
  });

  it('a reset forgets the cards waiting in that tour only; "reset all" forgets every card', async () => {
    await keeper.stepShown(INVITE, 'open-users-and-teams', RUN, 40_000);
    await keeper.stepShown(SECOND, 'second', RUN, 9_000);
    await reset(INVITE);
    expect(await shownInSession()).toEqual({ [SECOND]: { startedAt: RUN, steps: { second: 9_000 } } });
    await reset('third-tour');
    expect(await shownInSession()).toEqual({ [SECOND]: { startedAt: RUN, steps: { second: 9_000 } } });
    await keeper.afterCommand(
      { type: 'completeStep', tourId: SECOND, stepId: 'second' },
      stateWithDone(SECOND, 'second', 10_000),
    );
    expect((await keeper.read()).runs.find((run) => run.tourId === SECOND)?.steps).toHaveLength(2);
    await keeper.stepShown(SECOND, 'third', RUN, 11_000);
    await resetAll();
    expect(await shownInSession()).toEqual({});
  });
});

describe('an imported record', () => {
  it('replaces the timings', async () => {
    await timeStep(INVITE, 'open-settings', 5_000, 35_000);
    const record: StepTimings = {
      runs: [{ tourId: SECOND, startedAt: 7, steps: [{ stepId: 'first', ms: 700, byHand: true }] }],
    };
    expect(await keeper.replace(record)).toEqual(record);
    expect(await keeper.read()).toEqual(record);
  });
});
