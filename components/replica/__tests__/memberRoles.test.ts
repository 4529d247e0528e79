// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MEMBER_ROLES_KEY, readMemberRoles, saveMemberRole, withSavedRoles } from '../data/memberRoles';
import type { OrganizationMember } from '../data/seedUsers';

const chloe = {
  name: 'Chloé Dubois',
  email: 'chloe.dubois@example.com',
  role: 'Member',
} as OrganizationMember;
const dev = { name: 'Dev Patel', email: 'dev.patel@example.com', role: 'Admin' } as OrganizationMember;

describe('the roles saved in the replica', () => {
  beforeEach(() => localStorage.clear());

  it('a saved role is what the members show after a reload, by address in any case', () => {
    saveMemberRole('Chloe.Dubois@example.com', 'Admin');
    expect(withSavedRoles([chloe, dev])).toEqual([{ ...chloe, role: 'Admin' }, dev]);
  });

  it('a second save keeps the first person’s role', () => {
    saveMemberRole(chloe.email, 'Admin');
    saveMemberRole(dev.email, 'Member');
    expect(readMemberRoles()).toEqual({ [chloe.email]: 'Admin', [dev.email]: 'Member' });
  });

  it('a corrupt value or an unknown role is ignored, never thrown', () => {
    localStorage.setItem(MEMBER_ROLES_KEY, '{"broken":');
    expect(withSavedRoles([chloe])).toEqual([chloe]);
    localStorage.setItem(
      MEMBER_ROLES_KEY,
      JSON.stringify({ [chloe.email]: 'Emperor', [dev.email]: 'Member' }),
    );
    expect(readMemberRoles()).toEqual({ [dev.email]: 'Member' });
    localStorage.setItem(MEMBER_ROLES_KEY, '["Admin"]');
    expect(readMemberRoles()).toEqual({});
  });
});
