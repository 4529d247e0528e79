import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import { describe, expect, it } from 'vitest';
import { TOURS, getTour } from '../index';
import { validateTour } from '../validateTour';
import { inviteUsersTour } from '../inviteUsers';

const messages = parseYAML(readFileSync('locales/en.yml', 'utf8')) as Record<string, unknown>;

function messageExists(key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.length > 0;
}

describe('tour definitions', () => {
  it.each(TOURS.map((tour) => [tour.id, tour] as const))(
    '%s passes the schema with every text in locales',
    (_, tour) => {
      expect(validateTour(tour, messageExists)).toEqual([]);
    },
  );

  it('the invite tour has the eight steps of the guide, in order', () => {
    expect(inviteUsersTour.steps.map((step) => step.id)).toEqual([
      'open-settings',
      'open-users-and-teams',
      'open-invite-dialog',
      'enter-email',
      'set-roles',
      'review',
      'send-invite',
      'verify-pending',
    ]);
    expect(getTour('invite-users')).toBe(inviteUsersTour);
    expect(getTour('nope')).toBeUndefined();
  });

  it('every step completes on something the user does, never on a timer', () => {
    for (const step of inviteUsersTour.steps) {
      expect(step.completeOn.length).toBeGreaterThan(0);
    }
  });

  it('no step of any tour is judged by its address: pages are known by landmarks', () => {
    for (const tour of TOURS) {
      for (const page of Object.values(tour.pages)) expect(page.landmarks.length).toBeGreaterThan(0);
      for (const step of tour.steps)
        for (const condition of step.completeOn) expect(condition.kind).not.toBe('route');
    }
  });
});

describe('validateTour', () => {
  const valid = structuredClone(inviteUsersTour) as unknown as Record<string, unknown> & {
    steps: Record<string, unknown>[];
  };

  it('names a step that lacks a required field', () => {
    const broken = structuredClone(valid);
    delete broken.steps[2]!.target;
    expect(validateTour(broken)).toContain('steps[2].target: needs at least one strategy');
  });

  it('rejects a step without a completion condition', () => {
    const broken = structuredClone(valid);
    broken.steps[0]!.completeOn = [];
    expect(validateTour(broken)).toEqual([
      "steps[0].completeOn: needs at least one condition (the user's real action)",
    ]);
  });

  it('rejects duplicate step ids, bad regular expressions and unknown strategies', () => {
    const broken = structuredClone(valid);
    broken.steps[1]!.id = broken.steps[0]!.id;
    broken.steps[2]!.page = 'nowhere';
    (broken.pages as Record<string, Record<string, unknown>>).settings!.pathHints = ['(['];
    broken.steps[3]!.target = [{ by: 'xpath', selector: '//a' }];
    const problems = validateTour(broken);
    expect(problems).toContain('steps[1].id: duplicate "open-settings"');
    expect(problems).toContain('steps[2].page: no page "nowhere" in the tour\'s pages');
    expect(
      problems.some((p) => p.startsWith('pages.settings.pathHints[0]: invalid regular expression')),
    ).toBe(true);
    expect(problems).toContain('steps[3].target[0]: unknown strategy "xpath"');
  });

  it('rejects a page without landmarks and a precondition restored by no step', () => {
    const broken = structuredClone(valid);
    (broken.pages as Record<string, Record<string, unknown>>).usersAndTeams!.landmarks = [];
    (broken.steps[3]!.requires as Record<string, unknown>).restoredBy = 'open-the-door';
    const problems = validateTour(broken);
    expect(problems).toContain(
      'pages.usersAndTeams.landmarks: a page is known by what is on it: name at least one landmark',
    );
    expect(problems).toContain('steps[3].requires.restoredBy: no step "open-the-door"');
  });

  it('reports texts missing from the locale file', () => {
    expect(validateTour(valid, (key) => key !== 'inviteTour.steps.review.hint')).toEqual([
      'steps[5].hintKey: no message "inviteTour.steps.review.hint" in locales',
    ]);
  });

  it('rejects something that is not a tour at all', () => {
    expect(validateTour('tour')).toEqual(['tour: not an object']);
    expect(validateTour({ id: 'x', steps: [] })).toContain('steps: at least one step');
  });
});
