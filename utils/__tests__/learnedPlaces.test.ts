import { describe, expect, it } from 'vitest';
import { learnPlace, NO_PLACES, parseLearnedPlaces, pathOfPage, placeKey } from '../learnedPlaces';

const USERS = placeKey('invite-users', 'usersAndTeams');

describe('the addresses the guide learns', () => {
  it('keeps the path a page was proven at, per host, and the host last used', () => {
    const places = learnPlace(NO_PLACES, 'eu.mixpanel.com', USERS, '/settings/org/users-teams');
    expect(places).toEqual({
      lastHost: 'eu.mixpanel.com',
      paths: { 'eu.mixpanel.com': { [USERS]: '/settings/org/users-teams' } },
    });
    // Nothing new: the same object, so nothing is written.
    expect(learnPlace(places, 'eu.mixpanel.com', USERS, '/settings/org/users-teams')).toBe(places);
    // A later release moved the page: the new address replaces the old one.
    const moved = learnPlace(places, 'eu.mixpanel.com', USERS, '/project/1/app/settings/org/users');
    expect(pathOfPage(moved, 'eu.mixpanel.com', 'invite-users', 'usersAndTeams', '/d')).toBe(
      '/project/1/app/settings/org/users',
    );
  });

  it('a page learned by one tour opens for another tour with a page of the same key; else the default', () => {
    const places = learnPlace(NO_PLACES, 'mixpanel.com', USERS, '/s/u');
    expect(pathOfPage(places, 'mixpanel.com', 'resend-invite', 'usersAndTeams', '/d')).toBe('/s/u');
    expect(pathOfPage(places, 'mixpanel.com', 'resend-invite', 'settings', '/d')).toBe('/d');
    expect(pathOfPage(places, 'in.mixpanel.com', 'invite-users', 'usersAndTeams', undefined)).toBeUndefined();
  });

  it('stored data that is damaged or foreign is dropped, the rest kept', () => {
    const parsed = parseLearnedPlaces({
      lastHost: 'evil.example',
      paths: {
        'mixpanel.com': {
          [USERS]: '/settings/org/users',
          'invite-users/settings': '/settings?email=a@b.c',
          'invite-users/x': 'javascript:alert(1)',
          '../../etc': '/x',
        },
        'evil.example': { [USERS]: '/x' },
        'eu.mixpanel.com': 'not a record',
      },
    });
    expect(parsed).toEqual({ lastHost: null, paths: { 'mixpanel.com': { [USERS]: '/settings/org/users' } } });
    for (const junk of [null, 7, 'x', [], { paths: [] }]) expect(parseLearnedPlaces(junk)).toEqual(NO_PLACES);
  });
});
