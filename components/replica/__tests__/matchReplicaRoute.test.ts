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
