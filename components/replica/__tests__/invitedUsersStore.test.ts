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
