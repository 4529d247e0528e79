/**
 * The plain-text report "Copy report" puts on the clipboard, for support. It is built only from
 * identifiers the extension itself defines (tour and step ids, strategy names, miss reasons), the
 * extension's version, the browser's name and major version, and the Mixpanel host: never page text,
 * addresses typed or shown, names, paths or query strings. Anything unknown in the input is left out.
 * The report is in English whatever the browser's language, so support can read every one.
 */
import type { TourDefinition } from '@/tours/types';
import { MIXPANEL_HOSTS } from '../hosts';
import type { ProgressState } from '../progress/types';
import { tourProgressOf } from '../progress/tourProgress';
import { MISS_REASONS, type ProbeMiss, type StepResult, type TourCheck } from './checkResults';
import { isStrategyName, type NotFoundEvent } from './notFoundEvents';

export interface ReportInput {
  extensionVersion: string;
  /** `navigator.userAgent`: only the browser's name and major version are taken from it. */
  userAgent: string;
  /** The host of the checked tab (anything else than a Mixpanel host reads as "not a Mixpanel page"). */
  host: string | null;
  checkedAt: number;
  tours: readonly TourDefinition[];
  progress: ProgressState;
  /** Per tour, per step, what the page showed; null when the page could not be checked. */
  check: readonly TourCheck[] | null;
  events: readonly NotFoundEvent[];
}

const BROWSERS: readonly [name: string, pattern: RegExp][] = [
  ['Firefox', /\bFirefox\/(\d+)/],
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|Chromium)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+).*Safari\//],
];

/** "Chrome 150": the browser's name and major version from a user-agent string, or "unknown". */
export function browserOf(userAgent: string): string {
  for (const [name, pattern] of BROWSERS) {
    const major = pattern.exec(userAgent)?.[1];
    if (major) return `${name} ${major}`;
  }
  return 'unknown';
}

const VERSION = /^\d+(\.\d+){0,3}$/;

function resultText(result: StepResult, known: (stepId: string) => boolean): string {
  switch (result.kind) {
    case 'found':
      return `found (${isStrategyName(result.strategy) ? result.strategy : 'unknown'}, strategy ${result.strategyIndex + 1})${
        result.pageMatched === false ? ", page's landmarks not found" : ''
      }`;
    case 'otherPage':
      return `on another page (${safeId(result.pageKey)})`;
    case 'needsStep':
      return `missing: needs step ${known(result.restoredBy) ? result.restoredBy : 'unknown'} first`;
    case 'missing':
      return 'missing: no strategy found it';
  }
}

function missesText(misses: readonly ProbeMiss[]): string {
  return misses
    .filter((miss) => isStrategyName(miss.strategy) && MISS_REASONS.includes(miss.reason))
    .map((miss) => `${miss.strategy} ${miss.reason}`)
    .join(', ');
}

/** Page keys are tour data (`usersAndTeams`); anything else is not printed. */
function safeId(value: string): string {
  return /^[A-Za-z][A-Za-z0-9-]{0,63}$/.test(value) ? value : 'unknown';
}

export function buildReport(input: ReportInput): string {
  const { tours, progress } = input;
  const host = (MIXPANEL_HOSTS as readonly (string | null)[]).includes(input.host) ? input.host : null;
  const stepOf = (tourId: string, stepId: string) =>
    tours.find((t) => t.id === tourId)?.steps.find((s) => s.id === stepId);
  const lines = [
    'Mixpanel Invite Guide: page check',
    `Extension version: ${VERSION.test(input.extensionVersion) ? input.extensionVersion : 'unknown'}`,
    `Browser: ${browserOf(input.userAgent)}`,
    `Host: ${host ?? 'not a Mixpanel page'}`,
    `Checked: ${new Date(input.checkedAt).toISOString()}`,
  ];

  for (const tour of tours) {
    const tourProgress = tourProgressOf(progress, tour.id);
    const done = tour.steps.filter((s) => Object.hasOwn(tourProgress.done, s.id)).map((s) => s.id);
    const current = tour.steps[tourProgress.currentStep]?.id ?? 'unknown';
    lines.push(
      '',
      `Tour ${tour.id}: ${tourProgress.status}, ${done.length} of ${tour.steps.length} done, current step ${current}`,
      `  done: ${done.length ? done.join(', ') : 'none'}`,
    );
    const checked = input.check?.find((c) => c.tourId === tour.id);
    if (!checked) {
      lines.push('  page: not checked');
      continue;
    }
    tour.steps.forEach((step, index) => {
      const result = checked.steps.find((s) => s.stepId === step.id)?.result;
      if (!result) return;
      const missed = result.kind === 'found' ? '' : missesText(result.misses);
      lines.push(
        `  ${index + 1}. ${step.id}: ${resultText(result, (id) => !!stepOf(tour.id, id))}${
          missed ? `; missed: ${missed}` : ''
        }`,
      );
    });
  }

  const events = input.events.filter((e) => stepOf(e.tourId, e.stepId));
  lines.push('', `Last not-found events (${events.length}):`);
  if (events.length === 0) lines.push('  none');
  for (const event of events) {
    lines.push(
      `  ${new Date(event.at).toISOString()} ${event.tourId} / ${event.stepId}: ${event.strategies.filter(isStrategyName).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
