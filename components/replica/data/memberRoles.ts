import { ORGANIZATION_ROLES, type OrganizationRole } from './catalog';
import type { OrganizationMember } from './seedUsers';

/** localStorage key of the roles changed in the replica, so a reload shows the role that was saved. */
export const MEMBER_ROLES_KEY = 'replica:member-roles';

type SavedRoles = Record<string, OrganizationRole>;

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

const isRole = (value: unknown): value is OrganizationRole =>
  (ORGANIZATION_ROLES as readonly unknown[]).includes(value);

/**
 * The saved roles by lower-cased e-mail. Anything that is not a JSON object yields none, and entries that
 * are not a known role are dropped one by one, so a corrupt value never crashes the page.
 */
export function readMemberRoles(win: Window = window): SavedRoles {
  const raw = storageOf(win)?.getItem(MEMBER_ROLES_KEY) ?? null;
  let parsed: unknown;
  try {
    parsed = raw === null ? null : JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const roles: SavedRoles = {};
  for (const [email, role] of Object.entries(parsed)) if (isRole(role)) roles[email.toLowerCase()] = role;
  return roles;
}

/** Remembers a saved role (a page without storage keeps it for this page only). */
export function saveMemberRole(email: string, role: OrganizationRole, win: Window = window): void {
  const roles = { ...readMemberRoles(win), [email.toLowerCase()]: role };
  try {
    storageOf(win)?.setItem(MEMBER_ROLES_KEY, JSON.stringify(roles));
  } catch {
    // Storage full or denied: the page still shows the new role until it is reloaded.
  }
}

/** The members as the replica last saved them. */
export function withSavedRoles(
  members: readonly OrganizationMember[],
  win: Window = window,
): OrganizationMember[] {
  const roles = readMemberRoles(win);
  return members.map((member) => {
    const role = roles[member.email.toLowerCase()];
    return role ? { ...member, role } : member;
  });
}
