import { describe, expect, it } from 'vitest';
import { ORG_SETTINGS_ENTRIES } from '../data/catalog';
import { matchReplicaRoute } from '../router/matchReplicaRoute';
import { ROUTE_SCHEMES, settingsPaths } from '../router/settingsPaths';

describe('settingsPaths', () => {
  it.each([
    ['default', '/settings/org', '/settings/org/users', '/settings/project'],
    ['alt', '/settings/org', '/settings/org/users-teams', '/settings/project'],
    [
      'project',
      '/project/3141592/app/settings/org',
      '/project/3141592/app/settings/org/users-teams',
      '/project/3141592/app/settings/project',
    ],
  ] as const)('%s: Org settings, Users & Teams and Project settings', (scheme, org, users, project) => {
    const paths = settingsPaths(scheme);
    expect([paths.org(''), paths.org('users'), paths.project]).toEqual([org, users, project]);
  });

  it.each(ROUTE_SCHEMES)('%s: every link it makes opens the page it names', (scheme) => {
    const paths = settingsPaths(scheme);
    for (const entry of ORG_SETTINGS_ENTRIES) {
      expect(matchReplicaRoute(paths.org(entry.slug), '', scheme)).toEqual({
        kind: 'org-settings',
        slug: entry.slug,
        label: entry.label,
      });
    }
    expect(matchReplicaRoute(paths.project, '', scheme).kind).toBe('project-settings');
    expect(matchReplicaRoute(paths.profile, '', scheme).kind).toBe('profile-settings');
  });
});
