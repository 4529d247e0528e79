import type { SendFailure, ToastVariant } from '../data/replicaSettings';

/**
 * What the invite dialog says when sending fails (`replica:send-fails`). The wording is UNVERIFIED, our
 * guess: the docs only say Mixpanel allows about 10 invite e-mails per hour per e-mail domain.
 */
export const SEND_FAILURE_MESSAGES: Record<SendFailure, string> = {
  error: 'Something went wrong while sending the invitation. Please try again.',
  'rate-limit': 'Too many invitations have been sent to this email domain. Please try again in an hour.',
};

export type InviteEvent = 'sent' | 'resent';

/**
 * The toast confirming `count` invitations sent or resent, or null for none (`replica:toast` = `none`).
 * Both wordings are UNVERIFIED: the docs only say a confirmation is likely.
 */
export function confirmationToast(event: InviteEvent, count: number, variant: ToastVariant): string | null {
  if (variant === 'none') return null;
  if (variant === 'alt') return `${count} ${count === 1 ? 'invite' : 'invites'} ${event}`;
  return count === 1 ? `Invitation ${event}` : `${count} invitations ${event}`;
}
