import type { Target, TourDefinition } from './types';

/**
 * Inviting a user, as Mixpanel's settings really work (2025+ layout with the left sidebar).
 * Everything the guide knows about Mixpanel's UI for this flow is here: names, roles, URL patterns.
 * Targets prefer ARIA role + accessible name, then visible text; never generated class names.
 */

const inviteDialog: Target = [{ by: 'role', role: 'dialog', name: 'Invite New Users' }];
// The exact URL of Users & Teams is not documented; clicks on the link complete the step wherever it lives.
const USERS_PAGE = '^/settings/org/users(/|$)';
const SETTINGS = '^/settings(/|$)';

export const inviteUsersTour = {
  id: 'invite-users',
  titleKey: 'inviteTour.title',
  descriptionKey: 'inviteTour.description',
  startPath: '/settings/org',
  steps: [
    {
      id: 'open-settings',
      titleKey: 'inviteTour.steps.openSettings.title',
      bodyKey: 'inviteTour.steps.openSettings.body',
      hintKey: 'inviteTour.steps.openSettings.hint',
      page: { path: '^/', nameKey: 'inviteTour.pages.anyPage' },
      // Whether the gear opens a small menu first is not documented: point at its menu item when it is open.
      target: [
        { by: 'role', role: 'menuitem', name: 'Organization Settings' },
        { by: 'role', role: 'button', name: 'Settings' },
        { by: 'role', role: 'link', name: 'Settings' },
      ],
      placement: 'right',
      completeOn: [{ kind: 'route', path: SETTINGS }],
    },
    {
      id: 'open-users-and-teams',
      titleKey: 'inviteTour.steps.openUsersAndTeams.title',
      bodyKey: 'inviteTour.steps.openUsersAndTeams.body',
      hintKey: 'inviteTour.steps.openUsersAndTeams.hint',
      page: { path: SETTINGS, url: '/settings/org', nameKey: 'inviteTour.pages.settings' },
      target: [
        { by: 'role', role: 'link', name: 'Users & Teams' },
        { by: 'text', text: 'Users & Teams' },
      ],
      placement: 'right',
      completeOn: [{ kind: 'click' }, { kind: 'route', path: USERS_PAGE }],
    },
    {
      id: 'open-invite-dialog',
      titleKey: 'inviteTour.steps.openInviteDialog.title',
      bodyKey: 'inviteTour.steps.openInviteDialog.body',
      hintKey: 'inviteTour.steps.openInviteDialog.hint',
      page: { path: USERS_PAGE, url: '/settings/org/users', nameKey: 'inviteTour.pages.usersAndTeams' },
      target: [
        { by: 'role', role: 'button', name: 'Invite Users', partial: true },
        { by: 'text', text: 'Invite Users', partial: true },
      ],
      placement: 'bottom',
      completeOn: [{ kind: 'click' }, { kind: 'present', target: inviteDialog }],
    },
    {
      id: 'enter-email',
      titleKey: 'inviteTour.steps.enterEmail.title',
      bodyKey: 'inviteTour.steps.enterEmail.body',
      hintKey: 'inviteTour.steps.enterEmail.hint',
      page: { path: USERS_PAGE, url: '/settings/org/users', nameKey: 'inviteTour.pages.usersAndTeams' },
      requires: inviteDialog,
      target: [
        { by: 'role', role: 'textbox', name: 'Email address' },
        { by: 'label', label: 'Email address' },
      ],
      placement: 'bottom-start',
      completeOn: [{ kind: 'validEmail' }],
    },
    {
      id: 'set-roles',
      titleKey: 'inviteTour.steps.setRoles.title',
      bodyKey: 'inviteTour.steps.setRoles.body',
      hintKey: 'inviteTour.steps.setRoles.hint',
      page: { path: USERS_PAGE, url: '/settings/org/users', nameKey: 'inviteTour.pages.usersAndTeams' },
      requires: inviteDialog,
      target: [
        { by: 'role', role: 'combobox', name: 'Organization role' },
        { by: 'label', label: 'Organization role' },
      ],
      placement: 'bottom-start',
      completeOn: [
        {
          kind: 'fieldsChosen',
          fields: [
            {
              target: [{ by: 'role', role: 'combobox', name: 'Organization role' }],
              placeholder: 'Select role',
            },
            { target: [{ by: 'role', role: 'combobox', name: 'Projects' }], placeholder: 'Select projects' },
            { target: [{ by: 'role', role: 'combobox', name: 'Project role' }], placeholder: 'Select role' },
          ],
        },
      ],
    },
    {
      id: 'review',
      titleKey: 'inviteTour.steps.review.title',
      bodyKey: 'inviteTour.steps.review.body',
      hintKey: 'inviteTour.steps.review.hint',
      page: { path: USERS_PAGE, url: '/settings/org/users', nameKey: 'inviteTour.pages.usersAndTeams' },
      requires: inviteDialog,
      target: inviteDialog,
      placement: 'bottom',
      completeOn: [{ kind: 'acknowledge' }],
    },
    {
      id: 'send-invite',
      titleKey: 'inviteTour.steps.sendInvite.title',
      bodyKey: 'inviteTour.steps.sendInvite.body',
      hintKey: 'inviteTour.steps.sendInvite.hint',
      page: { path: USERS_PAGE, url: '/settings/org/users', nameKey: 'inviteTour.pages.usersAndTeams' },
      requires: inviteDialog,
      target: [
        { by: 'role', role: 'button', name: 'Invite' },
        { by: 'text', text: 'Invite', within: '[role="dialog"]' },
      ],
      // Below the footer, outside the form: above it the card would cover the fields being reviewed.
      placement: 'bottom',
      completeOn: [{ kind: 'click' }],
    },
    {
      id: 'verify-pending',
      titleKey: 'inviteTour.steps.verifyPending.title',
      bodyKey: 'inviteTour.steps.verifyPending.body',
      hintKey: 'inviteTour.steps.verifyPending.hint',
      page: { path: USERS_PAGE, url: '/settings/org/users', nameKey: 'inviteTour.pages.usersAndTeams' },
      target: [
        { by: 'role', role: 'tab', name: 'Invited Users' },
        { by: 'role', role: 'button', name: 'Invited Users' },
        { by: 'text', text: 'Invited Users' },
      ],
      placement: 'bottom',
      completeOn: [{ kind: 'present', target: [{ by: 'role', role: 'button', name: 'Resend Invite' }] }],
    },
  ],
} as const satisfies TourDefinition;
