import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseNotices, parseProgressBackup } from '../../progress/parseProgress';
import type { ProgressState } from '../../progress/types';
import { PROGRESS_VERSION, progressItem } from '../../storage';
import v1Fixture from '../../progress/__tests__/fixtures/progress-v1.json';
import { TOURS } from '../../progress/__tests__/fixtures/tours';
import { createProgressWriter } from '../progressWriter';

const NOW = 1_700_000_000_000;

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

async function storedNotices() {
  return parseNotices(await stored('notices'));
}

async function storedBackup() {
  return parseProgressBackup(await stored('progressBackup'));
}

function writer() {
  return createProgressWriter({ tours: TOURS, now: () => NOW });
}

const valid: ProgressState = {
  tours: {
    'invite-users': {
      status: 'dismissed',
      currentStep: 4,
      done: { 'open-settings': NOW - 5000 },
      startedAt: NOW - 9000,
      completedAt: null,
      updatedAt: NOW - 5000,
    },
  },
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading stored progress in the background', () => {
  it('nothing stored reads as no progress, and nothing is written', async () => {
    expect(await writer().read()).toEqual({ tours: {} });
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('valid v2 progress is read as is, with no notice and no backup', async () => {
    await fakeBrowser.storage.local.set({ progress: valid, progress$: { v: 2 } });
    expect(await writer().read()).toEqual(valid);
    expect(await storedNotices()).toEqual([]);
    expect(await storedBackup()).toBeNull();
  });

  it.each([
    ['without a version marker', {}],
    ['marked v1', { progress$: { v: 1 } }],
  ])('an admin updating from v1 (%s) keeps their place in every tour', async (_, meta) => {
    await fakeBrowser.storage.local.set({ progress: v1Fixture, ...meta });
    const state = await writer().read();
    expect(state.tours['invite-users']).toMatchObject({ status: 'in_progress', currentStep: 4 });
    expect(Object.keys(state.tours['invite-users']?.done ?? {})).toEqual([
      'open-settings',
      'open-users-and-teams',
      'open-invite-dialog',
      'enter-email',
    ]);
    expect(state.tours['second-tour']).toMatchObject({ status: 'completed' });
    // Migrated once, in storage, and marked with the new version.
    expect(await stored('progress$')).toEqual({ v: PROGRESS_VERSION });
    expect(await stored('progress')).toEqual(state);
    expect(await storedNotices()).toEqual([]);
  });

  it('a v1 value with one broken tour keeps the good one, tells the user, and backs up the original', async () => {
    const damaged = { ...v1Fixture, 'second-tour': { step: 'two', completedSteps: 'all', finished: 'yes' } };
    await fakeBrowser.storage.local.set({ progress: damaged });
    const state = await writer().read();
    expect(Object.keys(state.tours)).toEqual(['invite-users']);
    const [notice] = await storedNotices();
    expect(notice).toMatchObject({ kind: 'warning', messageKey: 'notice.progressRepaired' });
    const backup = await storedBackup();
    expect(backup?.raw).toMatchObject({ tours: { 'second-tour': damaged['second-tour'] } });
  });

  it.each([['garbage'], [42], [[1, 2, 3]], [{ tours: 'all of them' }]])(
    'an unreadable value (%o) is reset with a notice, and the raw value is kept as a backup',
    async (raw) => {
      await fakeBrowser.storage.local.set({ progress: raw, progress$: { v: 2 } });
      expect(await writer().read()).toEqual({ tours: {} });
      expect(await stored('progress')).toEqual({ tours: {} });
      expect(await storedNotices()).toMatchObject([{ kind: 'error', messageKey: 'notice.progressReset' }]);
      expect(await storedBackup()).toMatchObject({ at: NOW, version: 2, raw });
    },
  );

  it('a value partly damaged is repaired, not reset: valid tours and steps survive', async () => {
    const raw = {
      tours: {
        'invite-users': {
          ...valid.tours['invite-users'],
          currentStep: 99,
          done: { 'open-settings': 'x', review: NOW },
        },
      },
    };
    await fakeBrowser.storage.local.set({ progress: raw, progress$: { v: 2 } });
    const state = await writer().read();
    expect(state.tours['invite-users']).toMatchObject({ currentStep: 7, done: { review: NOW } });
    expect(await storedNotices()).toMatchObject([{ messageKey: 'notice.progressRepaired' }]);
    const notice = (await storedNotices())[0];
    expect(notice?.details).toHaveLength(2);
  });

  it('progress written by a newer version is recovered as far as it reads, with a notice and a backup', async () => {
    const newer = { tours: valid.tours, flags: { beta: true } };
    await fakeBrowser.storage.local.set({ progress: newer, progress$: { v: 3 } });
    const state = await writer().read();
    expect(state).toEqual(valid);
    expect(await stored('progress$')).toEqual({ v: PROGRESS_VERSION });
    expect(await storedNotices()).toMatchObject([
      { kind: 'warning', messageKey: 'notice.progressNewerVersion' },
    ]);
    expect(await storedBackup()).toMatchObject({ version: 3, raw: newer });
  });

  it('progress from a newer version that does not read at all is reset, with the newer-version notice', async () => {
    await fakeBrowser.storage.local.set({ progress: { v3: 'something else entirely' }, progress$: { v: 7 } });
    expect(await writer().read()).toEqual({ tours: {} });
    expect(await storedNotices()).toMatchObject([
      { kind: 'warning', messageKey: 'notice.progressNewerVersion' },
    ]);
    expect(await storedBackup()).toMatchObject({ version: 7 });
  });

  it('a version check that fails on current data repairs nothing: progress, backup and notices stay as they were', async () => {
    // The value is already v2, so the failure cannot be about the data (e.g. storage was busy).
    await fakeBrowser.storage.local.set({ progress: valid, progress$: { v: PROGRESS_VERSION } });
    vi.spyOn(progressItem, 'migrate').mockRejectedValueOnce(new Error('storage busy'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await writer().read()).toEqual(valid);
    expect(await stored('progress')).toEqual(valid);
    expect(await storedBackup()).toBeNull();
    expect(await storedNotices()).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a migration that fails on v1 data is a repair: the original is backed up and the user is told', async () => {
    await fakeBrowser.storage.local.set({ progress: v1Fixture, progress$: { v: 1 } });
    vi.spyOn(progressItem, 'migrate').mockRejectedValueOnce(
      new Error('v1 migration', { cause: new Error('bad') }),
    );
    await writer().read();
    expect(await storedBackup()).toMatchObject({
      version: 1,
      raw: v1Fixture,
      problems: expect.arrayContaining(['progress: migration from v1 failed bad']) as unknown,
    });
    expect(await storedNotices()).toHaveLength(1);
    expect(await stored('progress$')).toEqual({ v: PROGRESS_VERSION });
  });

  it('the backup of newer-version progress says which version wrote it and which this one reads', async () => {
    await fakeBrowser.storage.local.set({ progress: valid, progress$: { v: 3 } });
    await writer().read();
    expect((await storedBackup())?.problems).toContain(
      `progress: written by a newer version (v3); this version reads v${PROGRESS_VERSION}`,
    );
  });

  it.each<[string, unknown, unknown, string]>([
    ['no version marker', undefined, new Error('bad shape'), 'progress: migration from v1 failed bad shape'],
    ['a version marker as text', '9', new Error('bad shape'), 'progress: migration from v1 failed bad shape'],
    ['a failure that is not an Error', undefined, 'oops', 'progress: migration from v1 failed'],
  ])(
    'a migration that fails with %s is a repair from v1, named in the backup',
    async (_, v, error, problem) => {
      await fakeBrowser.storage.local.set({ progress: valid, progress$: v === undefined ? {} : { v } });
      vi.spyOn(progressItem, 'migrate').mockRejectedValueOnce(error);
      await writer().read();
      expect(await storedBackup()).toMatchObject({ version: null, problems: [problem] });
      expect(await storedNotices()).toMatchObject([
        { kind: 'warning', messageKey: 'notice.progressRepaired' },
      ]);
    },
  );

  it('a repair happens once: the next read finds clean data and raises no second notice', async () => {
    await fakeBrowser.storage.local.set({ progress: 'garbage', progress$: { v: 5 } });
    const keeper = writer();
    await keeper.read();
    await keeper.read();
    expect(await storedNotices()).toHaveLength(1);
  });

  it('whatever is stored, reading never throws and leaves valid progress behind', async () => {
    await fc.assert(
      // What extension storage can hold: JSON values (Chrome stores Infinity or NaN as null).
      fc.asyncProperty(fc.jsonValue(), fc.option(fc.integer({ min: 1, max: 9 })), async (raw, version) => {
        fakeBrowser.reset();
        const items: Record<string, unknown> = { progress: raw };
        if (version !== null) items.progress$ = { v: version };
        await fakeBrowser.storage.local.set(items);
        const state = await writer().read();
        expect(await writer().read()).toEqual(state);
        // Something stored ends up marked as current; nothing stored stays nothing.
        if (raw !== null && raw !== undefined)
          expect(await stored('progress$')).toEqual({ v: PROGRESS_VERSION });
      }),
      { numRuns: 60 },
    );
  });
});
