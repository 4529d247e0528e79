import { SETTINGS_PAGES, invitedUsersSwitch, openUsersAndTeamsStep } from './mixpanelSettings';
import type { Target, TourDefinition } from './types';

/**
 * Resending a pending invitation: Users & Teams, Invited Users, the person's Resend Invite, then Resend
 * in the small dialog it opens. Done when the dialog closed without an error and the app confirmed it.
 */

const resendButton: Target = [
  { by: 'role', role: 'button', name: 'Resend Invite' },
  { by: 'text', text: 'Resend Invite' },
];
const resendDialog: Target = [{ by: 'role', role: 'dialog', name: 'Resend Invite' }];

export const resendInviteTour = {
  id: 'resend-invite',
  titleKey: 'resendTour.title',
  descriptionKey: 'resendTour.description',
  doneKeys: {
    title: 'resendTour.done.title',
    body: 'resendTour.done.body',
    titleByHand: 'resendTour.done.titleByHand',
    bodyByHand: 'resendTour.done.bodyByHand',
  },
  startPath: '/',
  pages: SETTINGS_PAGES,
  steps: [
    openUsersAndTeamsStep('resendTour.steps'),
    {
      id: 'open-invited-users',
      titleKey: 'resendTour.steps.openInvited.title',
      bodyKey: 'resendTour.steps.openInvited.body',
      hintKey: 'resendTour.steps.openInvited.hint',
      page: 'usersAndTeams',
      target: invitedUsersSwitch,
      placement: 'bottom',
      // The pending list shows its Resend Invite buttons; with no invitation pending, the click counts.
      completeOn: [{ kind: 'present', target: resendButton }, { kind: 'click' }],
    },
    {
      id: 'open-resend',
      titleKey: 'resendTour.steps.openResend.title',
      bodyKey: 'resendTour.steps.openResend.body',
      hintKey: 'resendTour.steps.openResend.hint',
      page: 'usersAndTeams',
      target: resendButton,
      placement: 'left',
      completeOn: [{ kind: 'present', target: resendDialog }],
    },
    {
      id: 'confirm-resend',
      titleKey: 'resendTour.steps.confirmResend.title',
      bodyKey: 'resendTour.steps.confirmResend.body',
      hintKey: 'resendTour.steps.confirmResend.hint',
      page: 'usersAndTeams',
      requires: {
        target: resendDialog,
        restoredBy: 'open-resend',
        messageKey: 'resendTour.dialogClosed',
      },
      target: [
        { by: 'role', role: 'button', name: 'Resend' },
        { by: 'text', text: 'Resend', within: '[role="dialog"], dialog' },
      ],
      placement: 'bottom',
      completeOn: [
        {
          kind: 'sent',
          dialog: resendDialog,
          failedHintKey: 'resendTour.steps.confirmResend.failed',
          rateLimitedHintKey: 'inviteTour.steps.sendInvite.rateLimited',
        },
      ],
    },
  ],
} as const satisfies TourDefinition;
