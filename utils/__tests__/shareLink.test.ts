import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { inviteUsersTour } from '@/tours/inviteUsers';
import {
  MAX_SHARE_VALUE_LENGTH,
  buildRestartLink,
  buildShareLink,
  stepPath,
  checkShareLinkParams,
  parseShareLink,
} from '../shareLink';
import { readShareLinkParams, stripShareParams } from '../shareLinkParams';
import { MIXPANEL_HOSTS } from '../hosts';
import { useEnglishMessages } from './fakeI18n';

const TOUR = 'invite-users';
const USERS = 'https://mixpanel.com/settings/org/users';

beforeEach(useEnglishMessages);

describe('parseShareLink: links that work', () => {
  it.each(MIXPANEL_HOSTS)('a link to step 3 on %s opens the third step there', (host) => {
    expect(parseShareLink(`https://${host}/settings/org?guide=invite-users&guide-step=3`)).toEqual({
      kind: 'valid',
      tourId: TOUR,
      step: 2,
      action: 'step',
      host,
    });
  });

  it.each(inviteUsersTour.steps.map((step, index) => [step.id, index] as const))(
    'a link can name the step by its id "%s"',
    (stepId, index) => {
      expect(parseShareLink(`${USERS}?guide=invite-users&guide-step=${stepId}`)).toMatchObject({
        kind: 'valid',
        step: index,
      });
    },
  );

  it('the first and the last step are in range', () => {
    expect(parseShareLink(`${USERS}?guide=invite-users&guide-step=1`)).toMatchObject({ step: 0 });
    expect(parseShareLink(`${USERS}?guide=invite-users&guide-step=8`)).toMatchObject({ step: 7 });
  });

  it('a link naming only the tour resumes it (or begins at step 1)', () => {
    expect(parseShareLink(`${USERS}?guide=invite-users`)).toMatchObject({
      kind: 'valid',
      step: 0,
      action: 'resume',
    });
  });

  it('a restart link asks to begin again at step 1', () => {
    expect(parseShareLink(`${USERS}?guide=invite-users&guide-action=restart`)).toMatchObject({
      kind: 'valid',
      step: 0,
      action: 'restart',
    });
  });

  it('other parameters and the hash do not matter', () => {
    expect(parseShareLink(`${USERS}?tab=invited&guide-step=2&x=1&guide=invite-users#top`)).toMatchObject({
      kind: 'valid',
      step: 1,
    });
  });

  it('an ordinary Mixpanel URL, or something that is not a URL, is no link at all', () => {
    expect(parseShareLink(USERS)).toEqual({ kind: 'none' });
    expect(parseShareLink(`${USERS}?guidance=1&step=3`)).toEqual({ kind: 'none' });
    expect(parseShareLink('not a url')).toEqual({ kind: 'none' });
  });
});

describe('parseShareLink: untrusted links are refused with a short reason', () => {
  const LONG = 'a'.repeat(MAX_SHARE_VALUE_LENGTH + 1);
  it.each([
    ['an unknown tour', '?guide=invite-user&guide-step=1', 'there is no tour called "invite-user"'],
    ['step 0', '?guide=invite-users&guide-step=0', 'steps are numbered from 1, so there is no step 0'],
    ['a negative step', '?guide=invite-users&guide-step=-2', 'step numbers cannot be negative'],
    ['a step beyond the last', '?guide=invite-users&guide-step=9', 'this tour has only 8 steps'],
    ['a huge step number', `?guide=invite-users&guide-step=${'9'.repeat(60)}`, 'this tour has only 8 steps'],
    [
      'a step that is neither a number nor an id',
      '?guide=invite-users&guide-step=2.5',
      '"2.5" is neither a step number (1 to 8) nor a step of this tour',
    ],
    ['a repeated tour', '?guide=invite-users&guide=invite-users', '"guide" appears more than once in it'],
    [
      'a repeated step',
      '?guide=invite-users&guide-step=1&guide-step=2',
      '"guide-step" appears more than once in it',
    ],
    [
      'markup in the tour',
      '?guide=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'the value of "guide" contains markup or script',
    ],
    [
      'script in the step',
      '?guide=invite-users&guide-step=javascript:alert(1)',
      'the value of "guide-step" contains markup or script',
    ],
    // One case per scheme or handler, with nothing else in it that the check would catch.
    [
      'a data: address as the tour',
      '?guide=data:text/plain,hi',
      'the value of "guide" contains markup or script',
    ],
    [
      'a vbscript: address as the tour',
      '?guide=vbscript:msgbox(1)',
      'the value of "guide" contains markup or script',
    ],
    [
      'an event handler in the tour',
      '?guide=x%20onload%3D1',
      'the value of "guide" contains markup or script',
    ],
    [
      'an event handler in the step',
      '?guide=invite-users&guide-step=onclick%3D1',
      'the value of "guide-step" contains markup or script',
    ],
    ['a quote in the step', `?guide=invite-users&guide-step=3"`, 'the value of "guide-step" contains markup'],
    [
      'an absurdly long tour',
      `?guide=${LONG}`,
      `the value of "guide" is longer than ${MAX_SHARE_VALUE_LENGTH} characters`,
    ],
    [
      'an absurdly long step',
      `?guide=invite-users&guide-step=${LONG}`,
      `the value of "guide-step" is longer than ${MAX_SHARE_VALUE_LENGTH} characters`,
    ],
    ['an empty step', '?guide=invite-users&guide-step=', '"guide-step" has no value'],
    ['a step without a tour', '?guide-step=3', 'it does not say which tour to open'],
    [
      'an unknown action',
      '?guide=invite-users&guide-action=delete',
      '"delete" is not something a tour link can do',
    ],
    [
      'a restart that also names a step',
      '?guide=invite-users&guide-action=restart&guide-step=3',
      'a restart link always starts at step 1',
    ],
  ])('%s', (_, query, reason) => {
    const link = parseShareLink(`${USERS}${query}`);
    expect(link.kind).toBe('invalid');
    expect(link.kind === 'invalid' && link.reason).toContain(reason);
  });

  it('a too-long value is not echoed in the reason', () => {
    const link = parseShareLink(`${USERS}?guide=${'x'.repeat(5000)}`);
    expect(link).toMatchObject({ kind: 'invalid', reasonKey: 'shareLink.reason.tooLong' });
    expect(link.kind === 'invalid' && link.reason).not.toContain('xxxxxxxxxx');
  });

  it('a value shown back is a short, printable excerpt', () => {
    const link = parseShareLink(`${USERS}?guide=${'\u202e'.repeat(3)}${'t'.repeat(80)}`);
    expect(link.kind === 'invalid' && link.reason).toBe(`there is no tour called "???${'t'.repeat(37)}…"`);
  });

  it('a link on a host that is not Mixpanel is refused', () => {
    for (const url of [
      'https://mixpanel.com.evil.example/settings/org?guide=invite-users',
      'http://mixpanel.com/settings/org?guide=invite-users',
      'https://example.com/?guide=invite-users&guide-step=1',
    ]) {
      expect(parseShareLink(url)).toMatchObject({ kind: 'invalid', reason: 'it is not a Mixpanel address' });
    }
  });

  it('no value from a URL ever reaches a reason with markup in it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (guide, step, action) => {
        const query = new URLSearchParams({ guide, 'guide-step': step, 'guide-action': action });
        const link = parseShareLink(`${USERS}?${query.toString()}`);
        if (link.kind === 'invalid') expect(link.reason).not.toMatch(/[<>]/);
      }),
    );
  });
});

describe('checkShareLinkParams', () => {
  it('takes tours as data: a second tour is checked against its own steps', () => {
    const tours = [
      inviteUsersTour,
      { ...inviteUsersTour, id: 'second', steps: inviteUsersTour.steps.slice(0, 2) },
    ];
    expect(checkShareLinkParams({ guide: ['second'], step: ['2'], action: [] }, tours)).toMatchObject({
      kind: 'valid',
      tourId: 'second',
      step: 1,
    });
    expect(checkShareLinkParams({ guide: ['second'], step: ['3'], action: [] }, tours)).toMatchObject({
      kind: 'invalid',
      problem: { key: 'shareLink.reason.stepOutOfRange', substitutions: ['2'] },
    });
  });
});

describe('buildShareLink and buildRestartLink', () => {
  it('a link to step 5 opens the documented Settings page while no address of Users & Teams is known', () => {
    expect(buildShareLink(TOUR, 4)).toBe('https://mixpanel.com/settings/org?guide=invite-users&guide-step=5');
  });

  it('a link to a step opens the address of its page seen working on that host, and only there', () => {
    const tour = inviteUsersTour;
    const places = {
      lastHost: null,
      paths: { 'eu.mixpanel.com': { 'invite-users/usersAndTeams': '/settings/org/users-teams' } },
    };
    expect(stepPath(tour, 4, places, 'eu.mixpanel.com')).toBe('/settings/org/users-teams');
    expect(stepPath(tour, 4, places, 'mixpanel.com')).toBe('/settings/org');
    expect(stepPath(tour, 1, places, 'eu.mixpanel.com')).toBe('/settings/org');
    // Step 1 happens anywhere: its link opens the app's home, where it is still to do.
    expect(stepPath(tour, 0, places, 'eu.mixpanel.com')).toBe('/');
    expect(buildShareLink(TOUR, 4, 'eu.mixpanel.com', stepPath(tour, 4, places, 'eu.mixpanel.com'))).toBe(
      'https://eu.mixpanel.com/settings/org/users-teams?guide=invite-users&guide-step=5',
    );
  });

  it.each(MIXPANEL_HOSTS)('every step, built for %s, reads back as itself', (host) => {
    inviteUsersTour.steps.forEach((_, index) => {
      expect(parseShareLink(buildShareLink(TOUR, index, host))).toEqual({
        kind: 'valid',
        tourId: TOUR,
        step: index,
        action: 'step',
        host,
      });
    });
  });

  it('a path can be given; without one a step with no page of its own opens the tour’s start page', () => {
    expect(buildShareLink(TOUR, 0)).toBe('https://mixpanel.com/?guide=invite-users&guide-step=1');
    expect(buildShareLink(TOUR, 2, 'eu.mixpanel.com', '/project/1/app/home')).toBe(
      'https://eu.mixpanel.com/project/1/app/home?guide=invite-users&guide-step=3',
    );
  });

  it('a restart link reads back as a restart', () => {
    const link = buildRestartLink(TOUR, 'in.mixpanel.com');
    expect(link).toBe('https://in.mixpanel.com/?guide=invite-users&guide-action=restart');
    expect(parseShareLink(link)).toMatchObject({ kind: 'valid', action: 'restart', host: 'in.mixpanel.com' });
  });

  it('refuses to build a link that could not work', () => {
    expect(() => buildShareLink('nope', 0)).toThrow(/no tour "nope"/);
    expect(() => buildShareLink(TOUR, 8)).toThrow(/steps 0..7/);
    expect(() => buildShareLink(TOUR, 1.5)).toThrow();
    expect(() => buildShareLink(TOUR, 0, 'mixpanel.com', '//evil.example/x')).toThrow(/leaves mixpanel.com/);
  });
});

describe('stripShareParams', () => {
  it.each([
    [`${USERS}?guide=invite-users&guide-step=5`, USERS],
    [`${USERS}?tab=invited&guide=invite-users&guide-step=5#row-3`, `${USERS}?tab=invited#row-3`],
    [`${USERS}?guide=invite-users&a=b%20c&x&guide-action=restart`, `${USERS}?a=b%20c&x`],
    [`${USERS}?guide%2Dstep=2&keep=1`, `${USERS}?keep=1`],
    [`${USERS}?guide=invite-users#/hash?guide=kept-in-hash`, `${USERS}#/hash?guide=kept-in-hash`],
    [`${USERS}?guidance=1&step=2`, `${USERS}?guidance=1&step=2`],
    [USERS, USERS],
  ])('%s -> %s', (url, stripped) => {
    expect(stripShareParams(url)).toBe(stripped);
  });

  it('removes exactly our parameters: what is left parses as no link, and everything else is kept', () => {
    const param = fc.stringMatching(/^[a-z-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(param, fc.string()), { maxLength: 6 }), fc.string(), (pairs, hash) => {
        const query = new URLSearchParams(pairs);
        const url = `${USERS}?${query.toString()}#${encodeURIComponent(hash)}`;
        const stripped = stripShareParams(url);
        expect(readShareLinkParams(new URL(stripped).search)).toBeNull();
        const others = pairs.filter(([name]) => !['guide', 'guide-step', 'guide-action'].includes(name));
        expect([...new URL(stripped).searchParams]).toEqual(others);
        expect(new URL(stripped).hash).toBe(new URL(url).hash);
      }),
    );
  });

  it('a built link stripped is the page it opens', () => {
    expect(stripShareParams(buildShareLink(TOUR, 4, 'eu.mixpanel.com'))).toBe(
      'https://eu.mixpanel.com/settings/org',
    );
  });
});
