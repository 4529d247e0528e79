import {
  SETTINGS_PAGES,
  inviteButton,
  inviteDialog,
  openUsersAndTeamsStep,
  pendingRows,
} from './mixpanelSettings';
import type { TourDefinition } from './types';

/**
 * Inviting several people at once: the invitation form's Bulk invite tab, the CSV template, Select CSV
 * File, Upload. Done when the form closed without an error and the app confirmed the upload.
 */

const formClosed = {
  target: inviteDialog,
  restoredBy: 'open-invite-dialog',
  messageKey: 'bulkTour.formClosed',
} as const;

export const bulkInviteTour = {
  id: 'bulk-invite',
  titleKey: 'bulkTour.title',
  descriptionKey: 'bulkTour.description',
  doneKeys: {
    title: 'bulkTour.done.title',
    body: 'bulkTour.done.body',
    titleByHand: 'bulkTour.done.titleByHand',
    bodyByHand: 'bulkTour.done.bodyByHand',
  },
  startPath: '/',
  pages: SETTINGS_PAGES,
  steps: [
    openUsersAndTeamsStep('bulkTour.steps'),
    {
      id: 'open-invite-dialog',
      titleKey: 'bulkTour.steps.openInviteDialog.title',
      bodyKey: 'bulkTour.steps.openInviteDialog.body',
      hintKey: 'inviteTour.steps.openInviteDialog.hint',
      page: 'usersAndTeams',
      target: inviteButton,
      placement: 'bottom',
      completeOn: [{ kind: 'present', target: inviteDialog }],
    },
    {
      id: 'open-bulk-tab',
      titleKey: 'bulkTour.steps.openBulkTab.title',
      bodyKey: 'bulkTour.steps.openBulkTab.body',
      hintKey: 'bulkTour.steps.openBulkTab.hint',
      page: 'usersAndTeams',
      requires: formClosed,
      target: [
        { by: 'role', role: 'tab', name: 'Bulk invite' },
        { by: 'text', text: 'Bulk invite' },
      ],
      placement: 'bottom',
      completeOn: [{ kind: 'present', target: [{ by: 'role', role: 'button', name: 'Select CSV File' }] }],
    },
    {
      id: 'get-template',
      titleKey: 'bulkTour.steps.getTemplate.title',
      bodyKey: 'bulkTour.steps.getTemplate.body',
      hintKey: 'bulkTour.steps.getTemplate.hint',
      page: 'usersAndTeams',
      requires: formClosed,
      target: [
        { by: 'role', role: 'link', name: 'CSV template' },
        { by: 'text', text: 'CSV template' },
      ],
      placement: 'bottom',
      // Someone who has a filled-in file already goes on with Next.
      completeOn: [{ kind: 'click' }],
    },
    {
      id: 'select-file',
      titleKey: 'bulkTour.steps.selectFile.title',
      bodyKey: 'bulkTour.steps.selectFile.body',
      hintKey: 'bulkTour.steps.selectFile.hint',
      page: 'usersAndTeams',
      requires: formClosed,
      target: [
        { by: 'role', role: 'button', name: 'Select CSV File' },
        { by: 'text', text: 'Select CSV File' },
      ],
      placement: 'bottom',
      completeOn: [
        {
          kind: 'fieldsChosen',
          fields: [
            {
              target: [
                { by: 'role', role: 'textbox', name: 'File name' },
                { by: 'label', label: 'File name' },
              ],
              placeholder: 'No file selected',
            },
          ],
        },
      ],
    },
    {
      id: 'upload',
      titleKey: 'bulkTour.steps.upload.title',
      bodyKey: 'bulkTour.steps.upload.body',
      hintKey: 'bulkTour.steps.upload.hint',
      page: 'usersAndTeams',
      requires: formClosed,
      target: [
        { by: 'role', role: 'button', name: 'Upload' },
        { by: 'text', text: 'Upload', within: '[role="dialog"], dialog' },
      ],
      placement: 'bottom',
      completeOn: [
        {
          kind: 'sent',
          dialog: inviteDialog,
          listed: pendingRows,
          failedHintKey: 'bulkTour.steps.upload.failed',
          rateLimitedHintKey: 'inviteTour.steps.sendInvite.rateLimited',
        },
      ],
    },
  ],
} as const satisfies TourDefinition;
