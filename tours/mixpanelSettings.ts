import type { ListedRows, Target, TourPage, TourStep, Waypoint } from './types';

/**
 * What every tour on Mixpanel's settings knows of the app: the Settings and Users & Teams pages (by what
 * is on them), the way there through the app's own controls, and the controls several tours share.
 * Targets prefer ARIA role + accessible name, then visible text; never generated class names. Addresses
 * are hints and documented defaults: Mixpanel documents `/settings/org`; where Users & Teams lives is not
 * documented, so the guide learns it from the pages the user reaches.
 */

export const inviteDialog: Target = [{ by: 'role', role: 'dialog', name: 'Invite New Users' }];

export const inviteButton: Target = [
  { by: 'role', role: 'button', name: 'Invite Users', partial: true },
  { by: 'text', text: 'Invite Users', partial: true },
];

export const usersAndTeamsEntry: Target = [
  { by: 'role', role: 'link', name: 'Users & Teams' },
  { by: 'role', role: 'tab', name: 'Users & Teams' },
  { by: 'text', text: 'Users & Teams' },
];

/** The Current Users | Invited Users switch's second half (toggle buttons or tabs: not documented). */
export const invitedUsersSwitch: Target = [
  { by: 'role', role: 'tab', name: 'Invited Users' },
  { by: 'role', role: 'button', name: 'Invited Users' },
  { by: 'text', text: 'Invited Users' },
];

/** Pending invitations are the rows that can be resent (their status wording is not documented). */
export const pendingRows: ListedRows = {
  marker: [
    { by: 'role', role: 'button', name: 'Resend', partial: true },
    { by: 'text', text: 'Pending', partial: true },
  ],
};

// Whether the gear opens a small menu first is not documented: its menu item, when open, comes first.
const toSettings: readonly Waypoint[] = [
  {
    target: [{ by: 'role', role: 'menuitem', name: 'Organization Settings' }],
    hintKey: 'places.way.orgSettingsItem',
    placement: 'right',
  },
  {
    target: [
      { by: 'role', role: 'button', name: 'Settings' },
      { by: 'role', role: 'link', name: 'Settings' },
    ],
    hintKey: 'places.way.gear',
    placement: 'right',
  },
];

const SETTINGS_PATHS = ['^/settings(/|$)', '^/project/[^/]+/(view/[^/]+/)?app/settings(/|$)'];

export const settingsPage: TourPage = {
  nameKey: 'places.pages.settings',
  landmarks: [[{ by: 'role', role: 'heading', name: 'Settings' }], usersAndTeamsEntry],
  pathHints: SETTINGS_PATHS,
  defaultPath: '/settings/org',
  way: toSettings,
};

export const usersAndTeamsPage: TourPage = {
  nameKey: 'places.pages.usersAndTeams',
  landmarks: [
    [{ by: 'role', role: 'heading', name: 'Users & Teams' }],
    inviteButton,
    [
      { by: 'role', role: 'button', name: 'Invited Users' },
      { by: 'role', role: 'tab', name: 'Invited Users' },
    ],
  ],
  pathHints: ['users'],
  // Undocumented address: until the user has reached the page once, "open it" goes to Settings, and the
  // card points at the Users & Teams entry from there.
  defaultPath: '/settings/org',
  way: [
    { target: usersAndTeamsEntry, hintKey: 'places.way.usersAndTeamsEntry', placement: 'right' },
    ...toSettings,
  ],
};

/** The pages of a tour that works on Users & Teams, under the keys its steps name. */
export const SETTINGS_PAGES = { settings: settingsPage, usersAndTeams: usersAndTeamsPage } as const;

/**
 * A tour's first step when it begins on Users & Teams. It happens anywhere in the app: the card points at
 * the Users & Teams entry when Settings is open, else at the way into Settings (the gear, or its menu's
 * item); on Users & Teams already, it is done at once.
 */
export function openUsersAndTeamsStep(keyPrefix: string): TourStep {
  return {
    id: 'open-users-and-teams',
    titleKey: `${keyPrefix}.openUsersAndTeams.title`,
    bodyKey: `${keyPrefix}.openUsersAndTeams.body`,
    hintKey: `${keyPrefix}.openUsersAndTeams.hint`,
    target: [...usersAndTeamsEntry, ...toSettings.flatMap((waypoint) => waypoint.target)],
    placement: 'right',
    completeOn: [{ kind: 'reached', page: 'usersAndTeams' }],
  };
}
