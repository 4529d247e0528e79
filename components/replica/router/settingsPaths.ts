import { DEFAULT_PROJECT } from '../data/catalog';

/**
 * Where Settings lives, in the three shapes the replica can take (`replica:routes`). Mixpanel's docs show
 * `/settings/org` and `/settings/project`, never the URL of Users & Teams, and say some routes redirect to
 * `/project/<id>/app/settings/...`: the guide must not depend on any one of these.
 * - `default`: `/settings/org/<slug>`, Users & Teams at `/settings/org/users`.
 * - `alt`: the same, but Users & Teams at `/settings/org/users-teams`.
 * - `project`: everything under `/project/<id>/app/settings/...`, Users & Teams at `.../org/users-teams`.
 */
export const ROUTE_SCHEMES = ['default', 'alt', 'project'] as const;
export type RouteScheme = (typeof ROUTE_SCHEMES)[number];

/** Key of the Users & Teams page among the Org settings entries (its slug in the default scheme). */
export const USERS_PAGE = 'users';
const USERS_SLUG_ELSEWHERE = 'users-teams';

export interface SettingsPaths {
  readonly scheme: RouteScheme;
  /** Path of an Org settings page by its key ('' is the Overview, `users` Users & Teams, `plan`, …). */
  org(page: string): string;
  readonly project: string;
  readonly profile: string;
}

/** The slug a page has in the URL under `scheme` (only Users & Teams differs). */
export function orgSlug(page: string, scheme: RouteScheme): string {
  return page === USERS_PAGE && scheme !== 'default' ? USERS_SLUG_ELSEWHERE : page;
}

/** The page key for a slug seen in the URL under `scheme`, or null when that scheme has no such slug. */
export function orgPageOfSlug(slug: string, scheme: RouteScheme, pages: readonly string[]): string | null {
  return pages.find((page) => orgSlug(page, scheme) === slug) ?? null;
}

export function projectSettingsRoot(projectId: string = DEFAULT_PROJECT.id): string {
  return `/project/${projectId}/app/settings`;
}

export function settingsPaths(scheme: RouteScheme): SettingsPaths {
  const root = scheme === 'project' ? projectSettingsRoot() : '/settings';
  return {
    scheme,
    org: (page) => {
      const slug = orgSlug(page, scheme);
      return slug === '' ? `${root}/org` : `${root}/org/${slug}`;
    },
    project: `${root}/project`,
    profile: `${root}/profile`,
  };
}
