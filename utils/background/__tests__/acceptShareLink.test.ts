import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translateKey } from '../../i18n';
import { DEFAULT_POLICY, type Policy } from '../../policy';
import { FAKE_TOURS } from '../../progress/__tests__/fixtures/tours';
import { readShareLinkParams } from '../../shareLinkParams';
import { useEnglishMessages } from '../../__tests__/fakeI18n';
import { contentScriptSender, popupSender, type Sender } from '../../__tests__/messageHarness';
import { acceptShareLink } from '../acceptShareLink';

const T0 = 1_700_000_000_000;
const LINK = 'https://eu.mixpanel.com/project/1?guide=invite-users&guide-step=3';

function accept(search: string, sender: Sender, policy: Partial<Policy> = {}) {
  const params = readShareLinkParams(search) ?? { guide: [], step: [], action: [] };
  return acceptShareLink(params, sender, {
    tours: FAKE_TOURS,
    policy: { ...DEFAULT_POLICY, ...policy },
    now: () => T0,
    translate: translateKey,
  });
}

async function pendingLink(): Promise<unknown> {
  return (await fakeBrowser.storage.session.get('pendingShareLink')).pendingShareLink;
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

describe('a share link taken in', () => {
  it('a page with none of the link’s parameters is ignored and keeps nothing', async () => {
    expect(await accept('', contentScriptSender())).toEqual({ ok: true, outcome: 'ignored' });
    expect(await pendingLink()).toBeUndefined();
  });

  it('waits with the host of the page it was opened on, from the tab when the frame has no address', async () => {
    const sender: Sender = { ...contentScriptSender(7, 0, LINK), url: undefined };
    expect(await accept(new URL(LINK).search, sender)).toEqual({ ok: true, outcome: 'waits' });
    expect(await pendingLink()).toEqual({
      tourId: 'invite-users',
      step: 2,
      action: 'step',
      host: 'eu.mixpanel.com',
      at: T0,
    });
  });

  it.each<[string, Sender]>([
    ['a page that is not Mixpanel', contentScriptSender(7, 0, 'https://example.com/?guide=invite-users')],
    ['a sender with no address at all', { id: popupSender().id }],
  ])('from %s waits for the default host', async (_, sender) => {
    await accept('?guide=invite-users&guide-step=3', sender);
    expect(await pendingLink()).toMatchObject({ host: 'mixpanel.com' });
  });

  it('with resets turned off, a link to a step still waits; one to start again is refused, with why', async () => {
    const policy = { hideReset: true };
    expect(await accept('?guide=invite-users&guide-step=3', contentScriptSender(), policy)).toEqual({
      ok: true,
      outcome: 'waits',
    });
    expect(
      await accept('?guide=invite-users&guide-action=restart', contentScriptSender(), policy),
    ).toMatchObject({
      ok: true,
      outcome: 'invalid',
      notice: {
        text: 'This tour link is not valid: your organization has turned off resetting the guide',
      },
    });
    expect(await pendingLink()).toMatchObject({ action: 'step' });
  });

  it('with resets allowed, a link to start again waits', async () => {
    expect(await accept('?guide=invite-users&guide-action=restart', contentScriptSender())).toEqual({
      ok: true,
      outcome: 'waits',
    });
    expect(await pendingLink()).toMatchObject({ action: 'restart', step: 0 });
  });
});
