import type { InvitedUsersStore } from '../data/invitedUsersStore';
import { MpInviteUsersForm, type InviteDraft } from '../elements/MpInviteUsersForm';
import { MpModal } from '../elements/MpModal';
import { showToast } from '../elements/MpToast';
import { sendFailure, toastVariant } from '../data/replicaSettings';
import { confirmationToast, SEND_FAILURE_MESSAGES } from './inviteMessages';

/** How long the Invite button shows its busy state, standing in for the request to Mixpanel's API. */
export const INVITE_REQUEST_MS = 400;

/**
 * Opens "Invite New Users" (appended to document.body). On Invite: busy state, then the invitees are
 * stored, the dialog closes and a toast confirms ("Invitation sent", or as `replica:toast` says; see
 * `confirmationToast`). With `replica:send-fails`, the first press of Invite in each
 * dialog fails after the same wait: the dialog stays open with an inline alert, the next press succeeds.
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
  let presses = 0;
  form.addEventListener('invite-submit', (event) => {
    const { invitees, source } = (event as CustomEvent<{ invitees: InviteDraft[]; source: string }>).detail;
    presses += 1;
    const failure = source === 'rows' && presses === 1 ? sendFailure() : null;
    form.busy = true;
    window.setTimeout(() => {
      if (failure) {
        form.busy = false;
        form.showSendError(SEND_FAILURE_MESSAGES[failure], { emailInvalid: failure === 'rate-limit' });
        return;
      }
      const invitedAt = (options.now?.() ?? new Date()).toISOString();
      options.store.add(invitees.map((invitee) => ({ ...invitee, invitedAt })));
      modal.close('done');
      const toast = confirmationToast('sent', invitees.length, toastVariant());
      if (toast) showToast(toast);
    }, INVITE_REQUEST_MS);
  });
  modal.open({ opener: options.opener, initialFocus: () => form.firstField });
  return modal;
}
