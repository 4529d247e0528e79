/**
 * Share links: ordinary Mixpanel URLs with a marker naming a tour and a step, e.g.
 * `https://mixpanel.com/settings/org/users?guide=invite-users&guide-step=5`. Without the extension they
 * simply open Mixpanel. The marker is untrusted input: this module decides what it means, and says in
 * plain words what is wrong with it otherwise. Values from the URL are only ever shown as text.
 */
import { NO_PLACES, pathOfPage, type LearnedPlaces } from './learnedPlaces';
import { TOURS } from '@/tours';
import type { TourDefinition } from '@/tours/types';
import { MIXPANEL_HOSTS } from './hosts';
import { translateKey } from './i18n';
// The parameter names and `stripShareParams` live in their own module: the loader imports them alone.
import { SHARE_LINK_PARAMS, readShareLinkParams, type ShareLinkParams } from './shareLinkParams';

/** Longer values are refused without being looked at (or shown) any further. */
export const MAX_SHARE_VALUE_LENGTH = 100;
/** The one `guide-action` there is. */
export const RESTART_ACTION = 'restart';

/**
 * What a valid link asks for. `step`: open the step it names. `resume`: it names no step, so the tour
 * resumes where the user is, or begins at step 1. `restart`: begin again at step 1, once the user agrees.
 */
export type ShareLinkAction = 'step' | 'resume' | 'restart';

export type ShareLinkReasonKey =
  | 'shareLink.reason.repeated'
  | 'shareLink.reason.tooLong'
  | 'shareLink.reason.markup'
  | 'shareLink.reason.empty'
  | 'shareLink.reason.noTour'
  | 'shareLink.reason.unknownTour'
  | 'shareLink.reason.unknownAction'
  | 'shareLink.reason.restartWithStep'
  | 'shareLink.reason.stepZero'
  | 'shareLink.reason.stepNegative'
  | 'shareLink.reason.stepOutOfRange'
  | 'shareLink.reason.stepUnknown'
  | 'shareLink.reason.notMixpanel'
  | 'shareLink.reason.restartTurnedOff';

/** Why a link is not valid: an i18n key and its substitutions (never longer than a short excerpt). */
export interface ShareLinkProblem {
  key: ShareLinkReasonKey;
  substitutions: string[];
}

/** The marker checked against the tours, before any browser is involved. */
export type ShareLinkCheck =
  | { kind: 'none' }
  | { kind: 'valid'; tourId: string; step: number; action: ShareLinkAction }
  | { kind: 'invalid'; problem: ShareLinkProblem };

/** A whole URL checked: what `parseShareLink` returns. */
export type ShareLink =
  | { kind: 'none' }
  /** `step` is 0-based; for `resume` and `restart` links it is 0. */
  | { kind: 'valid'; tourId: string; step: number; action: ShareLinkAction; host: string }
  /** `reason` is a short sentence for the user, from `reasonKey`. */
  | { kind: 'invalid'; reason: string; reasonKey: ShareLinkReasonKey };

export type Translate = (key: string, substitutions?: readonly string[]) => string;

const PARAM_NAMES: Record<keyof ShareLinkParams, string> = {
  guide: SHARE_LINK_PARAMS[0],
  step: SHARE_LINK_PARAMS[1],
  action: SHARE_LINK_PARAMS[2],
};
/** Quotes, angle brackets and backticks never belong in a tour id or step; neither do URL schemes or handlers. */
const MARKUP = /[<>"'`\\]|javascript:|data:|vbscript:|\bon[a-z]+\s*=/i;
const DISPLAY_LENGTH = 40;

function problem(key: ShareLinkReasonKey, ...substitutions: string[]): ShareLinkCheck {
  return { kind: 'invalid', problem: { key, substitutions } };
}

/** A value shown back in a reason: printable ASCII only, and short. It is rendered as text, never HTML. */
function excerpt(value: string): string {
  const printable = value.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > DISPLAY_LENGTH ? `${printable.slice(0, DISPLAY_LENGTH)}…` : printable;
}

/** Checks our parameters' raw values (as `readShareLinkParams` returns them) against the tours. */
export function checkShareLinkParams(
  params: ShareLinkParams,
  tours: readonly TourDefinition[] = TOURS,
): ShareLinkCheck {
  const names = Object.keys(PARAM_NAMES) as (keyof ShareLinkParams)[];
  if (names.every((name) => params[name].length === 0)) return { kind: 'none' };
  for (const name of names) {
    const values = params[name];
    if (values.length > 1) return problem('shareLink.reason.repeated', PARAM_NAMES[name]);
    const value = values[0];
    if (value === undefined) continue;
    if (value.length > MAX_SHARE_VALUE_LENGTH)
      return problem('shareLink.reason.tooLong', PARAM_NAMES[name], String(MAX_SHARE_VALUE_LENGTH));
    if (MARKUP.test(value)) return problem('shareLink.reason.markup', PARAM_NAMES[name]);
    if (value.trim() === '') return problem('shareLink.reason.empty', PARAM_NAMES[name]);
  }

  const [tourId] = params.guide;
  if (tourId === undefined) return problem('shareLink.reason.noTour');
  const tour = tours.find((candidate) => candidate.id === tourId);
  if (!tour) return problem('shareLink.reason.unknownTour', excerpt(tourId));

  const [action] = params.action;
  const [step] = params.step;
  if (action !== undefined) {
    if (action !== RESTART_ACTION) return problem('shareLink.reason.unknownAction', excerpt(action));
    if (step !== undefined) return problem('shareLink.reason.restartWithStep');
    return { kind: 'valid', tourId, step: 0, action: 'restart' };
  }
  if (step === undefined) return { kind: 'valid', tourId, step: 0, action: 'resume' };

  const count = tour.steps.length;
  if (/^-\d+$/.test(step)) return problem('shareLink.reason.stepNegative');
  if (/^\d+$/.test(step)) {
    const number = Number(step);
    if (number === 0) return problem('shareLink.reason.stepZero');
    if (number > count) return problem('shareLink.reason.stepOutOfRange', String(count));
    return { kind: 'valid', tourId, step: number - 1, action: 'step' };
  }
  const byId = tour.steps.findIndex((candidate) => candidate.id === step);
  if (byId !== -1) return { kind: 'valid', tourId, step: byId, action: 'step' };
  return problem('shareLink.reason.stepUnknown', excerpt(step), String(count));
}

/** The reason as a sentence for the user. */
export function describeShareLinkProblem(
  { key, substitutions }: ShareLinkProblem,
  translate: Translate = translateKey,
): string {
  return translate(key, substitutions);
}

export interface ParseShareLinkOptions {
  tours?: readonly TourDefinition[];
  translate?: Translate;
}

/**
 * Reads a share link from a whole URL (e.g. one pasted into the popup). A URL without our parameters is
 * `none`; with them on a host that is not Mixpanel's, `invalid`.
 */
export function parseShareLink(
  url: string,
  { tours = TOURS, translate = translateKey }: ParseShareLinkOptions = {},
): ShareLink {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'none' };
  }
  const params = readShareLinkParams(parsed.search);
  if (!params) return { kind: 'none' };
  const isMixpanel =
    parsed.protocol === 'https:' && (MIXPANEL_HOSTS as readonly string[]).includes(parsed.hostname);
  const check: ShareLinkCheck = isMixpanel
    ? checkShareLinkParams(params, tours)
    : { kind: 'invalid', problem: { key: 'shareLink.reason.notMixpanel', substitutions: [] } };
  if (check.kind === 'invalid')
    return {
      kind: 'invalid',
      reason: describeShareLinkProblem(check.problem, translate),
      reasonKey: check.problem.key,
    };
  if (check.kind === 'none') return check;
  return { ...check, host: parsed.hostname };
}

type MixpanelHost = (typeof MIXPANEL_HOSTS)[number];

function linkBase(tourId: string, host: MixpanelHost, path: string): URL {
  if (!(MIXPANEL_HOSTS as readonly string[]).includes(host))
    throw new Error(`shareLink: "${host}" is not a Mixpanel host; use one of ${MIXPANEL_HOSTS.join(', ')}`);
  const url = new URL(path, `https://${host}`);
  if (url.host !== host)
    throw new Error(`shareLink: the path "${path}" leaves ${host}; give a path like /settings`);
  url.searchParams.set(SHARE_LINK_PARAMS[0], tourId);
  return url;
}

function tourOf(tourId: string): TourDefinition {
  const tour = TOURS.find((candidate) => candidate.id === tourId);
  if (!tour) throw new Error(`shareLink: there is no tour "${tourId}"`);
  return tour;
}

/**
 * A link that opens `tourId` at `stepIndex` (0-based; the link shows it 1-based, as people count).
 * It opens the page where that step happens at `path`; by default the documented address of the
 * step's page (see `stepPath`, which prefers the address learned on this browser), else the tour's start.
 */
export function buildShareLink(
  tourId: string,
  stepIndex: number,
  host: MixpanelHost = 'mixpanel.com',
  path?: string,
): string {
  const tour = tourOf(tourId);
  const step = tour.steps[stepIndex];
  if (!Number.isInteger(stepIndex) || !step)
    throw new Error(`shareLink: "${tourId}" has steps 0..${tour.steps.length - 1}, not ${stepIndex}`);
  const url = linkBase(tourId, host, path ?? stepPath(tour, stepIndex, NO_PLACES, host));
  url.searchParams.set(SHARE_LINK_PARAMS[1], String(stepIndex + 1));
  return url.href;
}

/** A link that asks its recipient to restart `tourId` from step 1 (for trainers). */
export function buildRestartLink(tourId: string, host: MixpanelHost = 'mixpanel.com', path?: string): string {
  const tour = tourOf(tourId);
  const url = linkBase(tourId, host, path ?? tour.startPath);
  url.searchParams.set(SHARE_LINK_PARAMS[2], RESTART_ACTION);
  return url.href;
}

/**
 * Where a link to a step should open on `host`: the address of the step's page seen working there
 * (learned), else the page's documented default, else the tour's start page.
 */
export function stepPath(
  tour: TourDefinition,
  stepIndex: number,
  places: LearnedPlaces,
  host: string,
): string {
  const pageKey = tour.steps[stepIndex]?.page;
  const page = pageKey === undefined ? undefined : tour.pages[pageKey];
  if (pageKey === undefined || !page) return tour.startPath;
  return pathOfPage(places, host, tour.id, pageKey, page.defaultPath) ?? tour.startPath;
}
