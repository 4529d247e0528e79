import { describe, expect, it } from 'vitest';
import { confirmationToast } from '../flows/inviteMessages';

describe('the toast confirming an invitation (replica:toast)', () => {
  it.each([
    ['default', 'sent', 1, 'Invitation sent'],
    ['default', 'sent', 3, '3 invitations sent'],
    ['default', 'resent', 1, 'Invitation resent'],
    ['alt', 'sent', 1, '1 invite sent'],
    ['alt', 'sent', 2, '2 invites sent'],
    ['alt', 'resent', 1, '1 invite resent'],
  ] as const)('%s, %s %i: "%s"', (variant, event, count, text) => {
    expect(confirmationToast(event, count, variant)).toBe(text);
  });

  it('says nothing at all with `none`', () => {
    expect(confirmationToast('sent', 1, 'none')).toBeNull();
    expect(confirmationToast('resent', 4, 'none')).toBeNull();
  });
});
