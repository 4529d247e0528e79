import {
  SETTINGS_PAGES,
  invitedUsersSwitch,
  inviteButton,
  inviteDialog,
  pendingRows,
  usersAndTeamsEntry,
} from './mixpanelSettings';
import type { TourDefinition } from './types';

/**
 * Inviting a user, as Mixpanel's settings really work (2025+ layout with the left sidebar).
 * Everything the guide knows about Mixpanel's UI for this flow is here. Targets prefer ARIA role +
 * accessible name, then visible text; never generated class names. Pages are known by what is on them:
 * the addresses below are hints and documented defaults (Mixpanel documents `/settings/org`; where
 * Users & Teams lives is not documented, so the guide learns it from the pages the user reaches).
 */

export const inviteUsersTour = {
  id: 'invite-users',
  titleKey: 'inviteTour.title',
  descriptionKey: 'inviteTour.description',
  doneKeys: {
    title: 'inviteTour.done.title',
    body: 'inviteTour.done.body',
    titleByHand: 'inviteTour.done.titleByHand',
    bodyByHand: 'inviteTour.done.bodyByHand',
  },
  // The app's home: step 1 (open Settings) is still to do there.
  startPath: '/',
  pages: SETTINGS_PAGES,
  steps: [
    {
      id: 'open-settings',
      titleKey: 'inviteTour.steps.openSettings.title',
      bodyKey: 'inviteTour.steps.openSettings.body',
      hintKey: 'inviteTour.steps.openSettings.hint',
      target: [
        { by: 'role', role: 'menuitem', name: 'Organization Settings' },
        { by: 'role', role: 'button', name: 'Settings' },
        { by: 'role', role: 'link', name: 'Settings' },
      ],
      placement: 'right',
      completeOn: [{ kind: 'reached', page: 'settings' }],
    },
    {
      id: 'open-users-and-teams',
      titleKey: 'inviteTour.steps.openUsersAndTeams.title',
      bodyKey: 'inviteTour.steps.openUsersAndTeams.body',
      hintKey: 'inviteTour.steps.openUsersAndTeams.hint',
      page: 'settings',
      target: usersAndTeamsEntry,
      placement: 'right',
      completeOn: [{ kind: 'reached', page: 'usersAndTeams' }],
    },
    {
      id: 'open-invite-dialog',
      titleKey: 'inviteTour.steps.openInviteDialog.title',
      bodyKey: 'inviteTour.steps.openInviteDialog.body',
      hintKey: 'inviteTour.steps.openInviteDialog.hint',
      page: 'usersAndTeams',
      target: inviteButton,
      placement: 'bottom',
      completeOn: [{ kind: 'present', target: inviteDialog }],
    },
    {
      id: 'enter-email',
      titleKey: 'inviteTour.steps.enterEmail.title',
      bodyKey: 'inviteTour.steps.enterEmail.body',
      hintKey: 'inviteTour.steps.enterEmail.hint',
      page: 'usersAndTeams',
      requires: {
        target: inviteDialog,
        restoredBy: 'open-invite-dialog',
        messageKey: 'inviteTour.formClosed',
      },
      target: [
        { by: 'role', role: 'textbox', name: 'Email address' },
        { by: 'label', label: 'Email address' },
        { by: 'role', role: 'textbox', name: 'Email', partial: true },
      ],
      placement: 'bottom-start',
      completeOn: [{ kind: 'validEmail' }],
    },
    {
      id: 'set-roles',
      titleKey: 'inviteTour.steps.setRoles.title',
      bodyKey: 'inviteTour.steps.setRoles.body',
      hintKey: 'inviteTour.steps.setRoles.hint',
      details: {
        summaryKey: 'inviteTour.steps.setRoles.detailsSummary',
        bodyKey: 'inviteTour.steps.setRoles.details',
      },
      page: 'usersAndTeams',
      requires: {
        target: inviteDialog,
        restoredBy: 'open-invite-dialog',
        messageKey: 'inviteTour.formClosed',
      },
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
      page: 'usersAndTeams',
      requires: {
        target: inviteDialog,
        restoredBy: 'open-invite-dialog',
        messageKey: 'inviteTour.formClosed',
      },
      target: inviteDialog,
      placement: 'bottom',
      completeOn: [{ kind: 'acknowledge' }],
    },
    {
      id: 'send-invite',
      titleKey: 'inviteTour.steps.sendInvite.title',
      bodyKey: 'inviteTour.steps.sendInvite.body',
      hintKey: 'inviteTour.steps.sendInvite.hint',
      page: 'usersAndTeams',
      requires: {
        target: inviteDialog,
        restoredBy: 'open-invite-dialog',
        messageKey: 'inviteTour.formClosed',
      },
      target: [
        { by: 'role', role: 'button', name: 'Invite' },
        { by: 'text', text: 'Invite', within: '[role="dialog"], dialog' },
      ],
      // Below the footer, outside the form: above it the card would cover the fields being reviewed.
      placement: 'bottom',
      completeOn: [
        {
          kind: 'sent',
          dialog: inviteDialog,
          listed: pendingRows,
          failedHintKey: 'inviteTour.steps.sendInvite.failed',
          rateLimitedHintKey: 'inviteTour.steps.sendInvite.rateLimited',
        },
      ],
    },
    {
      id: 'verify-pending',
      titleKey: 'inviteTour.steps.verifyPending.title',
      bodyKey: 'inviteTour.steps.verifyPending.body',
      hintKey: 'inviteTour.steps.verifyPending.hint',
      page: 'usersAndTeams',
      target: invitedUsersSwitch,
      placement: 'bottom',
      completeOn: [{ kind: 'listed', rows: pendingRows }],
    },
  ],
} as const satisfies TourDefinition;
