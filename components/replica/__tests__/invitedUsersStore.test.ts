// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createInvitedUsersStore,
  INVITED_STORAGE_KEY,
  parseInvitedUsers,
  type InvitedUser,
} from '../data/invitedUsersStore';

const jordan: InvitedUser = {
  email: 'jordan.lee@example.com',
  organizationRole: 'Admin',
  projects: ['E-commerce Demo'],
  projectRole: 'Analyst',
  teams: [],
  invitedAt: '2026-07-01T10:00:00.000Z',
};

describe('parseInvitedUsers', () => {
  it.each([null, '', '{', '"text"', '42', '{"email":"a@example.com"}'])(
    'reads %j as an empty list',
    (raw) => {
      expect(parseInvitedUsers(raw)).toEqual([]);
    },
  );

  it('keeps well-formed entries and drops the others one by one', () => {
    const raw = JSON.stringify([
      jordan,
      { ...jordan, email: '' },
      { ...jordan, organizationRole: 'Viewer' },
      { ...jordan, projectRole: 'Viewer' },
      { ...jordan, invitedAt: 'yesterday' },
      { ...jordan, projects: 'E-commerce Demo' },
      null,
      { ...jordan, email: 'team@example.com', projects: [], projectRole: null, teams: ['Growth'] },
    ]);
    expect(parseInvitedUsers(raw).map((user) => user.email)).toEqual([
      'jordan.lee@example.com',
      'team@example.com',
    ]);
  });
});

describe('the invited users store', () => {
  beforeEach(() => localStorage.clear());

  it('persists invitations so a reload keeps them, and re-inviting replaces the earlier invitation', () => {
    const store = createInvitedUsersStore(window);
    let changes = 0;
    const unsubscribe = store.subscribe(() => (changes += 1));
    store.add([jordan]);
    store.add([{ ...jordan, email: 'JORDAN.LEE@example.com', organizationRole: 'Member' }]);
    unsubscribe();
    store.add([{ ...jordan, email: 'other@example.com' }]);
    expect(changes).toBe(2);

    const reloaded = createInvitedUsersStore(window);
    expect(reloaded.list().map((user) => [user.email, user.organizationRole])).toEqual([
      ['JORDAN.LEE@example.com', 'Member'],
      ['other@example.com', 'Admin'],
    ]);
    store.destroy();
    reloaded.destroy();
  });

  it('starts empty over a corrupt stored value and overwrites it on the next invitation', () => {
    localStorage.setItem(INVITED_STORAGE_KEY, '[{"broken":');
    const store = createInvitedUsersStore(window);
    expect(store.list()).toEqual([]);
    store.add([jordan]);
    expect(JSON.parse(localStorage.getItem(INVITED_STORAGE_KEY) ?? 'null')).toEqual([jordan]);
    store.destroy();
  });
});

describe('the older pending invitation (replica:older-pending)', () => {
  const loadedAt = new Date('2026-08-10T12:00:00.000Z');
  beforeEach(() => localStorage.clear());

  it('is listed first, invited three days before the page loaded, only while the knob is set', () => {
    const store = createInvitedUsersStore(window, () => loadedAt);
    expect(store.list()).toEqual([]);
    localStorage.setItem('replica:older-pending', '1');
    expect(store.list()).toEqual([
      expect.objectContaining({ email: 'sam.rivera@example.com', invitedAt: '2026-08-07T12:00:00.000Z' }),
    ]);
    store.add([jordan]);
    expect(store.list().map((user) => user.email)).toEqual(['sam.rivera@example.com', jordan.email]);
    // Not written to storage by an invite: removing the knob removes it.
    localStorage.removeItem('replica:older-pending');
    expect(store.list().map((user) => user.email)).toEqual([jordan.email]);
  });

  it('a resend stamps the new date and keeps the row in its place', () => {
    localStorage.setItem('replica:older-pending', '1');
    const store = createInvitedUsersStore(window, () => loadedAt);
    store.add([jordan]);
    const resentAt = new Date('2026-08-10T12:30:00.000Z');
    store.resend('Sam.Rivera@example.com', resentAt);
    store.resend(jordan.email, resentAt);
    expect(store.list().map((user) => [user.email, user.invitedAt])).toEqual([
      ['sam.rivera@example.com', resentAt.toISOString()],
      [jordan.email, resentAt.toISOString()],
    ]);
    store.resend('nobody@example.com', resentAt);
    expect(store.list()).toHaveLength(2);
  });
});
