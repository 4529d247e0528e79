import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_CHANNEL, onRequest, parseRequest, sendCommand, sendRequest, type Reply } from '../messaging';
import { ask, contentScriptSender, deliver, popupSender } from './messageHarness';

const state = { tours: {} };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseRequest', () => {
  it('accepts our messages and rebuilds them from the known fields only', () => {
    const message = {
      channel: MESSAGE_CHANNEL,
      type: 'command',
      payload: { type: 'next', tourId: 'invite-users', extra: 'dropped' },
      more: 1,
    };
    expect(parseRequest(message)).toEqual({
      channel: MESSAGE_CHANNEL,
      type: 'command',
      payload: { type: 'next', tourId: 'invite-users' },
    });
    expect(parseRequest({ channel: MESSAGE_CHANNEL, type: 'getProgress' })).toEqual({
      channel: MESSAGE_CHANNEL,
      type: 'getProgress',
      payload: undefined,
    });
  });

  it.each([
    ['another channel', { channel: 'other-extension', type: 'getProgress' }],
    ['no channel', { type: 'getProgress' }],
    ['an unknown type', { channel: MESSAGE_CHANNEL, type: 'deleteEverything' }],
    ['a prototype key as type', { channel: MESSAGE_CHANNEL, type: 'constructor' }],
    ['a bad command', { channel: MESSAGE_CHANNEL, type: 'command', payload: { type: 'next' } }],
    [
      'a payload where none is expected',
      { channel: MESSAGE_CHANNEL, type: 'getProgress', payload: { a: 1 } },
    ],
    [
      'a fractional start step',
      { channel: MESSAGE_CHANNEL, type: 'startTour', payload: { tourId: 'x', step: 0.5 } },
    ],
    [
      'a share link with a numeric step',
      { channel: MESSAGE_CHANNEL, type: 'shareLink', payload: { guide: ['x'], step: [3], action: [] } },
    ],
    [
      'a share link of the old single-value shape',
      { channel: MESSAGE_CHANNEL, type: 'shareLink', payload: { tourId: 'x', step: '1' } },
    ],
    ['a string', 'getProgress'],
    ['null', null],
  ])('ignores %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe('parseRequest: share links', () => {
  it('keeps enough of absurd raw values for the background to say what is wrong with them', () => {
    const payload = { guide: ['a', 'b', 'c'], step: ['9'.repeat(5000)], action: [] };
    expect(parseRequest({ channel: MESSAGE_CHANNEL, type: 'shareLink', payload })?.payload).toEqual({
      guide: ['a', 'b'],
      step: ['9'.repeat(1000)],
      action: [],
    });
  });
});

describe('onRequest', () => {
  it('answers a request of ours from this extension with the handler’s reply', async () => {
    const handler = vi.fn((): Reply<'getProgress'> => ({ ok: true, state }));
    onRequest({ getProgress: handler });
    const reply = await ask({ channel: MESSAGE_CHANNEL, type: 'getProgress' }, popupSender());
    expect(reply).toEqual({ ok: true, state });
    expect(handler).toHaveBeenCalledWith(undefined, popupSender());
  });

  it('passes the validated payload and the sender to the handler', async () => {
    const handler = vi.fn((): Reply<'command'> => ({ ok: true, state, changed: false }));
    onRequest({ command: handler });
    const sender = contentScriptSender();
    await ask(
      { channel: MESSAGE_CHANNEL, type: 'command', payload: { type: 'back', tourId: 't', x: 1 } },
      sender,
    );
    expect(handler).toHaveBeenCalledWith({ type: 'back', tourId: 't' }, sender);
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a web page (no extension id)', { url: 'https://evil.example/' }],
  ])('ignores messages from %s, even well-formed ones', async (_, sender) => {
    const handler = vi.fn((): Reply<'getProgress'> => ({ ok: true, state }));
    onRequest({ getProgress: handler });
    const delivery = await deliver({ channel: MESSAGE_CHANNEL, type: 'getProgress' }, sender);
    expect(delivery.handled).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('leaves alone messages that are not ours or have bad payloads, so other listeners may answer', async () => {
    const handler = vi.fn((): Reply<'command'> => ({ ok: true, state, changed: true }));
    onRequest({ command: handler });
    for (const message of [
      { channel: 'other', type: 'command', payload: { type: 'next', tourId: 't' } },
      { channel: MESSAGE_CHANNEL, type: 'command', payload: { type: 'goTo', tourId: 't', step: 'far' } },
      { channel: MESSAGE_CHANNEL, type: 'getProgress' }, // ours, but no handler here
    ]) {
      expect((await deliver(message, popupSender())).handled).toBe(false);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('a handler that throws answers { ok: false } instead of leaving the sender hanging', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onRequest({
      getProgress: () => {
        throw new Error('storage is gone');
      },
    });
    expect(await ask({ channel: MESSAGE_CHANNEL, type: 'getProgress' }, popupSender())).toEqual({
      ok: false,
      error: 'storage is gone',
    });
  });

  it('stops answering after unsubscribe', async () => {
    const stop = onRequest({ getProgress: () => ({ ok: true, state }) });
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('sendRequest', () => {
  /** Routes runtime.sendMessage to the listeners with a sender from this extension. */
  function routeFrom(sender = popupSender()) {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
      ask(message, sender),
    );
  }

  it('sends { channel, type, payload } and resolves with the reply', async () => {
    routeFrom();
    const seen = vi.fn();
    onRequest({
      command: (command) => {
        seen(command);
        return { ok: true, state, changed: true };
      },
    });
    expect(await sendCommand({ type: 'dismiss', tourId: 'invite-users' })).toEqual({
      ok: true,
      state,
      changed: true,
    });
    expect(seen).toHaveBeenCalledWith({ type: 'dismiss', tourId: 'invite-users' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      channel: MESSAGE_CHANNEL,
      type: 'command',
      payload: { type: 'dismiss', tourId: 'invite-users' },
    });
  });

  it('resolves { ok: false, error: "noReply" } when nobody answers', async () => {
    routeFrom();
    onRequest({});
    expect(await sendRequest('getProgress')).toEqual({ ok: false, error: 'noReply' });
  });

  it('never rejects: a missing receiver becomes { ok: false }', async () => {
    // The fake browser throws like Chrome's "Receiving end does not exist" when no one listens.
    expect(await sendRequest('getProgress')).toEqual({ ok: false, error: 'No listeners available' });
  });
});
