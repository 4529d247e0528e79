import { PROGRESS_VERSION, progressBackupItem, progressItem } from '../storage';
import { parseProgressState } from '../progress/parseProgress';
import type { NoticeMessageKey, ProgressBackup, ProgressState, TourStepIds } from '../progress/types';

export interface LoadedProgress {
  state: ProgressState;
  /** Set when the stored value had to be repaired or reset: the notice the user should see. */
  repair: { messageKey: NoticeMessageKey; problems: string[] } | null;
}

/**
 * Reads progress for the background, the only writer. A value that is damaged, could not be migrated or
 * was written by a newer version is recovered as far as it is valid; before the repaired value replaces
 * it, the raw value is copied to `local:progressBackup`. Never throws on bad data (storage errors
 * themselves still reject).
 */
export async function loadProgress(tours: TourStepIds, now: number): Promise<LoadedProgress> {
  let migrationFailed = false;
  let migrationError: unknown;
  try {
    // Run here although the library already ran it at load: it only logs failures, we must act on them.
    await progressItem.migrate();
  } catch (error) {
    migrationFailed = true;
    migrationError = error;
  }
  const raw = await progressItem.getValue();
  const versionProblem = migrationFailed ? await describeVersionProblem(migrationError) : null;
  const parsed = parseProgressState(raw ?? { tours: {} }, tours);
  if (!versionProblem && parsed.problems.length === 0) return { state: parsed.state, repair: null };

  const problems = versionProblem ? [versionProblem.problem, ...parsed.problems] : parsed.problems;
  const backup: ProgressBackup = {
    at: now,
    version: versionProblem ? versionProblem.version : PROGRESS_VERSION,
    raw,
    problems,
  };
  // Order matters if the worker dies half-way: the backup first, then the version, then the value.
  await progressBackupItem.setValue(backup);
  await progressItem.setMeta({ v: PROGRESS_VERSION });
  await progressItem.setValue(parsed.state);
  const messageKey: NoticeMessageKey = versionProblem?.newer
    ? 'notice.progressNewerVersion'
    : Object.keys(parsed.state.tours).length === 0
      ? 'notice.progressReset'
      : 'notice.progressRepaired';
  return { state: parsed.state, repair: { messageKey, problems } };
}

async function describeVersionProblem(
  error: unknown,
): Promise<{ problem: string; version: number | null; newer: boolean } | null> {
  const meta = await progressItem.getMeta();
  const version = typeof meta.v === 'number' ? meta.v : null;
  if (version !== null && version > PROGRESS_VERSION) {
    return {
      problem: `progress: written by a newer version (v${version}); this version reads v${PROGRESS_VERSION}`,
      version,
      newer: true,
    };
  }
  if (version === PROGRESS_VERSION) {
    // Nothing to migrate, so the failure was not about the data (e.g. a storage hiccup): do not "repair".
    console.warn('[invite-guide] loadProgress: version check failed, value is current; ignoring', error);
    return null;
  }
  const reason =
    error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
  return {
    problem: `progress: migration from v${version ?? 1} failed ${reason}`.trim(),
    version,
    newer: false,
  };
}
