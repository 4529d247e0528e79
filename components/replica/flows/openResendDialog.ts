import { el } from '../dom/el';
import type { InvitedUser } from '../data/invitedUsersStore';
import { MpButton } from '../elements/MpButton';
import { MpModal, modalContentClass } from '../elements/MpModal';
import { showToast } from '../elements/MpToast';
import { INVITE_REQUEST_MS } from './openInviteDialog';

function button(text: string, variant: string, iconName?: string): MpButton {
  const result = new MpButton();
  result.setAttribute('text', text);
  result.setAttribute('variant', variant);
  result.setAttribute('size', 'lg');
  if (iconName) result.setAttribute('icon', iconName);
  return result;
}

/** A made-up invite link on the current Mixpanel host (the link format is unverified). */
function inviteLink(invitee: InvitedUser): string {
  const origin = /^https?:$/.test(location.protocol) ? location.origin : 'https://mixpanel.com';
  const token = btoa(`${invitee.email}|${invitee.invitedAt}`)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 24);
  return `${origin}/invite/accept?token=${token}`;
}

/**
 * "Resend Invite" for one pending invitation: Resend, Copy invite link, Cancel. Wording of the text and
 * of the toasts ("Invitation resent", "Invite link copied") is UNVERIFIED, a plausible guess.
 */
export function openResendDialog(options: { opener: HTMLElement | null; invitee: InvitedUser }): MpModal {
  const modal = new MpModal();
  modal.setAttribute('heading', 'Resend Invite');
  modal.setAttribute('width', '480');
  const copy = button('Copy invite link', 'ghost', 'link');
  const cancel = button('Cancel', 'secondary');
  const resend = button('Resend', 'primary');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(inviteLink(options.invitee));
      showToast('Invite link copied');
    } catch {
      showToast('Could not copy the invite link');
    }
  });
  cancel.addEventListener('click', () => modal.close('cancel'));
  resend.addEventListener('click', () => {
    resend.busy = true;
    window.setTimeout(() => {
      modal.close('done');
      showToast('Invitation resent');
    }, INVITE_REQUEST_MS);
  });
  modal.setContent([
    el('p', { class: modalContentClass.text }, [
      'Send the invitation to ',
      el('strong', {}, [options.invitee.email]),
      ' again? Their earlier invite link keeps working.',
    ]),
    el('div', { class: modalContentClass.actions }, [
      copy,
      el('span', { class: modalContentClass.spacer }),
      cancel,
      resend,
    ]),
  ]);
  modal.open({ opener: options.opener, initialFocus: () => resend.button });
  return modal;
}
