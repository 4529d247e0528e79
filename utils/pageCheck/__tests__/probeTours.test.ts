// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getTour } from '@/tours';
import { domPlatform } from '@/utils/locator';
import { isVisibleWithoutLayout } from '@/utils/locator/__tests__/fakePlatform';
import { checkResultsOf } from '../checkResults';
import { probeTours } from '../probeTours';

const invite = getTour('invite-users')!;

describe('probing the page for every step', () => {
  it('on Users & Teams with its people listed: invite steps found, the way to it found too, form steps waiting', () => {
    document.body.innerHTML = `
      <h1>Users &amp; Teams</h1>
      <button>+ Invite Users</button>
      <table><tr><td>Ada Lovelace</td><td>ada@example.com</td></tr></table>`;
    const probes = probeTours([invite], {
      root: document,
      platform: { ...domPlatform, isVisible: isVisibleWithoutLayout },
      ignore: () => false,
      path: () => '/settings/org/users',
      watched: () => true,
    });
    expect(JSON.stringify(probes)).not.toMatch(/Ada|example\.com/);
    const results = Object.fromEntries(
      checkResultsOf([invite], probes)[0]!.steps.map((s) => [s.stepId, s.result.kind]),
    );
    expect(results).toMatchObject({
      'open-users-and-teams': 'found',
      'open-invite-dialog': 'found',
      'enter-email': 'needsStep',
      'set-roles': 'needsStep',
    });
  });
});
