import { ORGANIZATION_ROLES, PROJECT_ROLES, type OrganizationRole, type ProjectRole } from './catalog';
import { hasOlderPendingInvite } from './replicaSettings';

/** localStorage key of the pending invitations, so a reload of the replica keeps them. */
export const INVITED_STORAGE_KEY = 'replica:invited';

export interface InvitedUser {
  email: string;
  organizationRole: OrganizationRole;
  /** Project names. */
  projects: string[];
  projectRole: ProjectRole | null;
  teams: string[];
  /** ISO timestamp of the invitation. */
  invitedAt: string;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseInvitedUser(value: unknown): InvitedUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { email, organizationRole, projects, projectRole, teams, invitedAt } = record;
  if (typeof email !== 'string' || email.length === 0) return null;
  if (!(ORGANIZATION_ROLES as readonly unknown[]).includes(organizationRole)) return null;
  if (projectRole !== null && !(PROJECT_ROLES as readonly unknown[]).includes(projectRole)) return null;
  if (!isStringArray(projects) || !isStringArray(teams)) return null;
  if (typeof invitedAt !== 'string' || Number.isNaN(Date.parse(invitedAt))) return null;
  return {
    email,
    organizationRole: organizationRole as OrganizationRole,
    projects,
    projectRole: projectRole as ProjectRole | null,
    teams,
    invitedAt,
  };
}

/**
 * Reads the stored list defensively: anything that is not a JSON array yields an empty list, and entries
 * of the wrong shape are dropped one by one, so a corrupt value never crashes the page.
 */
export function parseInvitedUsers(raw: string | null): InvitedUser[] {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map(parseInvitedUser).filter((user): user is InvitedUser => user !== null);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The invitation `replica:older-pending` adds: someone invited three days before the page loaded. */
export function olderPendingInvite(loadedAt: Date): InvitedUser {
  return {
    email: 'sam.rivera@example.com',
    organizationRole: 'Member',
    projects: ['Mobile App'],
    projectRole: 'Analyst',
    teams: [],
    invitedAt: new Date(loadedAt.getTime() - 3 * DAY_MS).toISOString(),
  };
}

export interface InvitedUsersStore {
  /** The pending invitations, oldest first (with `replica:older-pending`, the older one first). */
  list(): InvitedUser[];
  /** Adds invitations; inviting an address again replaces its earlier invitation. */
  add(invitees: readonly InvitedUser[]): void;
  /** Stamps a new sent date on the invitation of `email` (a resend), keeping its place in the list. */
  resend(email: string, at: Date): void;
  /** Calls `listener` after every change, including changes made by another tab. Returns its cleanup. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

function safeStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

export function createInvitedUsersStore(
  win: Window = window,
  now: () => Date = () => new Date(),
): InvitedUsersStore {
  const storage = safeStorage(win);
  const older = olderPendingInvite(now());
  const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const olderShown = (users: readonly InvitedUser[]) =>
    hasOlderPendingInvite(win) && !users.some((user) => sameAddress(user.email, older.email));
  const listeners = new Set<() => void>();
  // Without storage (blocked by the browser) the list lives for this page only.
  let memory: InvitedUser[] = [];

  const stored = (): InvitedUser[] =>
    storage ? parseInvitedUsers(storage.getItem(INVITED_STORAGE_KEY)) : memory;
  // The older invitation is not stored until something changes it: the knob alone decides it is there.
  const read = (): InvitedUser[] => {
    const users = stored();
    return olderShown(users) ? [older, ...users] : users;
  };
  const write = (users: InvitedUser[]): void => {
    memory = users;
    try {
      storage?.setItem(INVITED_STORAGE_KEY, JSON.stringify(users));
    } catch {
      // Quota or privacy mode: keep the in-memory copy, the page still works.
    }
  };
  const notify = (): void => listeners.forEach((listener) => listener());
  const onStorage = (event: StorageEvent): void => {
    if (event.key === INVITED_STORAGE_KEY || event.key === null) notify();
  };
  win.addEventListener('storage', onStorage);

  return {
    list: read,
    add(invitees) {
      const emails = new Set(invitees.map((invitee) => invitee.email.toLowerCase()));
      const kept = stored().filter((user) => !emails.has(user.email.toLowerCase()));
      write([...kept, ...invitees]);
      notify();
    },
    resend(email, at) {
      const invitedAt = at.toISOString();
      const stamp = (user: InvitedUser) => (sameAddress(user.email, email) ? { ...user, invitedAt } : user);
      const users = stored();
      if (users.some((user) => sameAddress(user.email, email))) write(users.map(stamp));
      else if (olderShown(users) && sameAddress(older.email, email)) write([stamp(older), ...users]);
      else return;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      win.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}
