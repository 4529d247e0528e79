import { ALL_TOURS, type ResetScope } from '../progress/resetUndo';
import { isRecord } from '../progress/isRecord';
import {
  addStepCompletion,
  clearTimings,
  noteStepShown,
  parseShownSteps,
  parseStepTimings,
  readStepTimings,
  restoreTimings,
  type ShownSteps,
  type StepCompletion,
  type StepTimings,
} from '../progress/stepTimings';
import type { ProgressCommand, ProgressState } from '../progress/types';
import { stepShownItem, stepTimingsItem, timingsResetSnapshotsItem } from '../storage';
import { createSerialQueue } from './serialQueue';

export interface TimingsKeeper {
  /** A step's card showed at `at` in the run that began at `startedAt`. */
  stepShown(tourId: string, stepId: string, startedAt: number, at: number): Promise<void>;
  /** Keeps what a progress command that changed something means for the timings. */
  afterCommand(command: ProgressCommand, state: ProgressState): Promise<void>;
  /** Brings back the timings the last reset of `scope` cleared; false when there were none. */
  undoReset(scope: ResetScope): Promise<boolean>;
  read(): Promise<StepTimings>;
  /** Replaces the record (an import of a backup file). */
  replace(timings: StepTimings): Promise<StepTimings>;
}

/**
 * The background's keeper of step timings, the one writer of `local:stepTimings`. The shown times live
 * in memory and in session storage (read back after the service worker restarts); each change is one
 * read-modify-write, one at a time.
 */
export function createTimingsKeeper(): TimingsKeeper {
  const queue = createSerialQueue();
  let shownInMemory: ShownSteps | null = null;

  async function readShown(): Promise<ShownSteps> {
    shownInMemory ??= parseShownSteps(await stepShownItem.getValue());
    return shownInMemory;
  }
  async function writeShown(next: ShownSteps, before: ShownSteps): Promise<void> {
    if (next === before) return;
    shownInMemory = next;
    await stepShownItem.setValue(next);
  }
  const read = async (): Promise<StepTimings> => readStepTimings(await stepTimingsItem.getValue());

  async function completed(completion: StepCompletion): Promise<void> {
    const before = await read();
    const shown = await readShown();
    const next = addStepCompletion(before, shown, completion);
    if (next.timings !== before) await stepTimingsItem.setValue(next.timings);
    await writeShown(next.shown, shown);
  }

  async function reset(scope: ResetScope): Promise<void> {
    const tourId = scope === ALL_TOURS ? undefined : scope;
    const before = await read();
    const after = clearTimings(before, tourId);
    const shown = await readShown();
    const { [scope]: _cleared, ...otherTours } = shown;
    await writeShown(tourId === undefined ? {} : Object.hasOwn(shown, scope) ? otherTours : shown, shown);
    if (after === before) return;
    const removed = { runs: before.runs.filter((run) => !after.runs.includes(run)) };
    // The snapshot first: timings cleared without it could not come back.
    const snapshots = readSnapshots(await timingsResetSnapshotsItem.getValue());
    await timingsResetSnapshotsItem.setValue({ ...snapshots, [scope]: removed });
    await stepTimingsItem.setValue(after);
  }

  return {
    stepShown: (tourId, stepId, startedAt, at) =>
      queue(async () => {
        const shown = await readShown();
        await writeShown(noteStepShown(shown, tourId, stepId, startedAt, at), shown);
      }),
    afterCommand: (command, state) =>
      queue(async () => {
        if (command.type === 'reset') return reset(command.tourId);
        if (command.type === 'resetAll') return reset(ALL_TOURS);
        if (command.type !== 'completeStep') return;
        const tour = Object.hasOwn(state.tours, command.tourId) ? state.tours[command.tourId] : undefined;
        const at = tour && Object.hasOwn(tour.done, command.stepId) ? tour.done[command.stepId] : undefined;
        if (!tour || tour.startedAt === null || at === undefined) return;
        const { tourId, stepId } = command;
        await completed({ tourId, stepId, byHand: command.byHand === true, startedAt: tour.startedAt, at });
      }),
    undoReset: (scope) =>
      queue(async () => {
        const snapshots = readSnapshots(await timingsResetSnapshotsItem.getValue());
        const removed = Object.hasOwn(snapshots, scope) ? snapshots[scope] : undefined;
        if (!removed) return false;
        await stepTimingsItem.setValue(restoreTimings(await read(), removed));
        const { [scope]: _undone, ...others } = snapshots;
        await timingsResetSnapshotsItem.setValue(others);
        return true;
      }),
    read: () => queue(read),
    replace: (timings) =>
      queue(async () => {
        await stepTimingsItem.setValue(timings);
        return timings;
      }),
  };
}

function readSnapshots(raw: unknown): Record<ResetScope, StepTimings> {
  if (!isRecord(raw)) return {};
  const entries = Object.entries(raw).flatMap(([scope, value]): [string, StepTimings][] => {
    const timings = parseStepTimings(value);
    return timings ? [[scope, timings]] : [];
  });
  return Object.fromEntries(entries);
}
