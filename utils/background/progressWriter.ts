import { noticesItem, progressItem, resetSnapshotsItem } from '../storage';
import { parseNotices } from '../progress/parseProgress';
import { progressReducer } from '../progress/progressReducer';
import {
  parseResetSnapshots,
  resetScopeOf,
  snapshotOfReset,
  undoReset,
  type ResetScope,
  type ResetSnapshot,
} from '../progress/resetUndo';
import type { Notice, ProgressCommand, ProgressState, TourStepIds } from '../progress/types';
import { loadProgress } from './loadProgress';
import { createSerialQueue } from './serialQueue';

/** Older notices beyond this many are dropped: they are reminders, not a log. */
const MAX_NOTICES = 20;

export type NewNotice = Pick<Notice, 'kind' | 'messageKey' | 'details'>;

export interface ProgressWriter {
  /** Applies a command after every command queued before it; writes storage only when something changed. */
  apply(command: ProgressCommand): Promise<{ state: ProgressState; changed: boolean }>;
  /**
   * Brings back what the last reset of `scope` (a tour id, or `ALL_TOURS`) cleared, keeping changes made
   * since. `changed` is false when there is no such reset to undo (it was undone already, or the session
   * ended).
   */
  undoReset(scope: ResetScope): Promise<{ state: ProgressState; changed: boolean }>;
  /** The stored progress once every earlier command is applied (repairing damaged data on the way). */
  read(): Promise<ProgressState>;
  /** Replaces all progress (an import or an undo), after every command queued before it. */
  replace(state: ProgressState): Promise<ProgressState>;
  raiseNotice(notice: NewNotice): Promise<Notice[]>;
  dismissNotice(id: string): Promise<Notice[]>;
}

export interface ProgressWriterOptions {
  tours: TourStepIds;
  now?: () => number;
}

/**
 * The single writer of progress and notices. Nothing is kept in memory between commands: each one
 * reads storage, so a worker killed and restarted carries on from exactly what was last written.
 */
export function createProgressWriter({ tours, now = Date.now }: ProgressWriterOptions): ProgressWriter {
  const enqueue = createSerialQueue();

  async function appendNotice(notice: NewNotice): Promise<Notice[]> {
    const notices = parseNotices(await noticesItem.getValue());
    const added: Notice = { ...notice, id: crypto.randomUUID(), at: now() };
    const next = [...notices, added].slice(-MAX_NOTICES);
    await noticesItem.setValue(next);
    return next;
  }

  async function keepResetSnapshot(snapshot: ResetSnapshot | null, scope: ResetScope): Promise<void> {
    if (snapshot === null) return;
    const snapshots = parseResetSnapshots(await resetSnapshotsItem.getValue());
    await resetSnapshotsItem.setValue({ ...snapshots, [scope]: snapshot });
  }

  async function load(): Promise<ProgressState> {
    const { state, repair } = await loadProgress(tours, now());
    if (repair) {
      // Nothing could be kept: an error. Something was kept (repaired, or read from a newer version): a warning.
      const kind = repair.messageKey === 'notice.progressReset' ? 'error' : 'warning';
      await appendNotice({ kind, messageKey: repair.messageKey, details: repair.problems });
    }
    return state;
  }

  return {
    apply: (command) =>
      enqueue(async () => {
        const prev = await load();
        const at = now();
        const next = progressReducer(prev, command, { now: at, tours });
        if (next === prev) return { state: next, changed: false };
        const scope = resetScopeOf(command);
        // The snapshot first: a reset written without it could not be undone.
        if (scope !== null) await keepResetSnapshot(snapshotOfReset(prev, next, scope, at), scope);
        await progressItem.setValue(next);
        return { state: next, changed: true };
      }),
    undoReset: (scope) =>
      enqueue(async () => {
        const prev = await load();
        const snapshots = parseResetSnapshots(await resetSnapshotsItem.getValue());
        const snapshot = Object.hasOwn(snapshots, scope) ? snapshots[scope] : undefined;
        if (!snapshot) return { state: prev, changed: false };
        const next = undoReset(prev, snapshot, tours, now());
        await progressItem.setValue(next);
        await resetSnapshotsItem.setValue(
          Object.fromEntries(Object.entries(snapshots).filter(([kept]) => kept !== scope)),
        );
        return { state: next, changed: true };
      }),
    read: () => enqueue(load),
    replace: (state) =>
      enqueue(async () => {
        // Loading first repairs damaged data and sets the stored version, as before any write.
        await load();
        await progressItem.setValue(state);
        return state;
      }),
    raiseNotice: (notice) => enqueue(() => appendNotice(notice)),
    dismissNotice: (id) =>
      enqueue(async () => {
        const notices = parseNotices(await noticesItem.getValue());
        const next = notices.filter((notice) => notice.id !== id);
        if (next.length !== notices.length) await noticesItem.setValue(next);
        return next;
      }),
  };
}
