import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../parseCommand';
import type { ProgressCommand } from '../types';

describe('parseCommand', () => {
  it.each<ProgressCommand>([
    { type: 'start', tourId: 'invite-users' },
    { type: 'start', tourId: 'invite-users', step: 4 },
    { type: 'restart', tourId: 'invite-users' },
    { type: 'next', tourId: 'invite-users' },
    { type: 'back', tourId: 'invite-users' },
    { type: 'goTo', tourId: 'invite-users', step: 0 },
    { type: 'completeStep', tourId: 'invite-users', stepId: 'enter-email' },
    { type: 'completeStep', tourId: 'invite-users', stepId: 'enter-email', byHand: true },
    { type: 'dismiss', tourId: 'invite-users' },
    { type: 'reset', tourId: 'invite-users' },
    { type: 'resetStep', tourId: 'invite-users', stepId: 'review' },
    { type: 'resetAll' },
  ])('accepts a well-formed %o', (command) => {
    expect(parseCommand(command)).toEqual(command);
  });

  it('keeps only the known fields (an e-mail address smuggled into a command goes nowhere)', () => {
    const parsed = parseCommand({
      type: 'completeStep',
      tourId: 'invite-users',
      stepId: 'enter-email',
      email: 'a@b.co',
    });
    expect(parsed).toEqual({ type: 'completeStep', tourId: 'invite-users', stepId: 'enter-email' });
  });

  it.each([
    null,
    'start',
    { type: 'start' },
    { type: 'start', tourId: '' },
    { type: 'start', tourId: 42 },
    { type: 'start', tourId: 'x'.repeat(101) },
    { type: 'start', tourId: 'invite-users', step: '2' },
    { type: 'start', tourId: 'invite-users', step: -1 },
    { type: 'start', tourId: 'invite-users', step: 1.5 },
    { type: 'goTo', tourId: 'invite-users' },
    { type: 'goTo', tourId: 'invite-users', step: Number.NaN },
    { type: 'completeStep', tourId: 'invite-users' },
    { type: 'completeStep', tourId: 'invite-users', stepId: 'enter-email', byHand: 'yes' },
    { type: 'completeStep', tourId: 'invite-users', stepId: 'enter-email', byHand: false },
    { type: 'resetStep', tourId: 'invite-users', stepId: '' },
    { type: 'launchRockets', tourId: 'invite-users' },
    { type: '__proto__', tourId: 'invite-users' },
  ])('rejects %o', (raw) => {
    expect(parseCommand(raw)).toBeNull();
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => parseCommand(raw)).not.toThrow();
      }),
    );
  });
});
