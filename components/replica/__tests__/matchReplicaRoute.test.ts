import { describe, expect, it } from 'vitest';
import { HOME_PATH } from '../data/catalog';
import { matchReplicaRoute, safeNextPath } from '../router/matchReplicaRoute';

describe('matchReplicaRoute', () => {
  it('sends the bare site to the default project home', () => {
    expect(matchReplicaRoute('/')).toEqual({ kind: 'redirect', to: HOME_PATH });
    expect(HOME_PATH).toBe('/project/3141592/view/2718/app/home');
  });

  it('reads project, workspace and section from an app path', () => {
    expect(matchReplicaRoute('/project/1618033/view/1414/app/boards')).toEqual({
      kind: 'app',
      projectId: '1618033',
      workspaceId: '1414',
      section: 'boards',
    });
  });

  it.each([
    ['/settings/org', '', 'Overview'],
    ['/settings/org/', '', 'Overview'],
    ['/settings/org/users', 'users', 'Users & Teams'],
    ['/settings/org/plan', 'plan', 'Plan Details & Billing'],
    ['/settings/org/audit-logs', 'audit-logs', 'Audit Logs'],
  ])('knows the Org settings page %s', (path, slug, label) => {
    expect(matchReplicaRoute(path)).toEqual({ kind: 'org-settings', slug, label });
  });

  it('has project and profile settings, and sends /settings to Org', () => {
    expect(matchReplicaRoute('/settings/project').kind).toBe('project-settings');
    expect(matchReplicaRoute('/settings/profile').kind).toBe('profile-settings');
    expect(matchReplicaRoute('/settings')).toEqual({ kind: 'redirect', to: '/settings/org' });
  });

  it.each(['/settings/org/nope', '/project/abc/view/1/app/home', '/anything', '/settings/org/users/extra'])(
    'shows "not found" for %s',
    (path) => expect(matchReplicaRoute(path)).toEqual({ kind: 'not-found' }),
  );

  it('takes the login destination from ?next=', () => {
    expect(matchReplicaRoute('/login', '?next=%2Fsettings%2Forg%2Fusers')).toEqual({
      kind: 'login',
      next: '/settings/org/users',
    });
    expect(matchReplicaRoute('/login', '')).toEqual({ kind: 'login', next: '/settings/org' });
  });
});

describe('safeNextPath', () => {
  it('keeps same-origin paths and drops their query string and hash, as the sign-in redirect does', () => {
    expect(safeNextPath('/settings/org/users?guide=invite-users&step=3#x')).toBe('/settings/org/users');
  });

  it.each([
    null,
    '',
    'settings/org',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
  ])('falls back to /settings/org for %s', (next) => expect(safeNextPath(next)).toBe('/settings/org'));
});

describe('matchReplicaRoute under the replica:routes knob', () => {
  const usersTeams = { kind: 'org-settings', slug: 'users', label: 'Users & Teams' };

  it('alt: Users & Teams moves to /settings/org/users-teams and the old URL is not found', () => {
    expect(matchReplicaRoute('/settings/org/users-teams', '', 'alt')).toEqual(usersTeams);
    expect(matchReplicaRoute('/settings/org/users', '', 'alt')).toEqual({ kind: 'not-found' });
    expect(matchReplicaRoute('/settings/org/plan', '', 'alt').kind).toBe('org-settings');
    expect(matchReplicaRoute('/settings', '', 'alt')).toEqual({ kind: 'redirect', to: '/settings/org' });
  });

  it('default: the alt and project URLs do not exist', () => {
    expect(matchReplicaRoute('/settings/org/users-teams')).toEqual({ kind: 'not-found' });
    expect(matchReplicaRoute('/project/3141592/app/settings/org')).toEqual({ kind: 'not-found' });
  });

  it.each([
    ['/project/3141592/app/settings/org', { kind: 'org-settings', slug: '', label: 'Overview' }],
    ['/project/3141592/app/settings/org/users-teams', usersTeams],
    [
      '/project/3141592/app/settings/org/audit-logs',
      { kind: 'org-settings', slug: 'audit-logs', label: 'Audit Logs' },
    ],
    ['/project/3141592/app/settings/project', { kind: 'project-settings' }],
    ['/project/3141592/app/settings/org/users', { kind: 'not-found' }],
    ['/project/3141592/app/settings/org/nope', { kind: 'not-found' }],
  ])('project: %s', (path, route) => expect(matchReplicaRoute(path, '', 'project')).toEqual(route));

  it.each([
    ['/settings', '/project/3141592/app/settings/org'],
    ['/settings/org', '/project/3141592/app/settings/org'],
    ['/settings/org/users', '/project/3141592/app/settings/org/users-teams'],
    ['/settings/org/users-teams', '/project/3141592/app/settings/org/users-teams'],
    ['/settings/org/plan', '/project/3141592/app/settings/org/plan'],
    ['/settings/project', '/project/3141592/app/settings/project'],
    ['/project/3141592/app/settings', '/project/3141592/app/settings/org'],
  ])('project: %s redirects to %s, keeping the query string', (path, to) =>
    expect(matchReplicaRoute(path, '?guide=invite-users', 'project')).toEqual({
      kind: 'redirect',
      to: `${to}?guide=invite-users`,
    }),
  );

  it('project: an unknown settings page is not found rather than redirected', () => {
    expect(matchReplicaRoute('/settings/org/nope', '', 'project')).toEqual({ kind: 'not-found' });
  });

  it('project: "Log in" goes to the moved Org settings by default', () => {
    expect(matchReplicaRoute('/login', '', 'project')).toEqual({
      kind: 'login',
      next: '/project/3141592/app/settings/org',
    });
  });
});
