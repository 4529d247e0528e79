import type { OrganizationRole } from './catalog';

export interface OrganizationMember {
  name: string;
  email: string;
  role: OrganizationRole;
  teams: readonly string[];
  /** ISO date of the last activity, or null for "never". */
  lastActivity: string | null;
  /** Avatar background; Mixpanel picks one per user. */
  avatarColor: string;
}

/** Fictional members of the fictional organization; enough rows that the table scrolls at 1280x720. */
export const SEED_MEMBERS: readonly OrganizationMember[] = [
  {
    name: 'Alex Morgan',
    email: 'alex.morgan@example.com',
    role: 'Owner',
    teams: ['Analytics'],
    lastActivity: '2026-07-30',
    avatarColor: '#c39bf2',
  },
  {
    name: 'Priya Raman',
    email: 'priya.raman@example.com',
    role: 'Admin',
    teams: ['Growth', 'Product'],
    lastActivity: '2026-07-29',
    avatarColor: '#7fb8e8',
  },
  {
    name: 'Jonas Becker',
    email: 'jonas.becker@example.com',
    role: 'Member',
    teams: ['Engineering'],
    lastActivity: '2026-07-28',
    avatarColor: '#f2a766',
  },
  {
    name: 'Mei Lin',
    email: 'mei.lin@example.com',
    role: 'Member',
    teams: [],
    lastActivity: '2026-07-25',
    avatarColor: '#6cc7a8',
  },
  {
    name: 'Samuel Okafor',
    email: 'samuel.okafor@example.com',
    role: 'Billing Admin',
    teams: [],
    lastActivity: '2026-07-21',
    avatarColor: '#e88fb0',
  },
  {
    name: 'Lucía Fernández',
    email: 'lucia.fernandez@example.com',
    role: 'Member',
    teams: ['Product'],
    lastActivity: '2026-07-18',
    avatarColor: '#a3a0f5',
  },
  {
    name: 'Noah Williams',
    email: 'noah.williams@example.com',
    role: 'Admin',
    teams: ['Engineering'],
    lastActivity: '2026-07-11',
    avatarColor: '#8cc2d9',
  },
  {
    name: 'Hana Sato',
    email: 'hana.sato@example.com',
    role: 'Member',
    teams: ['Analytics', 'Growth'],
    lastActivity: '2026-06-30',
    avatarColor: '#d7b25c',
  },
  {
    name: 'Omar Haddad',
    email: 'omar.haddad@example.com',
    role: 'Member',
    teams: [],
    lastActivity: '2026-06-14',
    avatarColor: '#9bcf7a',
  },
  {
    name: 'Chloé Dubois',
    email: 'chloe.dubois@example.com',
    role: 'Member',
    teams: ['Growth'],
    lastActivity: '2026-05-27',
    avatarColor: '#f09a8a',
  },
  {
    name: 'Ravi Patel',
    email: 'ravi.patel@example.com',
    role: 'Member',
    teams: ['Engineering'],
    lastActivity: '2026-05-02',
    avatarColor: '#b49be8',
  },
  {
    name: 'Emma Johansson',
    email: 'emma.johansson@example.com',
    role: 'Member',
    teams: [],
    lastActivity: null,
    avatarColor: '#7cc9c0',
  },
];

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "May 14, 2024", as in the Users & Teams screenshot. */
export function formatShortDate(iso: string | null): string {
  if (!iso) return '-';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '-' : DATE_FORMAT.format(date);
}
