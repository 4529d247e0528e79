import { ORGANIZATION_ROLES, PROJECT_ROLES, type OrganizationRole, type ProjectRole } from './catalog';

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

export interface InvitedUsersStore {
  list(): InvitedUser[];
  /** Adds invitations; inviting an address again replaces its earlier invitation. */
  add(invitees: readonly InvitedUser[]): void;
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

export function createInvitedUsersStore(win: Window = window): InvitedUsersStore {
  const storage = safeStorage(win);
  const listeners = new Set<() => void>();
  // Without storage (blocked by the browser) the list lives for this page only.
  let memory: InvitedUser[] = [];

  const read = (): InvitedUser[] =>
    storage ? parseInvitedUsers(storage.getItem(INVITED_STORAGE_KEY)) : memory;
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
      const kept = read().filter((user) => !emails.has(user.email.toLowerCase()));
      write([...kept, ...invitees]);
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
