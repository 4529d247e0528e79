import type { InvitedUsersStore } from '../data/invitedUsersStore';
import { MpInviteUsersForm, type InviteDraft } from '../elements/MpInviteUsersForm';
import { MpModal } from '../elements/MpModal';
import { showToast } from '../elements/MpToast';

/** How long the Invite button shows its busy state, standing in for the request to Mixpanel's API. */
export const INVITE_REQUEST_MS = 400;

/**
 * Opens "Invite New Users" (appended to document.body). On Invite: busy state, then the invitees are
 * stored, the dialog closes and a toast confirms. The toast text "Invitation sent" is UNVERIFIED: the
 * docs only say a confirmation is likely.
 */
export function openInviteDialog(options: {
  opener: HTMLElement | null;
  store: InvitedUsersStore;
  now?: () => Date;
}): MpModal {
  const modal = new MpModal();
  modal.setAttribute('heading', 'Invite New Users');
  modal.setAttribute('variant', 'banner');
  modal.setAttribute('width', '950');
  const form = new MpInviteUsersForm();
  modal.setContent([form]);
  form.addEventListener('invite-cancel', () => modal.close('cancel'));
  form.addEventListener('invite-submit', (event) => {
    const { invitees } = (event as CustomEvent<{ invitees: InviteDraft[] }>).detail;
    form.busy = true;
    window.setTimeout(() => {
      const invitedAt = (options.now?.() ?? new Date()).toISOString();
      options.store.add(invitees.map((invitee) => ({ ...invitee, invitedAt })));
      modal.close('done');
      showToast(invitees.length === 1 ? 'Invitation sent' : `${invitees.length} invitations sent`);
    }, INVITE_REQUEST_MS);
  });
  modal.open({ opener: options.opener, initialFocus: () => form.firstField });
  return modal;
}
