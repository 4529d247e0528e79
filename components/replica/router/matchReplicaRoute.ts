import { HOME_PATH, ORG_SETTINGS_ENTRIES } from '../data/catalog';

export type ReplicaRoute =
  | { kind: 'redirect'; to: string }
  | { kind: 'app'; projectId: string; workspaceId: string; section: string }
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
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return DEFAULT_LOGIN_NEXT;
  try {
    const base = 'https://replica.invalid';
    const url = new URL(next, base);
    return url.origin === base ? url.pathname : DEFAULT_LOGIN_NEXT;
  } catch {
    return DEFAULT_LOGIN_NEXT;
  }
}

const APP_PATH = /^\/project\/(\d+)\/view\/(\d+)\/app\/([a-z0-9-]+)$/;

/** Pure: what the replica shows for a path (and its query string, for /login). */
export function matchReplicaRoute(rawPathname: string, search = ''): ReplicaRoute {
  const pathname = rawPathname.length > 1 ? rawPathname.replace(/\/+$/, '') : rawPathname;
  if (pathname === '/' || pathname === '') return { kind: 'redirect', to: HOME_PATH };

  const app = APP_PATH.exec(pathname);
  if (app) {
    const [, projectId = '', workspaceId = '', section = ''] = app;
    return { kind: 'app', projectId, workspaceId, section };
  }

  if (pathname === '/settings') return { kind: 'redirect', to: '/settings/org' };
  if (pathname === '/settings/project') return { kind: 'project-settings' };
  if (pathname === '/settings/profile') return { kind: 'profile-settings' };
  const org = /^\/settings\/org(?:\/([a-z-]+))?$/.exec(pathname);
  if (org) {
    const entry = ORG_SETTINGS_ENTRIES.find((candidate) => candidate.slug === (org[1] ?? ''));
    if (entry) return { kind: 'org-settings', slug: entry.slug, label: entry.label };
  }

  if (pathname === '/login')
    return { kind: 'login', next: safeNextPath(new URLSearchParams(search).get('next')) };
  return { kind: 'not-found' };
}
