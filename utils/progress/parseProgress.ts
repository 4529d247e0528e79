import { isRecord, isTime } from './isRecord';
import type {
  Notice,
  NoticeKind,
  NoticeMessageKey,
  PendingShareLink,
  ProgressBackup,
  ProgressState,
  TourProgress,
  TourStatus,
  TourStepIds,
} from './types';

/**
 * Validation of progress read from storage (or imported): untrusted, possibly written by an older or
 * newer version, or damaged. Keeps every valid part, repairs what it can, drops the rest, and lists
 * each problem so the caller can tell the user and keep a backup. Never throws.
 */
export interface ParsedProgress {
  state: ProgressState;
  /** One line per repair or drop, for a notice's details. Empty when the value was fully valid. */
  problems: string[];
}

const STATUSES: readonly TourStatus[] = ['not_started', 'in_progress', 'completed', 'dismissed'];

/**
 * @param tours When given, a tour's current step is clamped to its step count. Tours and done steps the
 *   definitions do not know are kept: they may come from a newer version, and they are harmless.
 */
export function parseProgressState(raw: unknown, tours?: TourStepIds): ParsedProgress {
  if (!isRecord(raw))
    return { state: { tours: {} }, problems: [`progress: expected an object, got ${kindOf(raw)}`] };
  if (!isRecord(raw.tours)) {
    return {
      state: { tours: {} },
      problems: [`progress.tours: expected an object, got ${kindOf(raw.tours)}`],
    };
  }
  const problems: string[] = [];
  const entries: [string, TourProgress][] = [];
  for (const [tourId, value] of Object.entries(raw.tours)) {
    const progress = parseTourProgress(value, tours?.get(tourId), `tour "${tourId}"`, problems);
    if (progress) entries.push([tourId, progress]);
  }
  // fromEntries defines own properties, so an id like "__proto__" cannot touch the prototype.
  return { state: { tours: Object.fromEntries(entries) }, problems };
}

function parseTourProgress(
  raw: unknown,
  stepIds: readonly string[] | undefined,
  where: string,
  problems: string[],
): TourProgress | null {
  if (!isRecord(raw)) {
    problems.push(`${where}: expected an object, got ${kindOf(raw)}; dropped`);
    return null;
  }
  const status = STATUSES.find((known) => known === raw.status);
  if (!status) {
    problems.push(`${where}: unknown status; dropped`);
    return null;
  }
  const done = parseDone(raw.done, where, problems);
  const startedAt = parseOptionalTime(raw.startedAt, `${where}.startedAt`, problems);
  const completedAt = parseOptionalTime(raw.completedAt, `${where}.completedAt`, problems);
  let updatedAt: number;
  if (isTime(raw.updatedAt)) {
    updatedAt = raw.updatedAt;
  } else {
    problems.push(`${where}.updatedAt: not a time; set to the latest time known`);
    updatedAt = Math.max(0, startedAt ?? 0, completedAt ?? 0, ...Object.values(done));
  }
  const byHand = parseByHand(raw.byHand, done, where, problems);
  return {
    status,
    currentStep: parseCurrentStep(raw.currentStep, stepIds, where, problems),
    done,
    ...(byHand ? { byHand } : {}),
    startedAt,
    completedAt,
    updatedAt,
  };
}

function parseCurrentStep(
  raw: unknown,
  stepIds: readonly string[] | undefined,
  where: string,
  problems: string[],
): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    problems.push(`${where}.currentStep: not a whole number; set to 0`);
    return 0;
  }
  const last = stepIds && stepIds.length > 0 ? stepIds.length - 1 : Infinity;
  if (raw < 0 || raw > last) {
    const clamped = Math.min(Math.max(raw, 0), last);
    problems.push(`${where}.currentStep: ${raw} out of range; set to ${clamped}`);
    return clamped;
  }
  return raw;
}

function parseDone(raw: unknown, where: string, problems: string[]): Record<string, number> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push(`${where}.done: expected an object, got ${kindOf(raw)}; cleared`);
    return {};
  }
  const entries = Object.entries(raw).filter(([stepId, time]) => {
    if (isTime(time) && stepId !== '') return true;
    problems.push(`${where}.done["${stepId}"]: not a time; dropped`);
    return false;
  });
  return Object.fromEntries(entries) as Record<string, number>;
}

/** Steps ticked by hand: only `true` for a step that is done; anything else is dropped. */
function parseByHand(
  raw: unknown,
  done: Record<string, number>,
  where: string,
  problems: string[],
): Record<string, true> | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    problems.push(`${where}.byHand: expected an object, got ${kindOf(raw)}; cleared`);
    return undefined;
  }
  const kept = Object.keys(raw).filter((stepId) => {
    if (raw[stepId] === true && stepId in done) return true;
    problems.push(`${where}.byHand["${stepId}"]: not a done step ticked by hand; dropped`);
    return false;
  });
  return kept.length > 0
    ? (Object.fromEntries(kept.map((id) => [id, true])) as Record<string, true>)
    : undefined;
}

function parseOptionalTime(raw: unknown, where: string, problems: string[]): number | null {
  if (raw === null || raw === undefined) return null;
  if (isTime(raw)) return raw;
  problems.push(`${where}: not a time; cleared`);
  return null;
}

const NOTICE_KINDS: readonly NoticeKind[] = ['info', 'warning', 'error'];
export const NOTICE_MESSAGE_KEYS: readonly NoticeMessageKey[] = [
  'notice.progressReset',
  'notice.progressRepaired',
  'notice.progressNewerVersion',
  'notice.shareLinkInvalid',
];

/** Stored notices; entries that cannot be shown (unknown kind or message) are skipped. */
export function parseNotices(raw: unknown): Notice[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown): Notice[] => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || !isTime(entry.at)) return [];
    const kind = NOTICE_KINDS.find((known) => known === entry.kind);
    const messageKey = NOTICE_MESSAGE_KEYS.find((known) => known === entry.messageKey);
    if (!kind || !messageKey) return [];
    const details = Array.isArray(entry.details)
      ? entry.details.filter((line): line is string => typeof line === 'string')
      : [];
    return [{ id: entry.id, kind, messageKey, at: entry.at, details }];
  });
}

export function parsePendingShareLink(raw: unknown): PendingShareLink | null {
  if (!isRecord(raw)) return null;
  const { tourId, step, host, at } = raw;
  if (typeof tourId !== 'string' || typeof host !== 'string' || !isTime(at)) return null;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return null;
  const action = raw.action ?? 'step';
  if (action !== 'step' && action !== 'resume' && action !== 'restart') return null;
  return { tourId, step, action, host, at };
}

/** The type of a value, for problem messages: the value itself may be large or private. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

export function parseProgressBackup(raw: unknown): ProgressBackup | null {
  if (!isRecord(raw) || !isTime(raw.at) || !('raw' in raw)) return null;
  const version = typeof raw.version === 'number' ? raw.version : null;
  const problems = Array.isArray(raw.problems)
    ? raw.problems.filter((line): line is string => typeof line === 'string')
    : [];
  return { at: raw.at, version, raw: raw.raw, problems };
}
