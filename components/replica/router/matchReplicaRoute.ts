import { HOME_PATH, ORG_SETTINGS_ENTRIES } from '../data/catalog';
import { orgPageOfSlug, settingsPaths, type RouteScheme, type SettingsPaths } from './settingsPaths';

export type ReplicaRoute =
  | { kind: 'redirect'; to: string }
  | { kind: 'app'; projectId: string; workspaceId: string; section: string }
  /** `slug` is the page's key (`users` for Users & Teams whatever its URL), `label` its name. */
  | { kind: 'org-settings'; slug: string; label: string }
  | { kind: 'project-settings' }
  | { kind: 'profile-settings' }
  | { kind: 'login'; next: string }
  | { kind: 'not-found' };

export const DEFAULT_LOGIN_NEXT = '/settings/org';

/**
 * Where "Log in" may send the user: a path on this origin only (no `//host`, no scheme, no backslash
 * tricks). The query string and hash are dropped, as Mixpanel's sign-in redirect drops them.
 */
export function safeNextPath(next: string | null, fallback = DEFAULT_LOGIN_NEXT): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  try {
    const base = 'https://replica.invalid';
    const url = new URL(next, base);
    return url.origin === base ? url.pathname : fallback;
  } catch {
    return fallback;
  }
}

const APP_PATH = /^\/project\/(\d+)\/view\/(\d+)\/app\/([a-z0-9-]+)$/;
const LEGACY_SETTINGS = /^\/settings(?:\/(org|project|profile)(?:\/([a-z-]+))?)?$/;
const PROJECT_SETTINGS = /^\/project\/\d+\/app\/settings(?:\/(org|project|profile)(?:\/([a-z-]+))?)?$/;
const ORG_PAGES = ORG_SETTINGS_ENTRIES.map((entry) => entry.slug);

type Area = 'org' | 'project' | 'profile' | undefined;

/** The page of a settings path, once its prefix is known to be the scheme's own. */
function settingsPage(
  area: Area,
  slug: string | undefined,
  scheme: RouteScheme,
  paths: SettingsPaths,
): ReplicaRoute {
  if (area === undefined) return { kind: 'redirect', to: paths.org('') };
  if (area === 'project') return slug === undefined ? { kind: 'project-settings' } : { kind: 'not-found' };
  if (area === 'profile') return slug === undefined ? { kind: 'profile-settings' } : { kind: 'not-found' };
  const page = orgPageOfSlug(slug ?? '', scheme, ORG_PAGES);
  const entry = ORG_SETTINGS_ENTRIES.find((candidate) => candidate.slug === page);
  return entry ? { kind: 'org-settings', slug: entry.slug, label: entry.label } : { kind: 'not-found' };
}

/** Where an old `/settings...` path lives in the `project` scheme; null for a page that does not exist. */
function movedSettingsPath(area: Area, slug: string | undefined, paths: SettingsPaths): string | null {
  if (area === undefined || (area === 'org' && slug === undefined)) return paths.org('');
  if (area !== 'org') return slug === undefined ? paths[area] : null;
  const page =
    orgPageOfSlug(slug ?? '', 'default', ORG_PAGES) ?? orgPageOfSlug(slug ?? '', 'project', ORG_PAGES);
  return page === null ? null : paths.org(page);
}

/**
 * Pure: what the replica shows for a path (and its query string, for /login and redirects) under the
 * route scheme of the `replica:routes` knob. In the `project` scheme, `/settings...` redirects to the same
 * page under `/project/<id>/app/settings/...`, keeping the query string (a guide link survives it); the
 * old Users & Teams slug `users` is understood there too, as a redirect would be.
 */
export function matchReplicaRoute(
  rawPathname: string,
  search = '',
  scheme: RouteScheme = 'default',
): ReplicaRoute {
  const pathname = rawPathname.length > 1 ? rawPathname.replace(/\/+$/, '') : rawPathname;
  if (pathname === '/' || pathname === '') return { kind: 'redirect', to: HOME_PATH };
  const paths = settingsPaths(scheme);

  const app = APP_PATH.exec(pathname);
  if (app) {
    const [, projectId = '', workspaceId = '', section = ''] = app;
    return { kind: 'app', projectId, workspaceId, section };
  }

  const legacy = LEGACY_SETTINGS.exec(pathname);
  if (legacy) {
    const area = legacy[1] as Area;
    const slug = legacy[2];
    if (scheme !== 'project') return settingsPage(area, slug, scheme, paths);
    const to = movedSettingsPath(area, slug, paths);
    return to === null ? { kind: 'not-found' } : { kind: 'redirect', to: to + search };
  }

  const project = PROJECT_SETTINGS.exec(pathname);
  if (project && scheme === 'project') {
    const route = settingsPage(project[1] as Area, project[2], scheme, paths);
    return route.kind === 'redirect' ? { kind: 'redirect', to: route.to + search } : route;
  }

  if (pathname === '/login')
    return { kind: 'login', next: safeNextPath(new URLSearchParams(search).get('next'), paths.org('')) };
  return { kind: 'not-found' };
}
