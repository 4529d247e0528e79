/**
 * Progress backup files: what "Export progress" writes and what "Import" accepts. The file is untrusted
 * input (any file the user picks), so it is parsed here, at the edge, into a checked `ProgressState`
 * (and the step timings, when the file has them); anything short of a fully valid file of ours is
 * refused with the reason, and nothing is changed.
 */
import { TOURS } from '@/tours';
import { isRecord } from './progress/isRecord';
import { parseProgressState } from './progress/parseProgress';
import { parseStepTimings, type StepTimings } from './progress/stepTimings';
import { stepIdsByTour } from './progress/tourProgress';
import type { ProgressState, TourStepIds } from './progress/types';

/** Marks a file as ours; a JSON file without it is somebody else's, whatever it contains. */
export const EXPORT_FORMAT = 'mixpanel-invite-guide/progress';
/**
 * The version of the `progress` shape inside the file: the stored progress version (`PROGRESS_VERSION`
 * in `utils/storage.ts`; a test keeps them equal). Not imported from there, so that this module stays
 * free of storage side effects.
 */
export const EXPORT_VERSION = 2;
/** Far above any real export (a few KB); a bigger file is not a backup of ours. */
export const MAX_IMPORT_CHARS = 1_000_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  progress: ProgressState;
  /**
   * Where people stall (`utils/progress/stepTimings.ts`). Optional, so files written before it existed
   * still import (and leave the kept timings alone), and older versions ignore it.
   */
  stepTimings?: StepTimings;
}

export type ImportRefusal =
  /** Over `MAX_IMPORT_CHARS`. */
  | 'tooLarge'
  /** Not JSON at all (or JSON but not an object). */
  | 'notJson'
  /** JSON, but without our format marker. */
  | 'notOurs'
  /** Written by a newer version of the extension, whose progress shape this one cannot know. */
  | 'futureVersion'
  /** Our marker with a version this one never wrote (missing, not a whole number, or older). */
  | 'unsupportedVersion'
  /** Our marker and version, but the progress in it is damaged. */
  | 'invalidProgress'
  /** Valid progress, but the step timings in it are damaged (refused whole: nothing half-imported). */
  | 'invalidTimings';

export type ImportResult =
  | {
      ok: true;
      state: ProgressState;
      exportedAt: string | null;
      /** The file's step timings; absent in a file written before they existed. */
      timings?: StepTimings;
    }
  | {
      ok: false;
      reason: ImportRefusal;
      /** What exactly is wrong, in English, for the curious (e.g. the damaged fields). */
      details: string[];
    };

/** `invite-guide-progress-YYYY-MM-DD.json`, in the user's local date. */
export function exportFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `invite-guide-progress-${day}.json`;
}

/** The backup file for `state` (and the step timings, if given), ready to download. */
export function buildExportFile(
  state: ProgressState,
  now: Date,
  timings?: StepTimings,
): { fileName: string; text: string } {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    progress: state,
  };
  if (timings) file.stepTimings = timings;
  return { fileName: exportFileName(now), text: `${JSON.stringify(file, null, 2)}\n` };
}

/**
 * Checks a file the user chose to import. Accepts only a file of ours, of this version, whose progress
 * is valid as it stands (a file needing repair is refused rather than silently changed).
 *
 * @param tours Step ids of the tours this version knows, to check current steps are in range.
 */
export function parseImportFile(text: string, tours: TourStepIds = stepIdsByTour(TOURS)): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return refuse('tooLarge', `the file has ${text.length} characters; at most ${MAX_IMPORT_CHARS}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse('notJson', error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(raw)) return refuse('notJson', 'the file is JSON, but not an object');
  if (raw.format !== EXPORT_FORMAT) {
    return refuse('notOurs', `"format" is not "${EXPORT_FORMAT}"`);
  }
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return refuse('futureVersion', `version ${version}; this version reads ${EXPORT_VERSION}`);
  }
  if (version !== EXPORT_VERSION) {
    return refuse('unsupportedVersion', `version ${JSON.stringify(version) ?? 'missing'}`);
  }
  const { state, problems } = parseProgressState(raw.progress, tours);
  if (problems.length > 0) return { ok: false, reason: 'invalidProgress', details: problems };
  const exportedAt = typeof raw.exportedAt === 'string' ? raw.exportedAt : null;
  if (raw.stepTimings === undefined) return { ok: true, state, exportedAt };
  const timings = parseStepTimings(raw.stepTimings);
  if (!timings) {
    return refuse('invalidTimings', '"stepTimings" is not a well-formed record of step times');
  }
  return { ok: true, state, exportedAt, timings };
}

function refuse(reason: ImportRefusal, detail: string): ImportResult {
  return { ok: false, reason, details: [detail] };
}
