import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inviteUsersTour } from '@/tours/inviteUsers';
import { createPracticeProgress } from '../createPracticeProgress';
import { isExtensionPage, practiceUrl } from '../practicePage';

const TOUR = 'invite-users';
const STEP_IDS = inviteUsersTour.steps.map((step) => step.id);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createPracticeProgress', () => {
  it('a rehearsal goes through the eight steps to "completed", like the real tour', () => {
    let now = 1000;
    const practice = createPracticeProgress([inviteUsersTour], () => now++);
    practice.send({ type: 'start', tourId: TOUR, step: 0 });
    expect(practice.store.getState().tours[TOUR]).toMatchObject({ status: 'in_progress', currentStep: 0 });

    for (const stepId of STEP_IDS) practice.send({ type: 'completeStep', tourId: TOUR, stepId });

    const progress = practice.store.getState().tours[TOUR]!;
    expect(progress.status).toBe('completed');
    expect(Object.keys(progress.done)).toEqual(STEP_IDS);
  });

  it('tells its listeners about changes, and not about commands that change nothing', () => {
    const practice = createPracticeProgress([inviteUsersTour]);
    const listener = vi.fn();
    practice.store.subscribe(listener);

    practice.send({ type: 'back', tourId: TOUR }); // nothing to go back from before the start
    practice.send({ type: 'start', tourId: 'no-such-tour' });
    expect(listener).not.toHaveBeenCalled();

    practice.send({ type: 'start', tourId: TOUR, step: 0 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('never touches the extension: no storage written or read, no message sent', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const practice = createPracticeProgress([inviteUsersTour]);
    practice.send({ type: 'start', tourId: TOUR, step: 0 });
    for (const stepId of STEP_IDS) practice.send({ type: 'completeStep', tourId: TOUR, stepId });
    practice.send({ type: 'restart', tourId: TOUR });
    practice.send({ type: 'resetAll' });

    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('two sandboxes (two tabs) keep separate runs', () => {
    const first = createPracticeProgress([inviteUsersTour]);
    const second = createPracticeProgress([inviteUsersTour]);
    first.send({ type: 'start', tourId: TOUR, step: 4 });
    expect(second.store.getState().tours[TOUR]).toBeUndefined();
  });
});

describe('practicePage', () => {
  it.each([
    ['chrome-extension:', true],
    ['moz-extension:', true],
    ['https:', false],
    ['http:', false],
    ['file:', false],
  ])('a page on %s is the sandbox: %s', (protocol, expected) => {
    expect(isExtensionPage({ protocol })).toBe(expected);
  });

  it('the sandbox opens at a project home, its route in the hash', () => {
    expect(practiceUrl((path) => `chrome-extension://abc${path}`)).toBe(
      'chrome-extension://abc/practice.html#/project/3141592/view/2718/app/home',
    );
  });
});
