/** Mixpanel's real role names (docs, 2026); the seed's "Admin, Analyst or Viewer" was a simplification. */
export const ORGANIZATION_ROLES = ['Owner', 'Admin', 'Billing Admin', 'Member'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const PROJECT_ROLES = ['Owner', 'Admin', 'Analyst', 'Consumer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export interface ReplicaProject {
  id: string;
  name: string;
  workspaceId: string;
}

/** The project the replica opens in. */
export const DEFAULT_PROJECT: ReplicaProject = {
  id: '3141592',
  name: 'E-commerce Demo',
  workspaceId: '2718',
};

/** Fictional projects of the fictional organization. */
export const PROJECTS: readonly ReplicaProject[] = [
  DEFAULT_PROJECT,
  { id: '1618033', name: 'Mobile App', workspaceId: '1414' },
  { id: '2236067', name: 'Marketing Site', workspaceId: '1732' },
];

export const TEAMS = ['Analytics', 'Growth', 'Engineering', 'Product'] as const;

export const ORGANIZATION_NAME = 'Acme Retail Inc.';

export const HOME_PATH = `/project/${DEFAULT_PROJECT.id}/view/${DEFAULT_PROJECT.workspaceId}/app/home`;

export function projectHomePath(project: ReplicaProject): string {
  return `/project/${project.id}/view/${project.workspaceId}/app/home`;
}

export interface OrgSettingsEntry {
  /** Path segment after /settings/org; '' is the Overview at /settings/org itself. */
  slug: string;
  label: string;
}

/**
 * The Org list of the Settings view, in Mixpanel's order. Slugs: `plan` and `projects` appear in the docs;
 * `users` for Users & Teams is UNVERIFIED (the docs never show its URL), as are all other slugs: plausible
 * guesses in the same style. The slug doubles as the page's key; `router/settingsPaths.ts` says what URL
 * each page has under the `replica:routes` knob.
 */
export const ORG_SETTINGS_ENTRIES: readonly OrgSettingsEntry[] = [
  { slug: '', label: 'Overview' },
  { slug: 'plan', label: 'Plan Details & Billing' },
  { slug: 'users', label: 'Users & Teams' },
  { slug: 'projects', label: 'Projects' },
  { slug: 'service-accounts', label: 'Service Accounts' },
  { slug: 'access-security', label: 'Access Security' },
  { slug: 'identity-merge', label: 'Identity Merge' },
  { slug: 'data-privacy', label: 'Data & Privacy' },
  { slug: 'usage', label: 'Mixpanel Usage' },
  { slug: 'audit-logs', label: 'Audit Logs' },
  { slug: 'session-replay', label: 'Session Replay' },
];
