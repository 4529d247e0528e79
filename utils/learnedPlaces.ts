import { MIXPANEL_HOSTS } from './hosts';
import { isRecord } from './progress/isRecord';

/**
 * What the guide learned of the app's real addresses, in this browser only: per Mixpanel host, the
 * path at which each page of a tour was proven by its landmarks (`"invite-users/usersAndTeams"` ->
 * `"/settings/org/users-teams"`), and the host the user last used. Paths only: no query string, no
 * hash, nothing the user typed.
 */
export interface LearnedPlaces {
  paths: Record<string, Record<string, string>>;
  lastHost: string | null;
}

export const NO_PLACES: LearnedPlaces = Object.freeze({ paths: {}, lastHost: null }) as LearnedPlaces;

const MAX_PATH = 300;
// Path characters only: letters, digits and - . _ ~ / % (no query, hash or anything that could be markup).
const PATH = /^\/[A-Za-z0-9\-._~/%]*$/;
const PLACE_KEY = /^[a-z][a-z0-9-]{0,63}\/[A-Za-z][A-Za-z0-9]{0,63}$/;

export const isMixpanelHost = (host: unknown): host is string =>
  typeof host === 'string' && (MIXPANEL_HOSTS as readonly string[]).includes(host);

export function isLearnablePath(path: unknown): path is string {
  return typeof path === 'string' && path.length <= MAX_PATH && PATH.test(path) && !path.includes('//');
}

export const placeKey = (tourId: string, pageKey: string): string => `${tourId}/${pageKey}`;

/** Reads the stored value leniently: anything damaged or foreign is dropped, the rest kept. */
export function parseLearnedPlaces(raw: unknown): LearnedPlaces {
  if (!isRecord(raw)) return NO_PLACES;
  const paths: LearnedPlaces['paths'] = {};
  if (isRecord(raw.paths)) {
    for (const [host, pages] of Object.entries(raw.paths)) {
      if (!isMixpanelHost(host) || !isRecord(pages)) continue;
      const kept = Object.entries(pages).filter(
        ([key, path]) => PLACE_KEY.test(key) && isLearnablePath(path),
      );
      if (kept.length) paths[host] = Object.fromEntries(kept) as Record<string, string>;
    }
  }
  return { paths, lastHost: isMixpanelHost(raw.lastHost) ? raw.lastHost : null };
}

/** The places after a page was proven at `path` on `host`; the same object when nothing changes. */
export function learnPlace(
  places: LearnedPlaces,
  host: string,
  key: string | null,
  path: string | null,
): LearnedPlaces {
  const known = places.paths[host] ?? {};
  const pathChanges = key !== null && path !== null && known[key] !== path;
  if (!pathChanges && places.lastHost === host) return places;
  return {
    lastHost: host,
    paths: pathChanges ? { ...places.paths, [host]: { ...known, [key]: path } } : places.paths,
  };
}

/**
 * The path to open a tour's page on a host: the one seen working there (by this tour, else by another
 * tour with a page of the same key), else the documented default.
 */
export function pathOfPage(
  places: LearnedPlaces,
  host: string,
  tourId: string,
  pageKey: string,
  defaultPath: string | undefined,
): string | undefined {
  const known = places.paths[host] ?? {};
  // Tours on the same pages share what one of them learned (e.g. every tour's Users & Teams).
  const shared = Object.entries(known).find(([key]) => key.endsWith(`/${pageKey}`))?.[1];
  return known[placeKey(tourId, pageKey)] ?? shared ?? defaultPath;
}
