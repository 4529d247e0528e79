import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../flows/isValidEmail';
import { INVITE_CSV_TEMPLATE, parseInviteCsv } from '../flows/parseInviteCsv';

describe('isValidEmail', () => {
  it.each(['jordan.lee@example.com', 'a+b@sub.example.co.uk', '  spaced@example.com  '])(
    'accepts %s',
    (value) => {
      expect(isValidEmail(value)).toBe(true);
    },
  );

  it.each([
    '',
    'jordan',
    'jordan@',
    '@example.com',
    'jordan@example',
    'jo rdan@example.com',
    'a@b@example.com',
  ])('rejects %j', (value) => expect(isValidEmail(value)).toBe(false));
});

describe('parseInviteCsv', () => {
  it('reads the downloadable template as one invitee', () => {
    expect(parseInviteCsv(INVITE_CSV_TEMPLATE)).toEqual([
      {
        email: 'new.analyst@example.com',
        organizationRole: 'Member',
        projects: ['E-commerce Demo', 'Mobile App'],
        projectRole: 'Analyst',
        teams: [],
      },
    ]);
  });

  it('skips rows with a bad address, an unknown role or no known project', () => {
    const csv = [
      'email,organization_role,projects,project_role',
      'ok@example.com,admin,marketing site,consumer',
      'bad-address,Member,Mobile App,Analyst',
      'role@example.com,Viewer,Mobile App,Analyst',
      'project@example.com,Member,Unknown Project,Analyst',
      '',
    ].join('\r\n');
    expect(
      parseInviteCsv(csv).map((draft) => [
        draft.email,
        draft.organizationRole,
        draft.projects,
        draft.projectRole,
      ]),
    ).toEqual([['ok@example.com', 'Admin', ['Marketing Site'], 'Consumer']]);
  });
});
