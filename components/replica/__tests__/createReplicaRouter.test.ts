// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readLocation, routerModeFor } from '../router/createReplicaRouter';

describe('the replica router', () => {
  it('routes on the path on web pages and in the hash on the extension page', () => {
    expect(routerModeFor('https:')).toBe('path');
    expect(routerModeFor('http:')).toBe('path');
    expect(routerModeFor('chrome-extension:')).toBe('hash');
    expect(routerModeFor('moz-extension:')).toBe('hash');
  });

  it('reads the route from the hash, query string included', () => {
    const location = new URL(
      'chrome-extension://abc/practice.html#/login?next=%2Fsettings',
    ) as unknown as Location;
    expect(readLocation('hash', location)).toEqual({ pathname: '/login', search: '?next=%2Fsettings' });
    const empty = new URL('chrome-extension://abc/practice.html') as unknown as Location;
    expect(readLocation('hash', empty)).toEqual({ pathname: '/', search: '' });
  });

  it('reads the route from the path on Mixpanel hosts', () => {
    const location = new URL('https://eu.mixpanel.com/settings/org/users?x=1#y') as unknown as Location;
    expect(readLocation('path', location)).toEqual({ pathname: '/settings/org/users', search: '?x=1' });
  });
});
