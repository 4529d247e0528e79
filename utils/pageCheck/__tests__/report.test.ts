import { describe, expect, it } from 'vitest';
import { TOURS } from '@/tours';
import type { ProgressState } from '../../progress/types';
import type { TourCheck } from '../checkResults';
import { browserOf, buildReport, type ReportInput } from '../report';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.7871.100 Safari/537.36';

const progress: ProgressState = {
  tours: {
    'invite-users': {
      status: 'in_progress',
      currentStep: 2,
      done: { 'open-settings': 1, 'open-users-and-teams': 2 },
      startedAt: 1,
      completedAt: null,
      updatedAt: 2,
    },
  },
};

const check: TourCheck[] = [
  {
    tourId: 'invite-users',
    steps: [
      {
        stepId: 'open-settings',
        result: { kind: 'found', strategy: 'role', strategyIndex: 1, pageMatched: null },
      },
      {
        stepId: 'open-users-and-teams',
        result: {
          kind: 'otherPage',
          pageKey: 'settings',
          misses: [{ strategy: 'role', reason: 'no-match' }],
        },
      },
      {
        stepId: 'enter-email',
        result: {
          kind: 'needsStep',
          restoredBy: 'open-invite-dialog',
          misses: [
            { strategy: 'role', reason: 'no-match' },
            { strategy: 'label', reason: 'only-hidden' },
          ],
        },
      },
    ],
  },
];

const input: ReportInput = {
  extensionVersion: '1.4.0',
  userAgent: CHROME_UA,
  host: 'eu.mixpanel.com',
  checkedAt: Date.UTC(2026, 11, 2, 16, 0),
  tours: TOURS,
  progress,
  check,
  events: [
    { tourId: 'invite-users', stepId: 'review', strategies: ['role', 'text'], at: Date.UTC(2026, 11, 1) },
  ],
};

describe('the page check report', () => {
  it('holds version, browser, host, progress, per-step results with what missed, and the events', () => {
    const report = buildReport(input);
    expect(report).toContain('Extension version: 1.4.0\nBrowser: Chrome 150\nHost: eu.mixpanel.com\n');
    expect(report).toContain('Checked: 2026-12-02T16:00:00.000Z');
    expect(report).toContain(
      'Tour invite-users: in_progress, 2 of 8 done, current step open-invite-dialog\n  done: open-settings, open-users-and-teams\n',
    );
    expect(report).toContain('  1. open-settings: found (role, strategy 2)\n');
    expect(report).toContain(
      '  2. open-users-and-teams: on another page (settings); missed: role no-match\n',
    );
    expect(report).toContain(
      '  4. enter-email: missing: needs step open-invite-dialog first; missed: role no-match, label only-hidden\n',
    );
    expect(report).toContain(
      'Tour resend-invite: not_started, 0 of 4 done, current step open-users-and-teams',
    );
    expect(report).toContain(
      'Last not-found events (1):\n  2026-12-01T00:00:00.000Z invite-users / review: role, text\n',
    );
  });

  it('names the browser and its major version only', () => {
    expect(browserOf(CHROME_UA)).toBe('Chrome 150');
    expect(browserOf(`${CHROME_UA} Edg/150.0.1`)).toBe('Edge 150');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(
      'Firefox 128',
    );
    expect(browserOf('something else')).toBe('unknown');
  });

  it('never holds page text, e-mail addresses, names, paths or query strings, whatever it is given', () => {
    const secrets = [
      'ada@example.com',
      'Ada Lovelace',
      'grace.hopper@navy.mil',
      'token=abc123',
      '/settings/org/users',
    ];
    const dirty: ReportInput = {
      ...input,
      extensionVersion: '1.4.0 ada@example.com',
      userAgent: `${CHROME_UA} (Ada Lovelace; ada@example.com)`,
      host: 'https://eu.mixpanel.com/settings/org/users?email=ada@example.com&token=abc123',
      progress: {
        tours: {
          'invite-users': {
            ...progress.tours['invite-users']!,
            done: { 'open-settings': 1, 'ada@example.com': 2, 'Ada Lovelace': 3 },
          },
        },
      },
      check: [
        {
          tourId: 'invite-users',
          steps: [
            { stepId: 'grace.hopper@navy.mil', result: { kind: 'missing', misses: [] } },
            {
              stepId: 'open-users-and-teams',
              result: {
                kind: 'otherPage',
                pageKey: '/settings/org/users?token=abc123',
                misses: [{ strategy: 'Ada Lovelace' as never, reason: 'ada@example.com' as never }],
              },
            },
            {
              stepId: 'enter-email',
              result: { kind: 'needsStep', restoredBy: 'grace.hopper@navy.mil', misses: [] },
            },
          ],
        },
      ],
      events: [
        { tourId: 'invite-users', stepId: 'ada@example.com', strategies: ['role'], at: 1 },
        { tourId: 'invite-users', stepId: 'review', strategies: ['Ada Lovelace' as never], at: 2 },
      ],
    };
    const report = buildReport(dirty);
    for (const secret of secrets) expect(report).not.toContain(secret);
    expect(report).not.toMatch(/@|\?|Ada|Grace|token/i);
    expect(report).toContain('Host: not a Mixpanel page');
    expect(report).toContain('Extension version: unknown');
  });
});
