import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tourProgressOf } from '../../progress/tourProgress';
import { TOURS } from '../../progress/__tests__/fixtures/tours';
import { createProgressWriter, type NewNotice, type ProgressWriter } from '../progressWriter';

const T0 = 1_700_000_000_000;
const INVITE = 'invite-users';
const SECOND = 'second-tour';

let writer: ProgressWriter;
let clock: number;

const notice = (detail: string): NewNotice => ({
  kind: 'warning',
  messageKey: 'notice.progressRepaired',
  details: [detail],
});

async function storedNotices(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('notices')).notices;
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = T0;
  writer = createProgressWriter({ tours: TOURS, now: () => clock++ });
  // The first read stores the version marker; start the tests from there.
  await writer.read();
});

describe('notices', () => {
  it('a raised notice is kept, with an id and the time it was raised', async () => {
    const [raised] = await writer.raiseNotice(notice('tour "x": dropped'));
    expect(raised).toMatchObject({ kind: 'warning', details: ['tour "x": dropped'], at: expect.any(Number) });
    expect(raised!.id).toMatch(/\S/);
    expect(await storedNotices()).toEqual([raised]);
  });

  it('keeps only the last 20, oldest dropped first', async () => {
    for (let i = 0; i < 23; i++) await writer.raiseNotice(notice(`#${i}`));
    const kept = (await storedNotices()) as { details: string[] }[];
    expect(kept).toHaveLength(20);
    expect(kept[0]!.details).toEqual(['#3']);
    expect(kept[19]!.details).toEqual(['#22']);
  });

  it('dismissing one leaves the others', async () => {
    await writer.raiseNotice(notice('first'));
    const [first, second] = await writer.raiseNotice(notice('second'));
    expect(await writer.dismissNotice(first!.id)).toEqual([second]);
    expect(await storedNotices()).toEqual([second]);
  });

  it('dismissing a notice that is not there writes nothing', async () => {
    const notices = await writer.raiseNotice(notice('kept'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await writer.dismissNotice('no-such-notice')).toEqual(notices);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('undo of a reset', () => {
  beforeEach(async () => {
    for (const tourId of [INVITE, SECOND]) await writer.apply({ type: 'start', tourId });
    await writer.apply({ type: 'completeStep', tourId: INVITE, stepId: 'open-settings' });
    await writer.apply({ type: 'completeStep', tourId: SECOND, stepId: 'first' });
  });

  it('with no reset to undo, changes nothing and says so', async () => {
    const before = await writer.read();
    expect(await writer.undoReset(INVITE)).toEqual({ state: before, changed: false });
  });

  it('is used once, and leaves the undo of another tour’s reset in place', async () => {
    await writer.apply({ type: 'reset', tourId: INVITE });
    await writer.apply({ type: 'reset', tourId: SECOND });
    expect((await writer.undoReset(INVITE)).changed).toBe(true);
    expect((await writer.undoReset(INVITE)).changed).toBe(false);
    const { state, changed } = await writer.undoReset(SECOND);
    expect(changed).toBe(true);
    expect(Object.keys(tourProgressOf(state, SECOND).done)).toEqual(['first']);
    expect(Object.keys(tourProgressOf(state, INVITE).done)).toEqual(['open-settings']);
  });
});
