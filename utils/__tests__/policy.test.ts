import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_POLICY,
  parsePolicy,
  readPolicy,
  type ManagedStorageArea,
  type Policy,
  type ReportPolicyProblem,
} from '../policy';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parsePolicy: each value an administrator can set', () => {
  it('no policy at all means every default', () => {
    expect(parsePolicy({})).toEqual({ policy: DEFAULT_POLICY, problems: [] });
    expect(parsePolicy(undefined)).toEqual({ policy: DEFAULT_POLICY, problems: [] });
  });

  it.each<[string, Record<string, unknown>, Partial<Policy>]>([
    ['autoStartForNewInstalls', { autoStartForNewInstalls: true }, { autoStartForNewInstalls: true }],
    ['hideReset', { hideReset: true }, { hideReset: true }],
    ['disableShareLinks', { disableShareLinks: true }, { disableShareLinks: true }],
    [
      'a plain-text support contact',
      { supportContact: '  IT help desk, ext. 4242  ' },
      { supportContact: { text: 'IT help desk, ext. 4242', url: null } },
    ],
    [
      'a text with a colon is still text',
      { supportContact: 'Phone: 555 0100' },
      { supportContact: { text: 'Phone: 555 0100', url: null } },
    ],
    [
      'an https support page',
      { supportContact: 'https://intranet.example.com/help/mixpanel' },
      {
        supportContact: {
          text: 'https://intranet.example.com/help/mixpanel',
          url: 'https://intranet.example.com/help/mixpanel',
        },
      },
    ],
    [
      'a mailto address',
      { supportContact: 'mailto:analytics-team@example.com' },
      {
        supportContact: {
          text: 'mailto:analytics-team@example.com',
          url: 'mailto:analytics-team@example.com',
        },
      },
    ],
  ])('%s is taken as set', (_, raw, expected) => {
    expect(parsePolicy(raw)).toEqual({ policy: { ...DEFAULT_POLICY, ...expected }, problems: [] });
  });

  it.each<[string, Record<string, unknown>, keyof Policy, string]>([
    ['a string for a boolean', { hideReset: 'true' }, 'hideReset', 'must be true or false'],
    ['a number for a boolean', { autoStartForNewInstalls: 1 }, 'autoStartForNewInstalls', 'true or false'],
    ['an object for a boolean', { disableShareLinks: {} }, 'disableShareLinks', 'true or false'],
    ['a number for the contact', { supportContact: 42 }, 'supportContact', 'must be a string'],
    ['an empty contact', { supportContact: '   ' }, 'supportContact', 'is empty'],
    [
      'a contact over 200 characters',
      { supportContact: 'x'.repeat(201) },
      'supportContact',
      'longer than 200 characters',
    ],
    ['a javascript: contact', { supportContact: 'javascript:alert(1)' }, 'supportContact', 'https: URL'],
    ['an http: contact', { supportContact: 'http://example.com/help' }, 'supportContact', 'https: URL'],
    ['a data: contact', { supportContact: 'data:text/html,<b>x</b>' }, 'supportContact', 'https: URL'],
    ['a contact with a bidi override', { supportContact: 'help\u202edesk' }, 'supportContact', 'control'],
    ['a contact with a bell character', { supportContact: 'help\u0007desk' }, 'supportContact', 'control'],
    ['a contact with a NUL', { supportContact: 'help\u0000desk' }, 'supportContact', 'control'],
    ['a contact with a unit separator', { supportContact: 'help\u001fdesk' }, 'supportContact', 'control'],
    ['a contact with a DEL', { supportContact: 'help\u007fdesk' }, 'supportContact', 'control'],
    ['a file: contact', { supportContact: 'file:///etc/passwd' }, 'supportContact', 'https: URL'],
    ['an ftp: contact', { supportContact: 'ftp://example.com/help' }, 'supportContact', 'https: URL'],
    ['a blob: contact', { supportContact: 'blob:https://example.com/1' }, 'supportContact', 'https: URL'],
  ])('%s falls back to the default and names the key', (_, raw, key, problem) => {
    const { policy, problems } = parsePolicy({
      ...raw,
      hideReset: key === 'hideReset' ? raw.hideReset : true,
    });
    expect(policy[key]).toEqual(DEFAULT_POLICY[key]);
    expect(problems).toEqual([{ key, problem: expect.stringContaining(problem) }]);
    // The other values are still applied.
    if (key !== 'hideReset') expect(policy.hideReset).toBe(true);
  });
});

describe('the support contact as a link', () => {
  it('text with spaces after a mailto: stays text: no broken link to "help@example.com or ext. 4242"', () => {
    expect(
      parsePolicy({ supportContact: 'mailto:help@example.com or ext. 4242' }).policy.supportContact,
    ).toEqual({
      text: 'mailto:help@example.com or ext. 4242',
      url: null,
    });
  });

  it('a mailto: with no address is not a link', () => {
    expect(parsePolicy({ supportContact: 'mailto:' }).policy.supportContact).toEqual({
      text: 'mailto:',
      url: null,
    });
  });

  it('a value set to null is no value: its default, with no problem reported', () => {
    expect(parsePolicy({ hideReset: null, supportContact: null })).toEqual({
      policy: DEFAULT_POLICY,
      problems: [],
    });
  });
});

describe('the support contact at its length limit', () => {
  it('accepts exactly 200 characters and refuses 201', () => {
    const at = parsePolicy({ supportContact: 'x'.repeat(200) });
    expect(at.problems).toEqual([]);
    expect(at.policy.supportContact).toEqual({ text: 'x'.repeat(200), url: null });
    expect(parsePolicy({ supportContact: 'x'.repeat(201) }).policy.supportContact).toEqual(
      DEFAULT_POLICY.supportContact,
    );
  });
});

describe('readPolicy', () => {
  it('reads storage.managed', async () => {
    await fakeBrowser.storage.managed.set({ hideReset: true, supportContact: 'Ask Dana' });
    expect(await readPolicy()).toEqual({
      ...DEFAULT_POLICY,
      hideReset: true,
      supportContact: { text: 'Ask Dana', url: null },
    });
  });

  it('without the managed storage API, every value is its default', async () => {
    expect(await readPolicy(undefined)).toEqual(DEFAULT_POLICY);
  });

  it('when reading fails (Firefox without any policy installed), every value is its default', async () => {
    const failing: ManagedStorageArea = {
      get: () => Promise.reject(new Error('Managed storage manifest not found')),
    };
    expect(await readPolicy(failing)).toEqual(DEFAULT_POLICY);
  });

  it('a read that never answers gives the defaults rather than holding links back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const silent: ManagedStorageArea = { get: () => new Promise(() => undefined) };
    expect(await readPolicy(silent, undefined, 20)).toEqual(DEFAULT_POLICY);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no answer in 20 ms'));
  });

  it('reports a bad value once, naming the key and the default used', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({ disableShareLinks: 'no' });
    await readPolicy();
    await readPolicy();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(
      /policy: "disableShareLinks" must be true or false; using the default \(false\)/,
    );
  });

  it('passes each problem to the reporter it is given', async () => {
    const report = vi.fn<ReportPolicyProblem>();
    await readPolicy({ get: async () => ({ hideReset: 'x', supportContact: 7 }) }, report);
    expect(report.mock.calls.map(([problem]) => problem.key)).toEqual(['hideReset', 'supportContact']);
  });
});
