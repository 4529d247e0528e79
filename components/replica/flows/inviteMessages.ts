import type { SendFailure } from '../data/replicaSettings';

/**
 * What the invite dialog says when sending fails (`replica:send-fails`). The wording is UNVERIFIED, our
 * guess: the docs only say Mixpanel allows about 10 invite e-mails per hour per e-mail domain.
 */
export const SEND_FAILURE_MESSAGES: Record<SendFailure, string> = {
  error: 'Something went wrong while sending the invitation. Please try again.',
  'rate-limit': 'Too many invitations have been sent to this email domain. Please try again in an hour.',
};
