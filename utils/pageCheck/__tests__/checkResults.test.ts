import { describe, expect, it } from 'vitest';
import { TOURS, getTour } from '@/tours';
import { checkResultsOf, parseTourProbes, type StepProbe, type TourProbe } from '../checkResults';

const invite = getTour('invite-users')!;

function probe(stepId: string, over: Partial<StepProbe> = {}): StepProbe {
  return {
    stepId,
    found: null,
    misses: [{ strategy: 'role', reason: 'no-match' }],
    onPage: true,
    requiresMet: true,
    ...over,
  };
}

describe('the page check results', () => {
  it('says per step: found (by which strategy), on another page, needs an earlier step, or missing', () => {
    const probes: TourProbe[] = [
      {
        tourId: 'invite-users',
        steps: [
          probe('open-settings', { found: { index: 1, strategy: 'role' }, misses: [], onPage: null }),
          probe('open-users-and-teams', { onPage: false }),
          probe('open-invite-dialog', { found: { index: 0, strategy: 'role' }, misses: [] }),
          probe('enter-email', {
            requiresMet: false,
            misses: [
              { strategy: 'role', reason: 'no-match' },
              { strategy: 'label', reason: 'no-match' },
            ],
          }),
          probe('set-roles', { misses: [{ strategy: 'role', reason: 'only-hidden' }] }),
          probe('review', { found: { index: 0, strategy: 'text' }, misses: [], onPage: false }),
        ],
      },
    ];
    const [tour] = checkResultsOf(TOURS, probes);
    expect(tour!.tourId).toBe('invite-users');
    expect(tour!.steps.map((s) => [s.stepId, s.result])).toEqual([
      ['open-settings', { kind: 'found', strategy: 'role', strategyIndex: 1, pageMatched: null }],
      [
        'open-users-and-teams',
        { kind: 'otherPage', pageKey: 'settings', misses: [{ strategy: 'role', reason: 'no-match' }] },
      ],
      ['open-invite-dialog', { kind: 'found', strategy: 'role', strategyIndex: 0, pageMatched: true }],
      [
        'enter-email',
        {
          kind: 'needsStep',
          restoredBy: 'open-invite-dialog',
          misses: [
            { strategy: 'role', reason: 'no-match' },
            { strategy: 'label', reason: 'no-match' },
          ],
        },
      ],
      ['set-roles', { kind: 'missing', misses: [{ strategy: 'role', reason: 'only-hidden' }] }],
      ['review', { kind: 'found', strategy: 'text', strategyIndex: 0, pageMatched: false }],
    ]);
  });

  it('keeps the tours in their own order and leaves out tours and steps the tab did not report', () => {
    const probes: TourProbe[] = [
      { tourId: 'bulk-invite', steps: [] },
      { tourId: 'invite-users', steps: [probe('review')] },
    ];
    expect(checkResultsOf(TOURS, probes).map((t) => [t.tourId, t.steps.map((s) => s.stepId)])).toEqual([
      ['invite-users', ['review']],
      ['bulk-invite', []],
    ]);
  });

  it('reads back from the tab only known ids, strategy names, reasons and flags', () => {
    const good = [{ tourId: 'invite-users', steps: [probe('review')] }];
    expect(parseTourProbes(good, [invite])).toEqual(good);
    // Extra fields are dropped, not passed on.
    expect(
      parseTourProbes([{ tourId: 'invite-users', steps: [{ ...probe('review'), text: 'Ada' }] }], [invite]),
    ).toEqual(good);
    for (const bad of [
      null,
      [{ tourId: 'other', steps: [] }],
      [{ tourId: 'invite-users', steps: [probe('ada@example.com')] }],
      [{ tourId: 'invite-users', steps: [probe('review', { found: { index: 9, strategy: 'role' } })] }],
      [
        {
          tourId: 'invite-users',
          steps: [{ ...probe('review'), misses: [{ strategy: 'Ada', reason: 'no-match' }] }],
        },
      ],
      [
        {
          tourId: 'invite-users',
          steps: [{ ...probe('review'), misses: [{ strategy: 'role', reason: 'ada@example.com' }] }],
        },
      ],
      [{ tourId: 'invite-users', steps: [{ ...probe('review'), onPage: 'yes' }] }],
    ])
      expect(parseTourProbes(bad, [invite])).toBeNull();
  });
});
