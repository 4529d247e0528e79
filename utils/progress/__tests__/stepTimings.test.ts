import { describe, expect, it } from 'vitest';
import {
  addStepCompletion,
  clearTimings,
  MAX_TIMED_RUNS,
  NO_TIMINGS,
  noteStepShown,
  parseShownSteps,
  parseStepTimings,
  readStepTimings,
  restoreTimings,
  summarizeStepTimings,
  type ShownSteps,
  type StepTimings,
} from '../stepTimings';
import { TOURS } from './fixtures/tours';

const TOUR = 'invite-users';
const T0 = 1_700_000_000_000;

/** One run: each step shown at `shownAt` and completed `ms` later. */
function timeRun(
  timings: StepTimings,
  startedAt: number,
  steps: { stepId: string; ms: number; byHand?: boolean }[],
  tourId = TOUR,
): StepTimings {
  let shown: ShownSteps = {};
  let record = timings;
  for (const { stepId, ms, byHand = false } of steps) {
    shown = noteStepShown(shown, tourId, stepId, startedAt, startedAt + 10);
    ({ timings: record, shown } = addStepCompletion(record, shown, {
      tourId,
      stepId,
      byHand,
      startedAt,
      at: startedAt + 10 + ms,
    }));
  }
  return record;
}

describe('step timings: the kept record', () => {
  it('a step completed 42 s after its card showed is kept as 42 000 ms in its run', () => {
    const shown = noteStepShown({}, TOUR, 'open-settings', T0, T0 + 1000);
    const { timings, shown: left } = addStepCompletion(NO_TIMINGS, shown, {
      tourId: TOUR,
      stepId: 'open-settings',
      byHand: false,
      startedAt: T0,
      at: T0 + 43_000,
    });
    expect(timings).toEqual({
      runs: [
        { tourId: TOUR, startedAt: T0, steps: [{ stepId: 'open-settings', ms: 42_000, byHand: false }] },
      ],
    });
    expect(left[TOUR]?.steps).toEqual({});
  });

  it('a step ticked by hand is kept with its by-hand flag', () => {
    const timings = timeRun(NO_TIMINGS, T0, [{ stepId: 'enter-email', ms: 5000, byHand: true }]);
    expect(timings.runs[0]?.steps).toEqual([{ stepId: 'enter-email', ms: 5000, byHand: true }]);
  });

  it('a card shown twice before completion counts from its first showing (a reload is time spent on it)', () => {
    let shown = noteStepShown({}, TOUR, 'open-settings', T0, T0 + 1000);
    shown = noteStepShown(shown, TOUR, 'open-settings', T0, T0 + 30_000);
    const { timings } = addStepCompletion(NO_TIMINGS, shown, {
      tourId: TOUR,
      stepId: 'open-settings',
      byHand: false,
      startedAt: T0,
      at: T0 + 61_000,
    });
    expect(timings.runs[0]?.steps[0]?.ms).toBe(60_000);
  });

  it('a step whose card never showed in this run adds no figure', () => {
    const { timings } = addStepCompletion(
      NO_TIMINGS,
      {},
      {
        tourId: TOUR,
        stepId: 'open-settings',
        byHand: false,
        startedAt: T0,
        at: T0 + 5000,
      },
    );
    expect(timings).toBe(NO_TIMINGS);
  });

  it('a card shown in an earlier run does not time the step in a new run', () => {
    const shown = noteStepShown({}, TOUR, 'open-settings', T0, T0 + 1000);
    const { timings } = addStepCompletion(NO_TIMINGS, shown, {
      tourId: TOUR,
      stepId: 'open-settings',
      byHand: false,
      startedAt: T0 + 50_000,
      at: T0 + 60_000,
    });
    expect(timings.runs).toEqual([]);
    // And a showing in the new run forgets what waited from the old one.
    const renewed = noteStepShown(shown, TOUR, 'open-users-and-teams', T0 + 50_000, T0 + 51_000);
    expect(renewed[TOUR]).toEqual({ startedAt: T0 + 50_000, steps: { 'open-users-and-teams': T0 + 51_000 } });
  });

  it('a step completed twice in one run keeps its first figure', () => {
    let record = timeRun(NO_TIMINGS, T0, [{ stepId: 'open-settings', ms: 3000 }]);
    record = timeRun(record, T0, [{ stepId: 'open-settings', ms: 9000 }]);
    expect(record.runs).toHaveLength(1);
    expect(record.runs[0]?.steps).toEqual([{ stepId: 'open-settings', ms: 3000, byHand: false }]);
  });

  it('a clock that went backwards between showing and completion counts as 0 ms, never negative', () => {
    const shown = noteStepShown({}, TOUR, 'open-settings', T0, T0 + 10_000);
    const { timings } = addStepCompletion(NO_TIMINGS, shown, {
      tourId: TOUR,
      stepId: 'open-settings',
      byHand: false,
      startedAt: T0,
      at: T0 + 2000,
    });
    expect(timings.runs[0]?.steps[0]?.ms).toBe(0);
    expect(parseStepTimings(timings)).toEqual(timings);
  });

  it(`keeps only the last ${MAX_TIMED_RUNS} runs: the oldest go first`, () => {
    let record = NO_TIMINGS;
    for (let run = 0; run < MAX_TIMED_RUNS + 5; run++)
      record = timeRun(record, T0 + run * 1000, [{ stepId: 'open-settings', ms: run }]);
    expect(record.runs).toHaveLength(MAX_TIMED_RUNS);
    expect(record.runs[0]?.startedAt).toBe(T0 + 5 * 1000);
    expect(record.runs.at(-1)?.steps[0]?.ms).toBe(MAX_TIMED_RUNS + 4);
  });
});

describe('step timings: reading what is stored', () => {
  const GOOD = timeRun(NO_TIMINGS, T0, [
    { stepId: 'open-settings', ms: 1200 },
    { stepId: 'enter-email', ms: 800, byHand: true },
  ]);

  it('a well-formed record reads back as it was', () => {
    expect(parseStepTimings(JSON.parse(JSON.stringify(GOOD)))).toEqual(GOOD);
  });

  it('nothing stored reads as no timings', () => {
    expect(readStepTimings(undefined)).toEqual(NO_TIMINGS);
    expect(readStepTimings(null)).toEqual(NO_TIMINGS);
  });

  it.each([
    ['a string', 'runs'],
    ['an array', []],
    ['runs not a list', { runs: {} }],
    ['a run without its tour', { runs: [{ startedAt: T0, steps: [] }] }],
    [
      'a negative time',
      { runs: [{ tourId: TOUR, startedAt: T0, steps: [{ stepId: 'a', ms: -1, byHand: false }] }] },
    ],
    [
      'a time as text',
      { runs: [{ tourId: TOUR, startedAt: T0, steps: [{ stepId: 'a', ms: '5', byHand: false }] }] },
    ],
    ['a by-hand flag missing', { runs: [{ tourId: TOUR, startedAt: T0, steps: [{ stepId: 'a', ms: 5 }] }] }],
    [
      'a step twice in one run',
      {
        runs: [
          {
            tourId: TOUR,
            startedAt: T0,
            steps: [
              { stepId: 'a', ms: 5, byHand: false },
              { stepId: 'a', ms: 6, byHand: false },
            ],
          },
        ],
      },
    ],
    [
      'one run twice',
      {
        runs: [
          { tourId: TOUR, startedAt: T0, steps: [] },
          { tourId: TOUR, startedAt: T0, steps: [] },
        ],
      },
    ],
    [
      'more runs than are ever kept',
      {
        runs: Array.from({ length: MAX_TIMED_RUNS + 1 }, (_, i) => ({
          tourId: TOUR,
          startedAt: i,
          steps: [],
        })),
      },
    ],
  ])('corrupt storage (%s) reads as no timings and never throws', (_name, raw) => {
    expect(parseStepTimings(raw)).toBeNull();
    expect(readStepTimings(raw)).toEqual(NO_TIMINGS);
  });

  it('shown times from session storage keep only well-formed entries', () => {
    expect(
      parseShownSteps({
        [TOUR]: { startedAt: T0, steps: { 'open-settings': T0 + 5, bad: 'soon' } },
        broken: { startedAt: 'yesterday', steps: {} },
      }),
    ).toEqual({ [TOUR]: { startedAt: T0, steps: { 'open-settings': T0 + 5 } } });
    expect(parseShownSteps('nonsense')).toEqual({});
  });
});

describe('step timings: reset and its undo', () => {
  const BOTH = timeRun(
    timeRun(NO_TIMINGS, T0, [{ stepId: 'open-settings', ms: 1000 }]),
    T0 + 5000,
    [{ stepId: 'first', ms: 2000 }],
    'second-tour',
  );

  it('a reset of one tour clears only that tour’s runs; reset all clears every run', () => {
    expect(clearTimings(BOTH, TOUR).runs.map((run) => run.tourId)).toEqual(['second-tour']);
    expect(clearTimings(BOTH)).toEqual(NO_TIMINGS);
  });

  it('undo brings the cleared runs back and keeps the runs recorded since', () => {
    const after = timeRun(clearTimings(BOTH, TOUR), T0 + 9000, [{ stepId: 'review', ms: 3000 }]);
    const undone = restoreTimings(after, { runs: BOTH.runs.filter((run) => run.tourId === TOUR) });
    expect(undone.runs.map((run) => run.startedAt)).toEqual([T0, T0 + 5000, T0 + 9000]);
  });
});

describe('step timings: the summary on the options page', () => {
  it('shows per step the median and the slowest time, in the tour’s order', () => {
    let record = NO_TIMINGS;
    [4000, 1000, 9000, 2000].forEach((ms, run) => {
      record = timeRun(record, T0 + run * 100_000, [
        { stepId: 'enter-email', ms: 500 },
        { stepId: 'open-settings', ms },
      ]);
    });
    const [invite] = summarizeStepTimings(record, TOURS);
    expect(invite?.runCount).toBe(4);
    expect(invite?.steps.map((step) => [step.stepId, step.medianMs, step.slowestMs, step.count])).toEqual([
      ['open-settings', 3000, 9000, 4],
      ['enter-email', 500, 500, 4],
    ]);
  });

  it('lists the steps most often ticked by hand, most first, and none when nothing was', () => {
    let record = timeRun(NO_TIMINGS, T0, [
      { stepId: 'open-settings', ms: 1, byHand: true },
      { stepId: 'enter-email', ms: 1, byHand: true },
    ]);
    record = timeRun(record, T0 + 1000, [{ stepId: 'enter-email', ms: 1, byHand: true }]);
    const [invite] = summarizeStepTimings(record, TOURS);
    expect(invite?.mostByHand.map((step) => [step.stepId, step.byHandCount])).toEqual([
      ['enter-email', 2],
      ['open-settings', 1],
    ]);
    const [byAction] = summarizeStepTimings(timeRun(NO_TIMINGS, T0, [{ stepId: 'review', ms: 1 }]), TOURS);
    expect(byAction?.mostByHand).toEqual([]);
  });

  it('nothing recorded, or only tours and steps this version no longer has, summarizes to nothing', () => {
    expect(summarizeStepTimings(NO_TIMINGS, TOURS)).toEqual([]);
    const gone = timeRun(NO_TIMINGS, T0, [{ stepId: 'old-step', ms: 1 }], 'old-tour');
    expect(summarizeStepTimings(gone, TOURS)).toEqual([]);
  });
});
