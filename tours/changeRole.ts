import { SETTINGS_PAGES, openUsersAndTeamsStep } from './mixpanelSettings';
import type { Target, TourDefinition } from './types';

/**
 * Changing someone's organization role: Users & Teams, the person's name, the pencil next to
 * Organization Role, the new role, Save. Done when the editor closed without an error and the page shows
 * the chosen role in one more place than before (the person's row), or the app confirmed it.
 */

const pencil: Target = [
  { by: 'role', role: 'button', name: 'Edit Organization Role' },
  { by: 'role', role: 'button', name: 'Edit role', partial: true },
];
// The role editor: the group around the drop-down and Save, else the drop-down itself (not documented).
const roleEditor: Target = [
  { by: 'role', role: 'group', name: 'Edit Organization Role' },
  { by: 'role', role: 'combobox', name: 'Organization role' },
];
const roleField: Target = [
  { by: 'role', role: 'combobox', name: 'Organization role' },
  { by: 'label', label: 'Organization role' },
];
const editorClosed = {
  target: roleEditor,
  restoredBy: 'edit-role',
  messageKey: 'roleTour.editorClosed',
} as const;

export const changeRoleTour = {
  id: 'change-role',
  titleKey: 'roleTour.title',
  descriptionKey: 'roleTour.description',
  doneKeys: {
    title: 'roleTour.done.title',
    body: 'roleTour.done.body',
    titleByHand: 'roleTour.done.titleByHand',
    bodyByHand: 'roleTour.done.bodyByHand',
  },
  startPath: '/',
  pages: SETTINGS_PAGES,
  steps: [
    openUsersAndTeamsStep('roleTour.steps'),
    {
      id: 'open-member',
      titleKey: 'roleTour.steps.openMember.title',
      bodyKey: 'roleTour.steps.openMember.body',
      hintKey: 'roleTour.steps.openMember.hint',
      page: 'usersAndTeams',
      // Whose role changes is the admin's choice: the card points at the Name column of the table, from
      // above it, so that it never covers the names to click.
      target: [
        { by: 'role', role: 'columnheader', name: 'Name', partial: true },
        { by: 'css', selector: 'table' },
      ],
      placement: 'top-start',
      completeOn: [{ kind: 'present', target: pencil }],
    },
    {
      id: 'edit-role',
      titleKey: 'roleTour.steps.editRole.title',
      bodyKey: 'roleTour.steps.editRole.body',
      hintKey: 'roleTour.steps.editRole.hint',
      page: 'usersAndTeams',
      target: pencil,
      placement: 'left',
      completeOn: [{ kind: 'present', target: roleEditor }],
    },
    {
      id: 'pick-role',
      titleKey: 'roleTour.steps.pickRole.title',
      bodyKey: 'roleTour.steps.pickRole.body',
      hintKey: 'roleTour.steps.pickRole.hint',
      details: {
        summaryKey: 'inviteTour.steps.setRoles.detailsSummary',
        bodyKey: 'inviteTour.steps.setRoles.details',
      },
      page: 'usersAndTeams',
      requires: editorClosed,
      target: roleField,
      placement: 'left',
      // Picking keeps the old role possible; pressing Save (the next step's control) also moves on.
      completeOn: [{ kind: 'acknowledge' }],
    },
    {
      id: 'save-role',
      titleKey: 'roleTour.steps.saveRole.title',
      bodyKey: 'roleTour.steps.saveRole.body',
      hintKey: 'roleTour.steps.saveRole.hint',
      page: 'usersAndTeams',
      requires: editorClosed,
      target: [{ by: 'role', role: 'button', name: 'Save' }],
      placement: 'bottom',
      completeOn: [
        {
          kind: 'sent',
          dialog: roleEditor,
          choice: roleField,
          failedHintKey: 'roleTour.steps.saveRole.failed',
          rateLimitedHintKey: 'roleTour.steps.saveRole.failed',
        },
      ],
    },
  ],
} as const satisfies TourDefinition;
